import { useTranslation } from 'react-i18next';
import { useListOptions } from '../settings/pickers/useListOptions';
import { ContactForm } from './ContactForm';
import { ContactItem, fullName } from './ContactItem';
import { useContactsOf, type useContactWrites } from './useContacts';

type Writes = ReturnType<typeof useContactWrites>;

/** The form that adds a contact, shown above the list while adding. */
export function AddContactForm({ writes, onDone }: { writes: Writes; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="inline-form">
      <ContactForm
        label={t('contacts.add')}
        submitLabel={t('contacts.addSubmit')}
        onCancel={onDone}
        onSubmit={async (input) => {
          await writes.create(input);
          onDone();
        }}
      />
    </div>
  );
}

type ContactListProps = {
  customerId: string;
  readOnly: boolean;
  writes: Writes;
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  onDelete: (id: string) => Promise<void>;
};

/** The contacts, one of them possibly open in its edit form. */
export function ContactList({ customerId, readOnly, writes, editingId, setEditingId, onDelete }: ContactListProps) {
  const { t } = useTranslation();
  const { data } = useContactsOf(customerId);
  const roles = useListOptions('contact-roles');
  return (
    <ul className="contact-list" aria-label={t('contacts.title')}>
      {(data?.items ?? []).map((contact) =>
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
          <ContactItem
            key={contact.id}
            contact={contact}
            customerId={customerId}
            roleName={roles.nameOf(contact.roleId)}
            readOnly={readOnly}
            onEdit={() => setEditingId(contact.id)}
            onDelete={() => onDelete(contact.id)}
          />
        ),
      )}
    </ul>
  );
}
