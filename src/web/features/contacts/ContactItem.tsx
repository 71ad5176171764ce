import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contact } from '../../../shared/contacts';
import { ConfirmButton } from '../../components/ConfirmButton';
import { contactHref } from '../activities/links';

export const fullName = (contact: Contact) => [contact.firstName, contact.lastName].filter(Boolean).join(' ');

/** Name, title/role and the ways to reach one contact. */
function ContactDetails({ contact, customerId, roleName }: { contact: Contact; customerId: string; roleName?: string }) {
  const { t } = useTranslation();
  return (
    <div className="contact__text">
      <strong className="contact__name">
        <bdi>{fullName(contact)}</bdi>
      </strong>
      {contact.title || contact.roleId ? (
        <span className="muted">
          <bdi>{[contact.title, roleName].filter(Boolean).join(' · ')}</bdi>
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
  );
}

type ContactItemProps = {
  contact: Contact;
  customerId: string;
  roleName?: string;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
};

/** One contact in the list, with edit and delete unless the viewer is read-only. */
export function ContactItem({ contact, customerId, roleName, readOnly, onEdit, onDelete }: ContactItemProps) {
  const { t } = useTranslation();
  return (
    <li className="contact">
      <ContactDetails contact={contact} customerId={customerId} roleName={roleName} />
      {readOnly ? null : (
        <div className="contact__actions">
          <button type="button" className="button button--small" onClick={onEdit} aria-label={t('contacts.editNamed', { name: fullName(contact) })}>
            {t('common.edit')}
          </button>
          <ConfirmButton
            danger
            label={t('common.delete')}
            question={t('contacts.confirmDelete', { name: fullName(contact) })}
            confirmLabel={t('common.delete')}
            onConfirm={onDelete}
          />
        </div>
      )}
    </li>
  );
}
