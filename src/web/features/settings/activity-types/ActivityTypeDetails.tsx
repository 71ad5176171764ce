import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../../shared/activities';
import { Alert } from '../../../components/Alert';
import { formErrors } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { useCustomerStatusList } from '../pickers/useListOptions';
import { ActivityIcon } from '../../../components/icons/ActivityIcon';
import { IconPicker } from '../../../components/IconPicker';
import { RuleSelect } from './RuleSelect';

type Look = Pick<ActivityType, 'icon' | 'color' | 'completionSetsCustomerStatus'>;

/** The icon, colour and completion rule of an activity type: fields for the add form and the edit panel. */
export function ActivityTypeFields({
  values,
  set,
  errors,
  name,
}: {
  values: Look;
  set: (change: Partial<Look>) => void;
  errors: Record<string, string>;
  name?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="activity-type-fields">
      <IconPicker
        label={name ? t('settings.activityTypes.iconNamed', { name }) : t('settings.activityTypes.icon')}
        value={values.icon}
        color={values.color}
        onChange={(icon) => set({ icon })}
      />
      <div className="field field--color">
        <label>
          {name ? t('settings.activityTypes.colorNamed', { name }) : t('settings.activityTypes.color')}
          <input type="color" value={values.color} onChange={(event) => set({ color: event.target.value })} />
        </label>
        {errors.color ? <p className="field__error">{errors.color}</p> : null}
      </div>
      <RuleSelect
        label={t('settings.activityTypes.rule')}
        value={values.completionSetsCustomerStatus}
        onChange={(key) => set({ completionSetsCustomerStatus: key })}
        error={errors.completionSetsCustomerStatus}
      />
    </div>
  );
}

/** In a row: the type's look and rule, and a panel to change them. */
export function ActivityTypeDetails({ item, onSave }: { item: ActivityType; onSave: (change: Record<string, unknown>) => Promise<unknown> }) {
  const { t } = useTranslation();
  const statuses = useCustomerStatusList();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Look>({ icon: item.icon, color: item.color, completionSetsCustomerStatus: item.completionSetsCustomerStatus });
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, ['icon', 'color', 'completionSetsCustomerStatus']);
  const ruleName = item.completionSetsCustomerStatus
    ? (statuses.find((status) => status.key === item.completionSetsCustomerStatus)?.name ?? item.completionSetsCustomerStatus)
    : null;

  return (
    <>
      <span className="activity-type-look">
        <ActivityIcon name={item.icon} color={item.color} />
        {ruleName ? <span className="muted">{t('settings.activityTypes.ruleShort', { status: ruleName })}</span> : null}
      </span>
      {editing ? (
        <form
          className="settings-panel"
          aria-label={t('settings.activityTypes.editNamed', { name: item.name })}
          onSubmit={async (event) => {
            event.preventDefault();
            const saved = await run(() => onSave(values));
            if (saved !== undefined) setEditing(false);
          }}
        >
          {errors.general ? <Alert>{errors.general}</Alert> : null}
          <ActivityTypeFields values={values} set={(change) => setValues((current) => ({ ...current, ...change }))} errors={errors.fields} name={item.name} />
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={busy}>
              {t('common.save')}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setValues({ icon: item.icon, color: item.color, completionSetsCustomerStatus: item.completionSetsCustomerStatus });
            setEditing(true);
          }}
          aria-label={t('settings.activityTypes.editNamed', { name: item.name })}
        >
          {t('settings.activityTypes.edit')}
        </button>
      )}
    </>
  );
}
