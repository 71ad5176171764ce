import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts';
import { FieldError } from '../../components/Field';
import { FormSelectField } from '../../components/FormTextField';
import { useMe } from '../../session';
import { useContactsOf } from '../contacts/useContacts';
import { CustomerPicker, CustomersPicker } from '../customers/CustomerPicker';
import { useUsers } from '../users/useUsers';
import type { ActivityFormApi } from './useActivityForm';

export const fullName = (contact: Pick<Contact, 'firstName' | 'lastName'>) => [contact.firstName, contact.lastName].filter(Boolean).join(' ');

/** The customer, then one of its contacts; a new customer clears the contact. */
function CustomerAndContact({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const { control, setValue } = api.form;
  const { field } = useController({ control, name: 'customer' });
  const customer = field.value;
  const contacts = useContactsOf(customer?.id ?? null).data?.items ?? [];
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
          if (next?.id !== customer?.id) setValue('contactId', '');
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

/** The responsible salesperson (a retired one stays while responsible) and colleagues to add. */
function People({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const me = useMe();
  const { users } = useUsers();
  const { control } = api.form;
  const responsibleId = useWatch({ control, name: 'responsibleId' });
  const userOptions = users.filter((user) => user.active || user.id === responsibleId).map((user) => ({ value: user.id, label: user.name }));
  if (!userOptions.some((option) => option.value === responsibleId))
    userOptions.unshift({ value: responsibleId, label: responsibleId === me.id ? me.name : '…' });
  return (
    <>
      <FormSelectField control={control} name="responsibleId" label={t('activity.responsible')} options={userOptions} error={api.errorOf('responsibleId')} />
      <Colleagues api={api} responsibleId={responsibleId} />
    </>
  );
}

function Colleagues({ api, responsibleId }: { api: ActivityFormApi; responsibleId: string }) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const { field } = useController({ control: api.form.control, name: 'additionalUserIds' });
  const chosen = field.value ?? [];
  const colleagues = users.filter((user) => user.id !== responsibleId && (user.active || chosen.includes(user.id)));
  const error = api.errorOf('additionalUserIds');
  return (
    <fieldset className="checkbox-group" aria-describedby={error ? 'additional-users-error' : undefined}>
      <legend>{t('activity.additionalUsers')}</legend>
      {colleagues.length === 0 ? <p className="muted">{t('activity.noColleagues')}</p> : null}
      {colleagues.map((user) => (
        <label key={user.id} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(user.id)}
            onChange={(event) => field.onChange(event.target.checked ? [...chosen, user.id] : chosen.filter((id) => id !== user.id))}
          />
          <bdi>{user.name}</bdi>
        </label>
      ))}
      <FieldError id="additional-users-error" error={error} />
    </fieldset>
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
