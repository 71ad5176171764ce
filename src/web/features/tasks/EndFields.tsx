import { useTranslation } from 'react-i18next';
import type { RuleForm } from '../../../shared/recurrence-form';
import { SelectField, TextField } from '../../components/Field';

/** How a series ends: never, on a date, or after a number of times. */
export function EndFields({ form, set }: { form: RuleForm; set: (change: Partial<RuleForm>) => void }) {
  const { t } = useTranslation();
  return (
    <div className="recurrence-field__row">
      <SelectField
        label={t('tasks.rule.end')}
        value={form.end}
        onChange={(v) => set({ end: v as RuleForm['end'] })}
        options={(['never', 'until', 'count'] as const).map((end) => ({ value: end, label: t(`tasks.rule.ends.${end}`) }))}
      />
      {form.end === 'until' ? <TextField label={t('tasks.rule.until')} type="date" value={form.until} onChange={(until) => set({ until })} required /> : null}
      {form.end === 'count' ? (
        <TextField
          label={t('tasks.rule.count')}
          type="number"
          min={1}
          max={1000}
          value={String(form.count)}
          onChange={(v) => set({ count: Math.max(1, Number(v) || 1) })}
          required
        />
      ) : null}
    </div>
  );
}
