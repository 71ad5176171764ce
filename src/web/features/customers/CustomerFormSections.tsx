import { useTranslation } from 'react-i18next';
import { type Control, type Path, useController } from 'react-hook-form';
import { SelectField } from '../../components/Field';
import { FormTextField } from '../../components/FormTextField';
import { useUsers } from '../users/useUsers';
import type { CustomerInput } from './CustomerForm';
import { useCustomerStatuses } from './useCustomerStatuses';

interface SectionProps {
  control: Control<CustomerInput>;
  errorOf: (name: Path<CustomerInput>) => string | undefined;
}

/** A select bound to a form field; the empty choice is null. */
function FormSelect({
  control,
  name,
  label,
  error,
  options,
}: Pick<SectionProps, 'control'> & { name: 'status' | 'responsibleId'; label: string; error?: string; options: { value: string; label: string }[] }) {
  const { field } = useController({ control, name });
  return <SelectField label={label} value={field.value ?? ''} onChange={(value) => field.onChange(value || null)} options={options} error={error} />;
}

/** Name, status (active ones, and the current one even when deactivated) and the responsible user. */
export function CustomerCompanyFields({ control, errorOf }: SectionProps) {
  const { t } = useTranslation();
  const { statuses } = useCustomerStatuses();
  const { users } = useUsers();
  const { field: status } = useController({ control, name: 'status' });
  const { field: responsible } = useController({ control, name: 'responsibleId' });
  const statusOptions = statuses.filter((item) => item.active || item.key === status.value).map((item) => ({ value: item.key, label: item.name }));
  if (status.value && !statusOptions.some((option) => option.value === status.value)) statusOptions.unshift({ value: status.value, label: status.value });
  const userOptions = [
    { value: '', label: t('common.nobody') },
    ...users.filter((user) => user.active || user.id === responsible.value).map((user) => ({ value: user.id, label: user.name })),
  ];
  return (
    <fieldset>
      <legend>{t('customers.companySection')}</legend>
      <FormTextField control={control} name="name" label={t('fields.name')} error={errorOf('name')} required autoFocus autoComplete="off" />
      <FormSelect control={control} name="status" label={t('fields.status')} options={statusOptions} error={errorOf('status')} />
      <FormSelect control={control} name="responsibleId" label={t('fields.responsible')} options={userOptions} error={errorOf('responsibleId')} />
    </fieldset>
  );
}

/** A text field of a section: its name in the form and what its control takes besides the label. */
interface TextSpec {
  name: Path<CustomerInput>;
  label: string;
  type?: string;
  placeholder?: string;
  hint?: string;
  maxLength?: number;
}

/** A fieldset of plain text fields (autocomplete off: these describe a customer, not the person typing). */
function TextSection({ control, errorOf, legend, fields }: SectionProps & { legend: string; fields: TextSpec[] }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {fields.map(({ name, ...rest }) => (
        <FormTextField key={name} control={control} name={name} {...rest} error={errorOf(name)} autoComplete="off" />
      ))}
    </fieldset>
  );
}

/** Email, phone and website. */
export function CustomerReachFields(props: SectionProps) {
  const { t } = useTranslation();
  const fields: TextSpec[] = [
    { name: 'email', type: 'email', label: t('fields.email') },
    { name: 'phone', type: 'tel', label: t('fields.phone') },
    { name: 'website', label: t('fields.website'), placeholder: 'example.com' },
  ];
  return <TextSection {...props} legend={t('customers.contactSection')} fields={fields} />;
}

/** Street, postal code, city and the two-letter country code. */
export function CustomerAddressFields(props: SectionProps) {
  const { t } = useTranslation();
  const fields: TextSpec[] = [
    { name: 'address', label: t('fields.address') },
    { name: 'postalCode', label: t('fields.postalCode') },
    { name: 'city', label: t('fields.city') },
    { name: 'countryCode', label: t('fields.countryCode'), hint: t('fields.countryCodeHint'), maxLength: 2 },
  ];
  return <TextSection {...props} legend={t('customers.addressSection')} fields={fields} />;
}
