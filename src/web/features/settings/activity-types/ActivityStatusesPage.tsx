import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../shared/activities';
import { keyOf } from '../lists/keyOf';
import { SettingsListView } from '../lists/SettingsListView';
import { useSettingsList } from '../lists/useSettingsList';

/** Activity statuses (scheduled, postponed, done, succeeded, cancelled…): each is open or closed. */
export function ActivityStatusesPage() {
  const { t } = useTranslation();
  const list = useSettingsList<ActivityStatus>('activity-statuses');
  const title = t('settings.sections.activityStatuses');
  return (
    <SettingsListView
      list={list}
      label={title}
      addLabel={t('settings.list.addTo', { list: title })}
      extra={{
        initial: { closed: false },
        names: ['closed'],
        render: (values, set) => (
          <label className="checkbox">
            <input type="checkbox" checked={values.closed} onChange={(event) => set({ closed: event.target.checked })} />
            {t('settings.activityStatuses.closed')}
          </label>
        ),
        toInput: (name, values) => ({ ...values, name, key: keyOf(name) }),
      }}
      details={(item, change) => (
        <label className="checkbox">
          <input type="checkbox" checked={item.closed} onChange={(event) => void change({ closed: event.target.checked })} />
          {t('settings.activityStatuses.closed')}
          <span className="visually-hidden"> ({item.name})</span>
        </label>
      )}
    />
  );
}
