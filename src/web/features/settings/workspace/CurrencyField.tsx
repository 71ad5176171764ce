import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMMON_CURRENCIES } from '../../../../shared/workspace';
import { SelectField } from '../../../components/Field';

function currencyLabel(code: string, names: Intl.DisplayNames | null): string {
  const name = names?.of(code);
  return name && name !== code ? `${code} – ${name}` : code;
}

/** A currency from the common ones, named in the user's language; the current value is always offered. */
export function CurrencyField<T extends FieldValues>({ control, name, label, error }: { control: Control<T>; name: Path<T>; label: string; error?: string }) {
  const { i18n } = useTranslation();
  const { field } = useController({ control, name });
  const value = String(field.value ?? '');
  const names = (() => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'currency' });
    } catch {
      return null;
    }
  })();
  const codes: string[] = value && !COMMON_CURRENCIES.some((code) => code === value) ? [value, ...COMMON_CURRENCIES] : [...COMMON_CURRENCIES];
  return (
    <SelectField
      label={label}
      value={value}
      onChange={field.onChange}
      error={error}
      options={codes.map((code) => ({ value: code, label: currencyLabel(code, names) }))}
    />
  );
}
