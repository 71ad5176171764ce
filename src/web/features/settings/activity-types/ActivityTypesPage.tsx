import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../../shared/activities';
import { keyOf } from '../lists/keyOf';
import { SettingsListView } from '../lists/SettingsListView';
import { useSettingsList } from '../lists/useSettingsList';
import { ActivityTypeDetails, ActivityTypeFields } from './ActivityTypeDetails';

/** Activity types: name, icon, colour, and the status a customer gets when one is completed. */
export function ActivityTypesPage() {
  const { t } = useTranslation();
  const list = useSettingsList<ActivityType>('activity-types');
  const title = t('settings.sections.activityTypes');
  return (
    <SettingsListView
      list={list}
      label={title}
      addLabel={t('settings.list.addTo', { list: title })}
      extra={{
        initial: { icon: 'circle', color: '#64748b', completionSetsCustomerStatus: null as string | null },
        names: ['icon', 'color', 'completionSetsCustomerStatus'],
        render: (values, set, errors) => <ActivityTypeFields values={values} set={set} errors={errors} />,
        toInput: (name, values) => ({ ...values, name, key: keyOf(name) }),
      }}
      details={(item, change) => <ActivityTypeDetails item={item} onSave={change} />}
    />
  );
}
