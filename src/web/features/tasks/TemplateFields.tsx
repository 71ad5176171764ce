import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../shared/activities';
import { defaultRuleForm, formToRule } from '../../../shared/recurrence-form';
import type { ListItem } from '../../../shared/settings';
import type { DueKind, TaskTemplate } from '../../../shared/tasks';
import { FieldError, SelectField, TextField } from '../../components/Field';
import { IconPicker } from '../../components/IconPicker';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useSettingsList } from '../settings/lists/useSettingsList';
import { withKeys } from './comment-check-keys';
import { CommentChecksField } from './CommentChecksField';
import { RecurrenceField } from './RecurrenceField';
import './tasks.css';

export type TemplateValues = Pick<TaskTemplate, 'icon' | 'workAreaIds' | 'typeId' | 'due' | 'dueInDays' | 'recurrence' | 'commentChecks'>;
/** A new template: no type chosen ('') means the standard "Task" type, which the server picks. */
export const initialTemplate: TemplateValues = {
  icon: 'square-check',
  workAreaIds: [],
  typeId: '',
  due: 'none',
  dueInDays: null,
  recurrence: null,
  commentChecks: [],
};
/** The fields the server may name in its errors, shown beside their fields. */
export const TEMPLATE_FIELDS = Object.keys(initialTemplate);

/** The body the API gets: new checks get their keys, and no type means the standard one. */
export function templateInput({ typeId, commentChecks, ...values }: TemplateValues): Record<string, unknown> {
  return { ...values, ...(typeId ? { typeId } : {}), commentChecks: withKeys(commentChecks) };
}

interface TemplateFieldsProps {
  values: TemplateValues;
  set: (change: Partial<TemplateValues>) => void;
  errors: Record<string, string>;
}

/** A template's icon, work areas, activity type, due kind (with its days or rule) and comment auto-checks; required fields are marked. */
export function TemplateFields({ values, set, errors }: TemplateFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="template-fields">
      <IconPicker label={t('tasks.fields.icon')} value={values.icon} color="#64748b" onChange={(icon) => set({ icon })} />
      <AreaBoxes value={values.workAreaIds} onChange={(workAreaIds) => set({ workAreaIds })} error={errors.workAreaIds} />
      <TypeSelect value={values.typeId} onChange={(typeId) => set({ typeId })} error={errors.typeId} />
      <DueFields values={values} set={set} errors={errors} />
      <CommentChecksField value={values.commentChecks} onChange={(commentChecks) => set({ commentChecks })} error={errors.commentChecks} />
    </div>
  );
}

/** No deadline, a deadline after N days, or recurring with a rule. */
function DueFields({ values, set, errors }: TemplateFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('tasks.fields.due')}
        value={values.due}
        onChange={(due) =>
          set({
            due: due as DueKind,
            dueInDays: due === 'deadline' ? (values.dueInDays ?? 3) : null,
            recurrence: due === 'recurring' ? (values.recurrence ?? formToRule(defaultRuleForm)) : null,
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
    </>
  );
}

/** The activity type of the template's tasks; until one is picked, the standard "Task" type is shown. */
function TypeSelect({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation();
  const types = useListOptions<ActivityType>('activity-types').items;
  const shown = value || (types.find((type) => type.key === 'task')?.id ?? '');
  const options = types.filter((type) => type.active || type.id === value).map((type) => ({ value: type.id, label: type.name }));
  return <SelectField label={t('tasks.fields.type')} value={shown} onChange={onChange} options={options} error={error} required />;
}

function AreaBoxes({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const areas = useSettingsList<ListItem>('work-areas').items.filter((a) => a.active || value.includes(a.id));
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
