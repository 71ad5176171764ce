import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Field';
import { useCustomerStatusList } from '../pickers/useListOptions';

/** "Completing an activity of this type sets the customer's status to …" (or leaves it). */
export function RuleSelect({ value, onChange, label, error }: { value: string | null; onChange: (key: string | null) => void; label: string; error?: string }) {
  const { t } = useTranslation();
  const statuses = useCustomerStatusList();
  const options = [
    { value: '', label: t('settings.activityTypes.noRule') },
    ...statuses.filter((status) => status.active || status.key === value).map((status) => ({ value: status.key, label: status.name })),
  ];
  if (value && !options.some((option) => option.value === value)) options.push({ value, label: value });
  return <SelectField label={label} value={value ?? ''} onChange={(key) => onChange(key || null)} options={options} error={error} />;
}
