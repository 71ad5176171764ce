import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { CUSTOMER_EXTRA_FIELDS, CustomerExtraFields, customerExtraOf, type CustomerExtra } from './CustomerExtraFields';
import { useUsers } from '../users/useUsers';
import { useCustomerStatuses } from './useCustomerStatuses';
import { FormFooter } from '../../components/FormFooter';

const FIELDS = ['name', 'status', 'email', 'phone', 'website', 'address', 'postalCode', 'city', 'countryCode', 'responsibleId'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** What the form sends: empty text clears a field; no responsible user is null. */
export type CustomerInput = Omit<Values, 'responsibleId'> & { responsibleId: string | null } & CustomerExtra;

function valuesOf(customer: Customer | undefined, defaultStatus: string): Values {
  return {
    name: customer?.name ?? '',
    status: customer?.status ?? defaultStatus,
    email: customer?.email ?? '',
    phone: customer?.phone ?? '',
    website: customer?.website ?? '',
    address: customer?.address ?? '',
    postalCode: customer?.postalCode ?? '',
    city: customer?.city ?? '',
    countryCode: customer?.countryCode ?? '',
    responsibleId: customer?.responsibleId ?? '',
  };
}

interface CustomerFormProps {
  customer?: Customer;
  /** The form's accessible name. */
  label: string;
  /** The user who becomes responsible for a new customer. */
  defaultResponsibleId?: string;
  submitLabel: string;
  onSubmit: (input: CustomerInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Create or edit a customer; the server's field messages appear beside their fields. */
export function CustomerForm({ customer, label, defaultResponsibleId, submitLabel, onSubmit, onCancel }: CustomerFormProps) {
  const { t } = useTranslation();
  const { statuses } = useCustomerStatuses();
  const { users } = useUsers();
  const [values, setValues] = useState<Values>(() => ({
    ...valuesOf(customer, 'lead'),
    responsibleId: customer ? (customer.responsibleId ?? '') : (defaultResponsibleId ?? ''),
  }));
  const [extra, setExtra] = useState<CustomerExtra>(() => customerExtraOf(customer));
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, [...FIELDS, ...CUSTOMER_EXTRA_FIELDS]);
  const set = (key: keyof Values) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const statusOptions = statuses.filter((status) => status.active || status.key === values.status).map((status) => ({ value: status.key, label: status.name }));
  if (!statusOptions.some((option) => option.value === values.status)) statusOptions.unshift({ value: values.status, label: values.status });
  const userOptions = [
    { value: '', label: t('common.nobody') },
    ...users.filter((user) => user.active || user.id === values.responsibleId).map((user) => ({ value: user.id, label: user.name })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => onSubmit({ ...values, responsibleId: values.responsibleId || null, ...extra }));
  }

  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-label={label}>
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      <fieldset>
        <legend>{t('customers.companySection')}</legend>
        <TextField label={t('fields.name')} value={values.name} onChange={set('name')} error={errors.fields.name} required autoFocus />
        <SelectField label={t('fields.status')} value={values.status} onChange={set('status')} options={statusOptions} error={errors.fields.status} />
        <SelectField
          label={t('fields.responsible')}
          value={values.responsibleId}
          onChange={set('responsibleId')}
          options={userOptions}
          error={errors.fields.responsibleId}
        />
      </fieldset>
      <fieldset>
        <legend>{t('customers.contactSection')}</legend>
        <TextField label={t('fields.email')} type="email" value={values.email} onChange={set('email')} error={errors.fields.email} autoComplete="off" />
        <TextField label={t('fields.phone')} type="tel" value={values.phone} onChange={set('phone')} error={errors.fields.phone} autoComplete="off" />
        <TextField
          label={t('fields.website')}
          value={values.website}
          onChange={set('website')}
          error={errors.fields.website}
          placeholder="example.com"
          autoComplete="off"
        />
      </fieldset>
      <fieldset>
        <legend>{t('customers.addressSection')}</legend>
        <TextField label={t('fields.address')} value={values.address} onChange={set('address')} error={errors.fields.address} autoComplete="off" />
        <TextField label={t('fields.postalCode')} value={values.postalCode} onChange={set('postalCode')} error={errors.fields.postalCode} autoComplete="off" />
        <TextField label={t('fields.city')} value={values.city} onChange={set('city')} error={errors.fields.city} autoComplete="off" />
        <TextField
          label={t('fields.countryCode')}
          value={values.countryCode}
          onChange={set('countryCode')}
          error={errors.fields.countryCode}
          hint={t('fields.countryCodeHint')}
          maxLength={2}
          autoComplete="off"
        />
      </fieldset>
      <fieldset>
        <legend>{t('settings.extraInfo.title')}</legend>
        <CustomerExtraFields values={extra} onChange={(change) => setExtra((current) => ({ ...current, ...change }))} errors={errors.fields} />
      </fieldset>
      <FormFooter submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
