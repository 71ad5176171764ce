import type { Calendar } from '@event-calendar/core';
import type { ActivityType } from '../../../shared/activities';
import type { CalendarItem, CalendarUser } from './calendar-api';
import { addDays } from '../../../shared/wall-clock';
import { toWall } from './calendar-time';

const COLOR = /^#[0-9a-f]{3,8}$/i;
const safeColor = (color: string | null | undefined, fallback: string) => (color && COLOR.test(color) ? color : fallback);
const BUSY_GREY = '#9ca3af';

/** The chosen users as the library's resources (a column each in day and week), in their own colours. */
export function toResources(users: CalendarUser[]): Calendar.ResourceInput[] {
  return users.map((user) => ({ id: user.userId, title: user.name, extendedProps: { color: safeColor(user.color, '#64748b') } }));
}

interface EventContext {
  timeZone: string;
  typeOf: (id: string) => ActivityType | undefined;
  busyLabel: string;
  /** What a projected entry (a recurring task's coming occurrence) is called on hover and to a screen reader. */
  plannedLabel: string;
  /** Whose calendars the caller may change (access `edit`). */
  editable: Set<string>;
}

/** An activity's end on the wall clock: its own, else an hour after (a point in time still shows as a block). */
function endOf(item: CalendarItem, timeZone: string): string {
  if (item.endsAt) return toWall(item.endsAt, timeZone);
  return toWall(new Date(Date.parse(item.scheduledAt) + 3_600_000).toISOString(), timeZone);
}

/** Classes that say what an entry is: busy time, done, a projected occurrence. */
function classesOf(item: CalendarItem): string[] {
  return ['cal-event', item.busy ? 'cal-busy' : '', item.done ? 'cal-done' : '', item.projected ? 'cal-projected' : ''].filter(Boolean);
}

/**
 * The API's items as the library's events: all-day ones by their date (in the all-day row), the
 * others on the user's wall clock; each in the column of every chosen user it sits with. Busy time
 * is grey and says only "busy"; only an entry all of whose columns the caller may edit moves.
 */
export function toEvents(items: CalendarItem[], context: EventContext): Calendar.EventInput[] {
  return items.map((item) => {
    const type = item.typeId ? context.typeOf(item.typeId) : undefined;
    const allDay = item.allDay;
    // The server says whether the caller may change it; without that word, by the columns' access.
    const mayEdit = !item.busy && !item.projected && (item.editable ?? item.calendarUserIds.every((id) => context.editable.has(id)));
    const title = item.busy ? context.busyLabel : `${type?.name ? `${type.name}: ` : ''}${item.subject ?? ''}`;
    return {
      id: item.id,
      resourceIds: item.calendarUserIds,
      allDay,
      start: allDay ? item.scheduledAt.slice(0, 10) : toWall(item.scheduledAt, context.timeZone),
      end: allDay ? addDays((item.endsAt ?? item.scheduledAt).slice(0, 10), 1) : endOf(item, context.timeZone),
      title,
      backgroundColor: item.busy ? BUSY_GREY : safeColor(type?.color, '#64748b'),
      // Each of the three: the library's own defaults of eventStartEditable and eventDurationEditable
      // (true) outrank an event's `editable`, which alone left busy and projected entries draggable.
      editable: mayEdit,
      startEditable: mayEdit,
      durationEditable: mayEdit,
      classNames: classesOf(item),
      extendedProps: { item, icon: type?.icon ?? 'circle', label: item.projected ? `${context.plannedLabel}: ${title}` : undefined },
    };
  });
}

/**
 * The library shows an entry's title only: a projected one also says what it is, as a tooltip and
 * as its accessible name (the entry is a button when clicking opens something).
 */
export function describeEvent(info: Calendar.EventDidMountInfo): void {
  const label = info.event.extendedProps.label;
  if (typeof label !== 'string') return;
  info.el.title = label;
  info.el.setAttribute('aria-label', label);
}
