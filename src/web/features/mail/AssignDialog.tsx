import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type UnmatchedMessage, unmatchedAssignSchema } from '../../../shared/mail';
import { Alert } from '../../components/Alert';
import { CheckboxField, SelectField } from '../../components/Field';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { useApiForm } from '../../components/useApiForm';
import { fullName } from '../contacts/ContactItem';
import { useContactsOf } from '../contacts/useContacts';
import { type CustomerRef, CustomerPicker } from '../customers/CustomerPicker';
import { useUnmatchedWrites } from './useMail';

/**
 * Assigning a waiting mail: a customer (searched), then maybe one of its contacts, who may learn
 * the mail's address (the server gives it only to a contact without an email yet).
 */
export function AssignDialog({ message, onClose, onDone }: { message: UnmatchedMessage; onClose: () => void; onDone: (subject: string) => void }) {
  const { t } = useTranslation();
  const { assign } = useUnmatchedWrites();
  const [customer, setCustomer] = useState<CustomerRef | null>(null);
  const api = useApiForm(unmatchedAssignSchema, { customerId: '', contactId: undefined, learnAddress: false }, async (values) => {
    const body = { customerId: values.customerId, ...(values.contactId ? { contactId: values.contactId, learnAddress: values.learnAddress } : {}) };
    await assign.mutateAsync({ id: message.id, body });
    onDone(message.subject);
  });
  const { control, watch, setValue } = api.form;
  const contactId = watch('contactId');
  const contacts = useContactsOf(customer?.id ?? null);
  const options = (contacts.data?.items ?? []).map((contact) => ({ value: contact.id, label: fullName(contact) || contact.email || '' }));
  return (
    <Dialog title={t('mail.assign.title')} onClose={onClose}>
      <p className="muted" dir="auto">
        {message.subject || t('mail.noSubject')}
      </p>
      <form className="form" onSubmit={api.submit} noValidate aria-label={t('mail.assign.title')}>
        {api.general ? <Alert>{api.general}</Alert> : null}
        <CustomerPicker
          label={t('mail.assign.customer')}
          required
          value={customer}
          error={api.errorOf('customerId')}
          onChange={(next) => {
            setCustomer(next);
            setValue('customerId', next?.id ?? '');
            setValue('contactId', undefined);
          }}
        />
        {customer ? (
          <Controller
            control={control}
            name="contactId"
            render={({ field }) => (
              <SelectField
                label={t('mail.assign.contact')}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(value || undefined)}
                options={options}
                emptyLabel={t('mail.assign.noContact')}
                error={api.errorOf('contactId')}
              />
            )}
          />
        ) : null}
        {contactId ? (
          <Controller
            control={control}
            name="learnAddress"
            render={({ field }) => <CheckboxField label={t('mail.assign.learnAddress')} checked={field.value ?? false} onChange={field.onChange} />}
          />
        ) : null}
        <FormFooter submitLabel={t('mail.assign.submit')} busy={api.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
