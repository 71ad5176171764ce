import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../../shared/activities';
import { FieldError } from '../../../components/Field';
import { IconPicker } from '../../../components/IconPicker';
import { RuleSelect } from './RuleSelect';

export type Look = Pick<ActivityType, 'icon' | 'color' | 'completionSetsCustomerStatus'>;

interface ActivityTypeFieldsProps {
  values: Look;
  set: (change: Partial<Look>) => void;
  errors: Record<string, string>;
  /** The type's name, for labels that say which type they change. */
  name?: string;
}

/** The icon, colour and completion rule of an activity type: fields for the add form and the edit panel. */
export function ActivityTypeFields({ values, set, errors, name }: ActivityTypeFieldsProps) {
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
        <FieldError error={errors.color} />
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
