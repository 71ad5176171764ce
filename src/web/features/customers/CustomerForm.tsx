import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Customer, customerCreateSchema } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { useApiForm } from '../../components/useApiForm';
import { CustomerAddressFields, CustomerCompanyFields, CustomerReachFields } from './CustomerFormSections';
import { CustomerExtraFields } from './CustomerExtraFields';

/** What the form sends, checked in the browser by the server's own schema: empty text clears a field, no responsible user is null. */
export type CustomerInput = z.input<typeof customerCreateSchema>;

const valuesOf = (customer: Customer | undefined, defaultResponsibleId: string | undefined): CustomerInput => ({
  name: customer?.name ?? '',
  status: customer?.status ?? 'lead',
  email: customer?.email ?? '',
  phone: customer?.phone ?? '',
  website: customer?.website ?? '',
  address: customer?.address ?? '',
  postalCode: customer?.postalCode ?? '',
  city: customer?.city ?? '',
  countryCode: customer?.countryCode ?? '',
  responsibleId: customer ? customer.responsibleId : (defaultResponsibleId ?? null),
  industryId: customer?.industryId ?? null,
  categoryIds: customer?.categoryIds ?? [],
  originId: customer?.originId ?? null,
  sourceIds: customer?.sourceIds ?? [],
  productIds: customer?.productIds ?? [],
});

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

/** Create or edit a customer on react-hook-form: the browser checks the shared rules, the server's field messages appear beside their fields. */
export function CustomerForm({ customer, label, defaultResponsibleId, submitLabel, onSubmit, onCancel }: CustomerFormProps) {
  const { t } = useTranslation();
  const api = useApiForm(customerCreateSchema, valuesOf(customer, defaultResponsibleId), onSubmit);
  const { form, errorOf } = api;
  const extra = {
    industryId: form.watch('industryId') ?? null,
    categoryIds: form.watch('categoryIds') ?? [],
    originId: form.watch('originId') ?? null,
    sourceIds: form.watch('sourceIds') ?? [],
    productIds: form.watch('productIds') ?? [],
  };
  return (
    <form className="form form--grid" onSubmit={api.submit} noValidate aria-label={label}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <CustomerCompanyFields control={form.control} errorOf={errorOf} />
      <CustomerReachFields control={form.control} errorOf={errorOf} />
      <CustomerAddressFields control={form.control} errorOf={errorOf} />
      <fieldset>
        <legend>{t('settings.extraInfo.title')}</legend>
        <CustomerExtraFields
          values={extra}
          onChange={(change) => {
            for (const [name, value] of Object.entries(change)) form.setValue(name as keyof typeof extra, value as never, { shouldDirty: true });
          }}
          errors={Object.fromEntries(Object.keys(extra).map((name) => [name, errorOf(name as keyof typeof extra) ?? '']))}
        />
      </fieldset>
      <FormFooter submitLabel={submitLabel} busy={api.busy} onCancel={onCancel} />
    </form>
  );
}
