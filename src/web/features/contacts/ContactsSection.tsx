import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { AddContactForm, ContactList } from './ContactList';
import { useContactsOf, useContactWrites } from './useContacts';

/** A customer's contacts: add, edit and delete them in place. */
export function ContactsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { data, error, isPending: loading } = useContactsOf(customerId);
  const writes = useContactWrites(customerId);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const remove = useSubmit();
  const startEditing = (id: string | null) => {
    setEditingId(id);
    if (id) setAdding(false);
  };

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
      {adding ? <AddContactForm writes={writes} onDone={() => setAdding(false)} /> : null}
      {loading && !data ? <p role="status">{t('common.loading')}</p> : null}
      {data && data.items.length === 0 && !adding ? <p className="muted">{t('contacts.none')}</p> : null}
      <ContactList
        customerId={customerId}
        readOnly={readOnly}
        writes={writes}
        editingId={editingId}
        setEditingId={startEditing}
        onDelete={async (id) => {
          await remove.run(() => writes.remove(id));
        }}
      />
    </section>
  );
}
