import { useTranslation } from 'react-i18next';
import { defaultRuleForm, formToRule } from '../../../shared/recurrence-form';
import type { DueKind, TaskTemplate } from '../../../shared/tasks';
import type { ListItem } from '../../../shared/settings';
import { FieldError, SelectField, TextField } from '../../components/Field';
import { IconPicker } from '../../components/IconPicker';
import { useSettingsList } from '../settings/lists/useSettingsList';
import { RecurrenceField } from './RecurrenceField';

export type TemplateValues = Pick<TaskTemplate, 'icon' | 'workAreaIds' | 'due' | 'dueInDays' | 'recurrence'>;
export const initialTemplate: TemplateValues = { icon: 'square-check', workAreaIds: [], due: 'none', dueInDays: null, recurrence: null };

interface TemplateFieldsProps {
  values: TemplateValues;
  set: (change: Partial<TemplateValues>) => void;
  errors: Record<string, string>;
}

/** A template's icon, work areas and due kind (with its days or rule); required fields are marked. */
export function TemplateFields({ values, set, errors }: TemplateFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="template-fields">
      <IconPicker label={t('tasks.fields.icon')} value={values.icon} color="#64748b" onChange={(icon) => set({ icon })} />
      <AreaBoxes value={values.workAreaIds} onChange={(workAreaIds) => set({ workAreaIds })} error={errors.workAreaIds} />
      <SelectField
        label={t('tasks.fields.due')}
        value={values.due}
        onChange={(due) =>
          set({
            due: due as DueKind,
            dueInDays: due === 'deadline' ? (values.dueInDays ?? 3) : null,
            recurrence: due === 'recurring' ? formToRule(defaultRuleForm) : null,
          })
        }
        options={(['none', 'deadline', 'recurring'] as const).map((due) => ({ value: due, label: t(`tasks.due.${due}`) }))}
        error={errors.due}
        required
      />
      {values.due === 'deadline' ? (
        <TextField
          label={t('tasks.fields.dueInDays')}
          type="number"
          min={0}
          max={3650}
          value={String(values.dueInDays ?? '')}
          onChange={(v) => set({ dueInDays: v === '' ? null : Number(v) })}
          error={errors.dueInDays}
          required
        />
      ) : null}
      {values.due === 'recurring' ? (
        <RecurrenceField value={values.recurrence} onChange={(recurrence) => set({ recurrence })} error={errors.recurrence} />
      ) : null}
    </div>
  );
}

function AreaBoxes({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const areas = useSettingsList<ListItem>('work-areas').items.filter((a) => a.active);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <fieldset className="template-fields__areas">
      <legend>{t('tasks.fields.workAreas')}</legend>
      {areas.map((area) => (
        <label key={area.id} className="checkbox">
          <input type="checkbox" checked={value.includes(area.id)} onChange={() => toggle(area.id)} />
          <span dir="auto">{area.name}</span>
        </label>
      ))}
      <FieldError error={error} />
    </fieldset>
  );
}
