import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError, SelectField, TextField } from '../../components/Field';
import type { ActivityFormApi } from './useActivityForm';
import './reminders.css';

/** The usual choices, in minutes before: 5 and 15 minutes, an hour, a day. */
export const REMINDER_CHOICES = [5, 15, 60, 1440] as const;
const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;

/** "5 minutes before", "1 hour before", "2 days before", "At the start", in the reader's language. */
export function useReminderLabel() {
  const { t } = useTranslation();
  return (minutes: number) => {
    if (minutes === 0) return t('reminders.atStart');
    if (minutes % 10_080 === 0) return t('reminders.weeks', { count: minutes / 10_080 });
    if (minutes % 1440 === 0) return t('reminders.days', { count: minutes / 1440 });
    if (minutes % 60 === 0) return t('reminders.hours', { count: minutes / 60 });
    return t('reminders.minutes', { count: minutes });
  };
}

/**
 * Reminders as chips: the usual choices toggle on and off, another time is added with "Custom".
 * The list is checked with the API's rules (at most 10, at most 4 weeks before) on submit.
 */
export function ReminderField({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const label = useReminderLabel();
  const { field } = useController({ control: api.form.control, name: 'reminders' });
  const chosen: number[] = field.value ?? [];
  const set = (next: number[]) => field.onChange([...new Set(next)].sort((a, b) => a - b));
  const toggle = (minutes: number) => set(chosen.includes(minutes) ? chosen.filter((m) => m !== minutes) : [...chosen, minutes]);
  const shown = [...new Set<number>([...REMINDER_CHOICES, ...chosen])].sort((a, b) => a - b);
  return (
    <fieldset className="reminder-field">
      <legend>{t('reminders.legend')}</legend>
      <div className="field--wide reminder-chips">
        {shown.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button button--small reminder-chip"
            aria-pressed={chosen.includes(minutes)}
            onClick={() => toggle(minutes)}
          >
            {label(minutes)}
          </button>
        ))}
      </div>
      <CustomReminder onAdd={(minutes) => set([...chosen, minutes])} />
      <div className="field--wide">
        <FieldError error={api.errorOf('reminders')} />
      </div>
    </fieldset>
  );
}

/** Another time before: a number and its unit. */
function CustomReminder({ onAdd }: { onAdd: (minutes: number) => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<Unit>('minutes');
  const value = Number(amount);
  const valid = amount !== '' && Number.isInteger(value) && value >= 0;
  const add = () => {
    if (!valid) return;
    onAdd(value * UNITS[unit]);
    setAmount('');
  };
  return (
    <div className="field--wide reminder-custom">
      <TextField label={t('reminders.custom')} type="number" min={0} inputMode="numeric" value={amount} onChange={setAmount} />
      <SelectField
        label={t('reminders.unit')}
        value={unit}
        onChange={(v) => setUnit(v as Unit)}
        options={(Object.keys(UNITS) as Unit[]).map((key) => ({ value: key, label: t(`reminders.units.${key}`) }))}
      />
      <button type="button" className="button button--small" onClick={add} disabled={!valid}>
        {t('reminders.add')}
      </button>
    </div>
  );
}
