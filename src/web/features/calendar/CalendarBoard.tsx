import type { Calendar } from '@event-calendar/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useMediaQuery } from '../../components/useMediaQuery';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { useActivityLookups } from '../activities/useActivityLookups';
import { type CalendarUser, useCalendarItems } from './calendar-api';
import { toEvents, toResources } from './calendar-events';
import { fetchWindow, wallParts } from './calendar-time';
import { eventContentWith } from './event-content';
import { EventCalendar } from './EventCalendar';
import { NewActivityDialog } from './NewActivityDialog';
import { type CalendarView, useCalendarOptions } from './useCalendarOptions';
import { useCalendarWork } from './useCalendarWork';
import { useTypeIcons } from './useTypeIcons';

/** The shown period: the API's window (instants) and its first and last dates on the user's wall clock. */
export interface CalendarWindow {
  from: string;
  to: string;
  firstDate: string;
  lastDate: string;
}

function windowOf(info: Calendar.DatesSetInfo, timeZone: string): CalendarWindow {
  const last = new Date(info.end.getTime() - 1);
  return { ...fetchWindow(info.start, info.end, timeZone), firstDate: wallParts(info.start).date, lastDate: wallParts(last).date };
}

interface BoardProps {
  view: CalendarView;
  users: CalendarUser[];
  onWindow: (window: CalendarWindow) => void;
  window: CalendarWindow | null;
}

/** The calendar of the chosen users in one view, and the card for a range picked in it. */
export function CalendarBoard({ view, users, window, onWindow }: BoardProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { timeZone } = useFormat();
  const { typeOf, types } = useActivityLookups();
  const typeIcons = useTypeIcons(types);
  const eventContent = useMemo(() => eventContentWith(typeIcons.icons), [typeIcons.icons]);
  const userIds = useMemo(() => users.map((user) => user.userId), [users]);
  const items = useCalendarItems(window && { from: window.from, to: window.to }, userIds);
  const work = useCalendarWork(userIds.includes(me.id) ? me.id : (userIds[0] ?? me.id));
  const narrow = useMediaQuery('(max-width: 40rem)');
  const resources = useMemo(() => toResources(users), [users]);
  const editable = useMemo(() => new Set(users.filter((user) => user.access === 'edit').map((user) => user.userId)), [users]);
  const busyLabel = t('calendar.busy');
  const plannedLabel = t('calendar.planned');
  const events = useMemo(
    () => toEvents(items.data?.items ?? [], { timeZone, typeOf, busyLabel, plannedLabel, editable }),
    [items.data, timeZone, typeOf, busyLabel, plannedLabel, editable],
  );
  const options = useCalendarOptions({
    view,
    resources,
    events,
    eventContent,
    narrow,
    handlers: { ...work.handlers, datesSet: (info: Calendar.DatesSetInfo) => onWindow(windowOf(info, timeZone)) },
  });
  return (
    <>
      {work.problem ? <Alert>{work.problem}</Alert> : null}
      {items.error ? <Alert>{generalMessage(t, items.error)}</Alert> : null}
      <EventCalendar options={options} label={t('calendar.title')} />
      {typeIcons.templates}
      {work.picked ? <NewActivityDialog range={work.picked} onClose={work.closePicked} /> : null}
    </>
  );
}
