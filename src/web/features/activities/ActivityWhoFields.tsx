import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts';
import { FormSelectField } from '../../components/FormTextField';
import { useContactsOf } from '../contacts/useContacts';
import { useProjectOptions } from '../projects/useProjects';
import { CustomerPicker } from '../customers/CustomerPicker';
import { CustomersPicker } from '../customers/CustomersPicker';
import { People } from './ActivityPeopleFields';
import type { ActivityFormApi } from './useActivityForm';

export const fullName = (contact: Pick<Contact, 'firstName' | 'lastName'>) => [contact.firstName, contact.lastName].filter(Boolean).join(' ');

/** The customer, then one of its contacts; a new customer clears the contact. */
function CustomerAndContact({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const { control, setValue } = api.form;
  const { field } = useController({ control, name: 'customer' });
  const customer = field.value;
  const contacts = useContactsOf(customer?.id ?? null).data?.items ?? [];
  // Only the customer's active projects (archived ones leave the picker).
  const projects = useProjectOptions(customer?.id).data ?? [];
  const projectOptions = [{ value: '', label: t('projects.noProject') }, ...projects.map((p) => ({ value: p.id, label: p.name }))];
  const contactOptions = [
    { value: '', label: customer ? t('activity.noContact') : t('activity.pickCustomerFirst') },
    ...contacts.map((contact) => ({ value: contact.id, label: fullName(contact) })),
  ];
  return (
    <>
      <CustomerPicker
        label={t('activity.customer')}
        value={customer}
        error={api.errorOf('customer')}
        onChange={(next) => {
          if (next?.id !== customer?.id) {
            setValue('contactId', '');
            setValue('projectId', '');
          }
          field.onChange(next);
        }}
      />
      <FormSelectField
        control={control}
        name="contactId"
        label={t('activity.contact')}
        options={contactOptions}
        error={api.errorOf('contactId')}
        disabled={!customer}
      />
      {projects.length > 0 ? (
        <FormSelectField control={control} name="projectId" label={t('projects.picker')} options={projectOptions} error={api.errorOf('projectId')} />
      ) : null}
    </>
  );
}

function MoreCustomers({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'additionalCustomers' });
  const customer = useWatch({ control: api.form.control, name: 'customer' });
  return (
    <div className="field--wide">
      <CustomersPicker
        label={t('activity.additionalCustomers')}
        value={field.value}
        onChange={field.onChange}
        exclude={customer ? [customer.id] : []}
        error={api.errorOf('additionalCustomers')}
      />
    </div>
  );
}

/** Who the activity is with and who does it. */
export function ActivityWhoFields({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('activity.whoSection')}</legend>
      <CustomerAndContact api={api} />
      <MoreCustomers api={api} />
      <People api={api} />
    </fieldset>
  );
}
