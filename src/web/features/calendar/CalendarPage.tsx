import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { FEED_ANCHOR } from '../calendar-feed/CalendarFeedPanel';
import { useCalendarUsers } from './calendar-api';
import { CalendarBoard, type CalendarWindow } from './CalendarBoard';
import { CalendarList } from './CalendarList';
import { type CalendarTab, useCalendarChoices } from './useCalendarChoices';
import { UserPicker } from './UserPicker';

const TABS: { tab: CalendarTab; key: string }[] = [
  { tab: 'dayGridMonth', key: 'calendar.month' },
  { tab: 'resourceTimeGridWeek', key: 'calendar.week' },
  { tab: 'resourceTimeGridDay', key: 'calendar.day' },
  { tab: 'list', key: 'calendar.list' },
];

function Tabs({ tab, onTab }: { tab: CalendarTab; onTab: (tab: CalendarTab) => void }) {
  const { t } = useTranslation();
  return (
    <div className="calendar-tabs" role="tablist" aria-label={t('calendar.views')}>
      {TABS.map((entry) => (
        <button key={entry.tab} type="button" role="tab" className="button button--ghost" aria-selected={tab === entry.tab} onClick={() => onTab(entry.tab)}>
          {t(entry.key)}
        </button>
      ))}
    </div>
  );
}

/** Month, week and day of one or several users (a column each in day and week), or the same period as a list. */
export function CalendarPage() {
  const { t } = useTranslation();
  const users = useCalendarUsers();
  const { choices, change, ready } = useCalendarChoices();
  const [window, setWindow] = useState<CalendarWindow | null>(null);
  const all = users.data ?? [];
  // Only calendars the caller may still see; none left (or none yet), their own.
  const chosen = useMemo(() => (users.data ?? []).filter((user) => choices.userIds.includes(user.userId)), [users.data, choices.userIds]);
  const shown = chosen.length > 0 ? chosen : all.slice(0, 1);
  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <div className="calendar-bar">
        <Tabs tab={choices.tab} onTab={(tab) => change({ tab })} />
        <UserPicker users={all} chosen={shown.map((user) => user.userId)} onChange={(userIds) => change({ userIds })} />
        {/* The calendar feed's address (and its copy button) lives with the user's own settings. */}
        <Link to={`/account/settings#${FEED_ANCHOR}`} className="calendar-subscribe">
          {t('calendar.subscribe')}
        </Link>
      </div>
      {users.error ? <Alert>{generalMessage(t, users.error)}</Alert> : null}
      {!users.data || !ready ? (
        <p className="muted">{t('common.loading')}</p>
      ) : choices.tab === 'list' ? (
        <CalendarList window={window} userIds={shown.map((user) => user.userId)} />
      ) : (
        <CalendarBoard view={choices.tab} users={shown} window={window} onWindow={setWindow} />
      )}
    </>
  );
}
