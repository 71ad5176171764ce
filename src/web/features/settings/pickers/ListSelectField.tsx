import { SelectField } from '../../../components/Field';
import { useListOptions } from './useListOptions';

interface ListSelectFieldProps {
  /** The settings list, e.g. "industries". */
  path: string;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** The choice for "none". */
  emptyLabel: string;
  error?: string;
}

/** One item of a settings list: active ones are offered; the current one stays even when deactivated. */
export function ListSelectField({ path, label, value, onChange, emptyLabel, error }: ListSelectFieldProps) {
  const { items } = useListOptions(path);
  const options = items.filter((item) => item.active || item.id === value).map((item) => ({ value: item.id, label: item.name }));
  return <SelectField label={label} value={value ?? ''} onChange={(id) => onChange(id || null)} emptyLabel={emptyLabel} options={options} error={error} />;
}
