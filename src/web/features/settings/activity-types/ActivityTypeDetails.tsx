import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../../shared/activities';
import { isIconName } from '../../../../shared/icons';
import { activityTypeUpdateSchema } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { ActivityIcon } from '../../../components/icons/ActivityIcon';
import { useApiForm } from '../../../components/useApiForm';
import { useFieldValues } from '../lists/useFieldValues';
import { useCustomerStatusList } from '../pickers/useListOptions';
import { ActivityTypeFields, type Look } from './ActivityTypeFields';

const lookSchema = activityTypeUpdateSchema.pick({ icon: true, color: true, completionSetsCustomerStatus: true });
const lookOf = (item: ActivityType) => ({
  icon: isIconName(item.icon) ? item.icon : ('circle' as const),
  color: item.color,
  completionSetsCustomerStatus: item.completionSetsCustomerStatus,
});

interface LookFormProps {
  item: ActivityType;
  onSave: (change: Record<string, unknown>) => Promise<unknown>;
  onDone: () => void;
}

/** The panel that changes a type's look and rule, checked with the server's rules. */
function LookForm({ item, onSave, onDone }: LookFormProps) {
  const { t } = useTranslation();
  const api = useApiForm(lookSchema, lookOf(item), async (values) => {
    await onSave(values);
    onDone();
  });
  const initial: Look = lookOf(item);
  const fields = useFieldValues(api.form, initial, api.errorOf);
  return (
    <form className="settings-panel" onSubmit={api.submit} noValidate aria-label={t('settings.activityTypes.editNamed', { name: item.name })}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <ActivityTypeFields values={fields.values} set={fields.set} errors={fields.errors} name={item.name} />
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

/** In a row: the type's look and rule, and a panel to change them. */
export function ActivityTypeDetails({ item, onSave }: { item: ActivityType; onSave: (change: Record<string, unknown>) => Promise<unknown> }) {
  const { t } = useTranslation();
  const statuses = useCustomerStatusList();
  const [editing, setEditing] = useState(false);
  const rule = item.completionSetsCustomerStatus;
  const ruleName = rule ? (statuses.find((status) => status.key === rule)?.name ?? rule) : null;
  return (
    <>
      <span className="activity-type-look">
        <ActivityIcon name={item.icon} color={item.color} />
        {ruleName ? <span className="muted">{t('settings.activityTypes.ruleShort', { status: ruleName })}</span> : null}
      </span>
      {editing ? (
        <LookForm item={item} onSave={onSave} onDone={() => setEditing(false)} />
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing(true)}
          aria-label={t('settings.activityTypes.editNamed', { name: item.name })}
        >
          {t('settings.activityTypes.edit')}
        </button>
      )}
    </>
  );
}
