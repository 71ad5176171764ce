import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIconName } from '../../../shared/icons';
import { describeRule } from '../../../shared/recurrence-form';
import { type TaskTemplate, taskTemplateFormSchema } from '../../../shared/tasks';
import { Alert } from '../../components/Alert';
import { ActivityIcon } from '../../components/icons/ActivityIcon';
import { useApiForm } from '../../components/useApiForm';
import { useFieldValues } from '../settings/lists/useFieldValues';
import { TemplateFields, type TemplateValues, templateInput } from './TemplateFields';

type Save = (change: Record<string, unknown>) => Promise<unknown>;

const valuesOf = (item: TaskTemplate) => ({
  icon: isIconName(item.icon) ? item.icon : ('square-check' as const),
  workAreaIds: item.workAreaIds,
  typeId: item.typeId,
  due: item.due,
  dueInDays: item.dueInDays,
  recurrence: item.recurrence,
  commentChecks: item.commentChecks,
});

/** How a template's tasks are due, in words: no deadline, after N days, or its rule. */
function DueText({ item }: { item: TaskTemplate }) {
  const { t, i18n } = useTranslation();
  if (item.due === 'deadline') return <>{t('tasks.dueAfter', { count: item.dueInDays ?? 0 })}</>;
  if (item.due === 'recurring' && item.recurrence) return <>{describeRule(item.recurrence, i18n.language) ?? item.recurrence}</>;
  return <>{t('tasks.due.none')}</>;
}

/** Every field of a template but its name (renamed in the row) and active (its row's button), checked with the API's rules. */
function TemplateForm({ item, onSave, onDone }: { item: TaskTemplate; onSave: Save; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApiForm(taskTemplateFormSchema, valuesOf(item), async (values) => {
    await onSave(templateInput(values as TemplateValues));
    onDone();
  });
  const initial: TemplateValues = valuesOf(item);
  const fields = useFieldValues(api.form, initial, api.errorOf);
  return (
    <form className="settings-panel" onSubmit={api.submit} noValidate aria-label={t('tasks.editNamed', { name: item.name })}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <TemplateFields values={fields.values} set={fields.set} errors={fields.errors} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={api.busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** In a row: the template's icon and due rule in words, and a panel that edits the rest. */
export function TemplateDetails({ item, onSave }: { item: TaskTemplate; onSave: Save }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <span className="activity-type-look">
        <ActivityIcon name={item.icon} color="#64748b" />
        <span className="muted">
          <DueText item={item} />
        </span>
      </span>
      {editing ? (
        <TemplateForm item={item} onSave={onSave} onDone={() => setEditing(false)} />
      ) : (
        <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={t('tasks.editNamed', { name: item.name })}>
          {t('common.edit')}
        </button>
      )}
    </>
  );
}
