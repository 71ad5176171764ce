import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../shared/activities';
import { activityStatusCreateSchema } from '../../../../shared/settings';
import { keyOf } from '../lists/keyOf';
import { SettingsListView } from '../lists/SettingsListView';

/** Activity statuses (scheduled, postponed, done, succeeded, cancelled…): each is open or closed. */
export function ActivityStatusesPage() {
  const { t } = useTranslation();
  return (
    <SettingsListView<ActivityStatus, { closed: boolean }>
      path="activity-statuses"
      title={t('settings.sections.activityStatuses')}
      extra={{
        initial: { closed: false },
        schema: activityStatusCreateSchema.omit({ key: true }),
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
