import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact } from '../../../shared/contacts';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { contactHref } from '../activities/links';
import { useListOptions } from '../settings/pickers/useListOptions';
import { ContactForm } from './ContactForm';
import { useContactsOf, useContactWrites } from './useContacts';

const fullName = (contact: Contact) => [contact.firstName, contact.lastName].filter(Boolean).join(' ');

/** A customer's contacts: add, edit and delete them in place. */
export function ContactsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { data, error, isPending: loading } = useContactsOf(customerId);
  const writes = useContactWrites(customerId);
  const contacts = data?.items ?? [];
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const remove = useSubmit();
  const roles = useListOptions('contact-roles');

  return (
    <section className="card" aria-labelledby="contacts-heading">
      <div className="card__header">
        <h2 id="contacts-heading">{t('contacts.title')}</h2>
        {readOnly || adding ? null : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setAdding(true);
              setEditingId(null);
            }}
          >
            {t('contacts.add')}
          </button>
        )}
      </div>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {remove.error ? <Alert>{generalMessage(t, remove.error)}</Alert> : null}
      {adding ? (
        <div className="inline-form">
          <ContactForm
            label={t('contacts.add')}
            submitLabel={t('contacts.addSubmit')}
            onCancel={() => setAdding(false)}
            onSubmit={async (input) => {
              await writes.create(input);
              setAdding(false);
            }}
          />
        </div>
      ) : null}
      {loading && !data ? <p role="status">{t('common.loading')}</p> : null}
      {data && contacts.length === 0 && !adding ? <p className="muted">{t('contacts.none')}</p> : null}
      <ul className="contact-list" aria-label={t('contacts.title')}>
        {contacts.map((contact) =>
          editingId === contact.id ? (
            <li key={contact.id} className="contact contact--editing">
              <ContactForm
                contact={contact}
                label={t('contacts.editNamed', { name: fullName(contact) })}
                submitLabel={t('common.save')}
                onCancel={() => setEditingId(null)}
                onSubmit={async (input) => {
                  await writes.update(contact.id, input);
                  setEditingId(null);
                }}
              />
            </li>
          ) : (
            <li key={contact.id} className="contact">
              <div className="contact__text">
                <strong className="contact__name">
                  <bdi>{fullName(contact)}</bdi>
                </strong>
                {contact.title || contact.roleId ? (
                  <span className="muted">
                    <bdi>{[contact.title, roles.nameOf(contact.roleId)].filter(Boolean).join(' · ')}</bdi>
                  </span>
                ) : null}
                <span className="contact__ways">
                  {contact.email ? (
                    <a dir="auto" href={`mailto:${contact.email}`}>
                      {contact.email}
                    </a>
                  ) : null}
                  {contact.phone ? (
                    <a dir="ltr" href={`tel:${contact.phone.replace(/\s/g, '')}`}>
                      {contact.phone}
                    </a>
                  ) : null}
                  <Link to={contactHref(customerId, contact.id)} aria-label={t('activity.timelineOf', { name: fullName(contact) })}>
                    {t('activity.timeline')}
                  </Link>
                </span>
              </div>
              {readOnly ? null : (
                <div className="contact__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setEditingId(contact.id);
                      setAdding(false);
                    }}
                    aria-label={t('contacts.editNamed', { name: fullName(contact) })}
                  >
                    {t('common.edit')}
                  </button>
                  <ConfirmButton
                    danger
                    label={t('common.delete')}
                    question={t('contacts.confirmDelete', { name: fullName(contact) })}
                    confirmLabel={t('common.delete')}
                    onConfirm={async () => {
                      await remove.run(() => writes.remove(contact.id));
                    }}
                  />
                </div>
              )}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
