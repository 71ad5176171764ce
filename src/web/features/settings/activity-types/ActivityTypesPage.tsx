import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../../shared/activities';
import { activityTypeCreateSchema } from '../../../../shared/settings';
import { keyOf } from '../lists/keyOf';
import { SettingsListView } from '../lists/SettingsListView';
import { ActivityTypeDetails } from './ActivityTypeDetails';
import { ActivityTypeFields } from './ActivityTypeFields';

/** Activity types: name, icon, colour, and the status a customer gets when one is completed. */
export function ActivityTypesPage() {
  const { t } = useTranslation();
  return (
    <SettingsListView<ActivityType, { icon: string; color: string; completionSetsCustomerStatus: string | null }>
      path="activity-types"
      title={t('settings.sections.activityTypes')}
      extra={{
        initial: { icon: 'circle', color: '#64748b', completionSetsCustomerStatus: null as string | null },
        schema: activityTypeCreateSchema.omit({ key: true }),
        render: (values, set, errors) => <ActivityTypeFields values={values} set={set} errors={errors} />,
        toInput: (name, values) => ({ ...values, name, key: keyOf(name) }),
      }}
      details={(item, change) => <ActivityTypeDetails item={item} onSave={change} />}
    />
  );
}
