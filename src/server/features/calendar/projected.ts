import type { CalendarItem } from '../../../shared/calendar';
import { occurrencesBetween } from '../../../shared/recurrence';
import { localDate } from '../../../shared/wall-clock';
import type { CalendarRow } from './calendar.repository';
import type { CalendarWindow } from './window';

/**
 * At most this many projected entries in one answer, the earliest kept: a daily task in each of
 * thirty calendars would fill a six-week window with 1,260, which no one reads one by one.
 */
export const PROJECTED_MAX = 500;

/** An open occurrence of a series, with the time zone its wall-clock time is kept in. */
export interface OpenSeries {
  row: CalendarRow;
  /** The responsible's time zone (all-day series are kept in UTC, where they are stored). */
  timeZone: string;
}

/** Does an occurrence at `start` lasting `duration` ms overlap the window (as the query's `overlaps` has it)? */
function overlapsWindow(start: number, duration: number, allDay: boolean, w: CalendarWindow): boolean {
  if (allDay) return start < w.dayBefore.getTime() && start + duration >= w.dayFrom.getTime();
  return start < w.before.getTime() && (start + duration > w.from.getTime() || start >= w.from.getTime());
}

/**
 * Occurrence lists by series and window, shared by all answers: rrule-temporal takes a millisecond
 * or more per series and window (Temporal is a polyfill on Node 20), and a calendar asks the same
 * window again after every move, refocus and reload. The lists are pure results of their key.
 */
const remembered = new Map<string, Date[]>();
const REMEMBERED_MAX = 5000;

function remember(key: string, make: () => Date[]): Date[] {
  const found = remembered.get(key);
  if (found) {
    // Least recently used goes first: a hit moves to the end.
    remembered.delete(key);
    remembered.set(key, found);
    return found;
  }
  const made = make();
  remembered.set(key, made);
  if (remembered.size > REMEMBERED_MAX) remembered.delete(remembered.keys().next().value as string);
  return made;
}

/**
 * The series' occurrences that may overlap the window, whatever its open one, then those after the
 * open one (series made from one template share their rule, start and zone, and so their list).
 */
function seriesOccurrences(open: OpenSeries, duration: number, w: CalendarWindow): Date[] {
  const { row } = open;
  const rule = row.recurrence ?? '';
  const start = row.recurrenceStart ?? row.scheduledAt;
  const timeZone = row.allDay ? 'UTC' : open.timeZone;
  const lo = new Date((row.allDay ? w.dayFrom : w.from).getTime() - duration);
  const hi = new Date((row.allDay ? w.dayBefore : w.before).getTime() - 1);
  const key = `${rule}|${start.toISOString()}|${timeZone}|${row.allDay}|${duration}|${lo.toISOString()}|${hi.toISOString()}`;
  const found = remember(key, () => {
    // Asked as if the open one were before the window: those after the open one are kept below.
    const probe = { recurrence: rule, recurrenceStart: start, scheduledAt: new Date(lo.getTime() - 1), allDay: row.allDay, timeZone };
    return occurrencesBetween(probe, lo, hi).filter((at) => overlapsWindow(at.getTime(), duration, row.allDay, w));
  });
  return found.filter((at) => at.getTime() > row.scheduledAt.getTime());
}

/** A coming occurrence: the series' entry (activity or busy time) at its own times, never editable. */
function projectedEntry(series: CalendarItem, open: OpenSeries, at: Date, duration: number): CalendarItem {
  const day = localDate(at, open.row.allDay ? 'UTC' : open.timeZone);
  const own = {
    id: `${open.row.id}:${day}`,
    scheduledAt: at.toISOString(),
    endsAt: open.row.endsAt ? new Date(at.getTime() + duration).toISOString() : null,
    editable: false,
    projected: true as const,
    seriesId: open.row.id,
  };
  if ('busy' in series) return { ...series, ...own };
  // Not a row yet: what the next occurrence will be made with (no note, doneAt, links or reminders).
  return { ...series, ...own, note: null, done: false, doneAt: null, previousActivityId: null, nextActivityId: null, reminders: [] };
}

/**
 * The coming occurrences of each open recurring activity in the window, after the open one (which
 * is in the calendar as itself when it falls there), earliest first, at most PROJECTED_MAX.
 * `entry` makes the series' own calendar entry (busy time for another user's private series).
 */
export function projectOccurrences(series: OpenSeries[], w: CalendarWindow, entry: (row: CalendarRow) => CalendarItem): CalendarItem[] {
  const projected: CalendarItem[] = [];
  for (const open of series) {
    const duration = open.row.endsAt ? Math.max(0, open.row.endsAt.getTime() - open.row.scheduledAt.getTime()) : 0;
    const dates = seriesOccurrences(open, duration, w);
    if (dates.length === 0) continue;
    const own = entry(open.row);
    for (const at of dates) projected.push(projectedEntry(own, open, at, duration));
  }
  return projected.sort(byStart).slice(0, PROJECTED_MAX);
}

/** Calendar order: by start, then id (the query's order). */
export function byStart(a: CalendarItem, b: CalendarItem): number {
  return a.scheduledAt < b.scheduledAt ? -1 : a.scheduledAt > b.scheduledAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
