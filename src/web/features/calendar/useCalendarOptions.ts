import type { Calendar } from '@event-calendar/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, useWeekStart } from '../../format';
import { toWeekStartsOn } from '../../week-start';
import { todayIn } from '../activities/zoned-time';
import { describeEvent } from './calendar-events';

export type CalendarView = 'dayGridMonth' | 'resourceTimeGridWeek' | 'resourceTimeGridDay';
export const VIEWS: readonly CalendarView[] = ['dayGridMonth', 'resourceTimeGridWeek', 'resourceTimeGridDay'];

export interface CalendarHandlers {
  datesSet: (info: Calendar.DatesSetInfo) => void;
  select: (info: Calendar.SelectInfo) => void;
  eventClick: (info: Calendar.EventClickInfo) => void;
  eventDrop: (info: Calendar.EventDropInfo) => void;
  eventResize: (info: Calendar.EventResizeInfo) => void;
}

// The views are the page's own tabs (with the list beside them), so the toolbar only moves in time.
const TOOLBAR = { start: 'prev,next today', center: 'title', end: '' };

/** Handlers that keep their identity (the calendar gets them once) and always call the latest ones. */
function useStableHandlers(handlers: CalendarHandlers): CalendarHandlers {
  const latest = useRef(handlers);
  latest.current = handlers;
  return useMemo(
    () => ({
      datesSet: (info) => latest.current.datesSet(info),
      select: (info) => latest.current.select(info),
      eventClick: (info) => latest.current.eventClick(info),
      eventDrop: (info) => latest.current.eventDrop(info),
      eventResize: (info) => latest.current.eventResize(info),
    }),
    [],
  );
}

/** The library's words in the user's language (its buttons and the all-day row). */
function useLanguageOptions() {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      // English here is British English (24-hour clock, day before month).
      locale: i18n.language === 'en' ? 'en-GB' : i18n.language,
      buttonText: {
        today: t('calendar.today'),
        dayGridMonth: t('calendar.month'),
        resourceTimeGridWeek: t('calendar.week'),
        resourceTimeGridDay: t('calendar.day'),
      },
      allDayContent: t('calendar.allDay'),
      noEventsContent: t('calendar.noEvents'),
    }),
    [t, i18n.language],
  );
}

/**
 * Every option of the calendar: the user's week start, their language, today in their time zone,
 * day and week with a column per chosen user, and the handlers of what the user does in it.
 */
export function useCalendarOptions(input: {
  view: CalendarView;
  resources: Calendar.ResourceInput[];
  events: Calendar.EventInput[];
  /** What each entry shows (the type's icon with its title). */
  eventContent: (info: Calendar.EventContentInfo) => Calendar.Content | undefined;
  handlers: CalendarHandlers;
  narrow: boolean;
}): Calendar.Options {
  const { timeZone } = useFormat();
  const firstDay = toWeekStartsOn(useWeekStart());
  const language = useLanguageOptions();
  const handlers = useStableHandlers(input.handlers);
  const [date] = useMemo(() => [todayIn(timeZone)], [timeZone]);
  return {
    ...language,
    ...handlers,
    view: input.view,
    date,
    firstDay,
    headerToolbar: TOOLBAR,
    resources: input.resources,
    events: input.events,
    eventDidMount: describeEvent,
    eventContent: input.eventContent,
    selectable: true,
    editable: true,
    eventResizableFromStart: false,
    dayMaxEvents: true,
    nowIndicator: false,
    scrollTime: '07:00:00',
    height: input.narrow ? '70vh' : '75vh',
    datesAboveResources: false,
  };
}
