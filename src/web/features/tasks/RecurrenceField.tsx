import { useTranslation } from 'react-i18next';
import { upcoming } from '../../../shared/recurrence';
import { localDate } from '../../../shared/wall-clock';
import { describeRule, formToRule, type RuleForm, ruleToForm, WEEKDAYS, type Weekday, defaultRuleForm } from '../../../shared/recurrence-form';
import { FieldError, SelectField, TextField } from '../../components/Field';
import { EndFields } from './EndFields';
import { useFormat, weekdayName } from '../../format';

interface RecurrenceFieldProps {
  value: string | null;
  onChange: (rule: string) => void;
  error?: string;
}

/** ISO weekday (1 = Monday) of the RRULE day names, for the names in the reader's language. */
const isoDay = (day: Weekday) => WEEKDAYS.indexOf(day) + 1;

/** The next dates a rule gives from the user's today (all-day: the dates in UTC). */
function preview(rule: string, timeZone: string): string[] {
  try {
    const today = new Date(`${localDate(new Date(), timeZone)}T00:00:00Z`);
    return upcoming({ rule, start: today, timeZone: 'UTC' }, new Date(today.getTime() - 1), 3).map((d) => d.toISOString());
  } catch {
    return [];
  }
}

/** Edits a recurrence rule: every N days/weeks/months, on which weekdays or day of the month, until a date or a number of times. */
export function RecurrenceField({ value, onChange, error }: RecurrenceFieldProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const form = (value ? ruleToForm(value) : null) ?? defaultRuleForm;
  const rule = value ?? formToRule(form);
  const set = (change: Partial<RuleForm>) => onChange(formToRule({ ...form, ...change }));
  const words = describeRule(rule, i18n.language);
  return (
    <fieldset className="recurrence-field">
      <legend>{t('tasks.rule.legend')}</legend>
      <div className="recurrence-field__row">
        <TextField
          label={t('tasks.rule.interval')}
          type="number"
          min={1}
          max={999}
          value={String(form.interval)}
          onChange={(v) => set({ interval: Math.max(1, Number(v) || 1) })}
          required
        />
        <SelectField
          label={t('tasks.rule.every')}
          value={form.every}
          onChange={(v) => set({ every: v as RuleForm['every'] })}
          options={(['day', 'week', 'month'] as const).map((unit) => ({ value: unit, label: t(`tasks.rule.units.${unit}`) }))}
          required
        />
      </div>
      {form.every === 'week' ? <WeekdayBoxes form={form} set={set} language={i18n.language} /> : null}
      {form.every === 'month' ? (
        <SelectField
          label={t('tasks.rule.monthDay')}
          value={String(form.monthDay)}
          onChange={(v) => set({ monthDay: Number(v) })}
          options={[{ value: '-1', label: t('tasks.rule.lastDay') }, ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))]}
        />
      ) : null}
      <EndFields form={form} set={set} />
      <FieldError error={error} />
      <p className="recurrence-field__words" role="status">
        {words ?? rule}
      </p>
      <p className="muted">
        {t('tasks.rule.next')}{' '}
        {preview(rule, format.timeZone)
          .map((iso) => format.date(iso.slice(0, 10)))
          .join(' · ')}
      </p>
    </fieldset>
  );
}

function WeekdayBoxes({ form, set, language }: { form: RuleForm; set: (c: Partial<RuleForm>) => void; language: string }) {
  const toggle = (day: Weekday) => set({ weekdays: form.weekdays.includes(day) ? form.weekdays.filter((d) => d !== day) : [...form.weekdays, day] });
  return (
    <div className="recurrence-field__days">
      {WEEKDAYS.map((day) => (
        <label key={day} className="checkbox">
          <input type="checkbox" checked={form.weekdays.includes(day)} onChange={() => toggle(day)} />
          {weekdayName(isoDay(day), language)}
        </label>
      ))}
    </div>
  );
}
