import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../shared/workspace';
import { SelectField } from '../../../components/Field';
import { weekdayName } from '../../../format';

interface WeekStartFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  error?: string;
  hint?: string;
  /** With a first choice "Follow the workspace (Monday)" meaning null: the workspace's week start. */
  follow?: number;
}

/** The first day of the week, Monday to Sunday named in the user's language; the form holds 1..7 (or null to follow). */
export function WeekStartField<T extends FieldValues>({ control, name, label, error, hint, follow }: WeekStartFieldProps<T>) {
  const { t, i18n } = useTranslation();
  const { field } = useController({ control, name });
  const days = WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, i18n.language) }));
  const options = follow === undefined ? days : [{ value: '', label: t('mySettings.follow', { day: weekdayName(follow, i18n.language) }) }, ...days];
  return (
    <SelectField
      label={label}
      hint={hint}
      error={error}
      value={field.value === null || field.value === undefined ? '' : String(field.value)}
      onChange={(value) => field.onChange(value === '' ? null : Number(value))}
      options={options}
    />
  );
}
