import type { Bucket, Period } from '../../../shared/todo';
import { addDays, dateText, localDate, offsetSecondsAt, utcMillis, wallClock } from '../../../shared/wall-clock';

export { addDays, localDate };

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export const offsetAt = (instant: Date, timeZone: string): number => offsetSecondsAt(instant, timeZone) * 1000;

/**
 * The first instant of a date in a time zone. Usually local midnight; where a DST change skips
 * midnight (clocks jump 00:00 → 01:00) it is the moment of the jump, and where midnight happens
 * twice it is the first one. A day the zone skipped altogether (Samoa went from 29 to 31 December
 * 2011) lasts no time: it starts where the next day starts.
 */
export function startOfDay(date: string, timeZone: string, skipped = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  const utcMidnight = utcMillis(y, m, d);
  // The offset can differ on either side of a change; try both and keep the earliest that is on `date`.
  const before = offsetAt(new Date(utcMidnight - 36 * 3600_000), timeZone);
  const after = offsetAt(new Date(utcMidnight + 36 * 3600_000), timeZone);
  const candidates = [...new Set([utcMidnight - before, utcMidnight - after, utcMidnight - offsetAt(new Date(utcMidnight), timeZone)])]
    .map((t) => new Date(t))
    .filter((t) => localDate(t, timeZone) === date)
    .sort((a, b) => a.getTime() - b.getTime());
  if (candidates.length > 0) {
    const first = candidates[0];
    const w = wallClock(first, timeZone);
    if (w.hour === 0 && w.minute === 0 && w.second === 0) return first;
    // Midnight was skipped: the day starts at the jump, found by bisection between the previous
    // candidate that was still on the day before and this one.
    let lo = first.getTime() - 3 * 3600_000;
    let hi = first.getTime();
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (localDate(new Date(mid), timeZone) === date) hi = mid;
      else lo = mid;
    }
    return new Date(hi);
  }
  if (skipped < 2) return startOfDay(addDays(date, 1), timeZone, skipped + 1);
  throw new Error(`Cannot find the start of ${date} in ${timeZone}`);
}

/** The date an activity is due on for a viewer: its own date if all-day (stored at midnight UTC), else its local date. */
export function dueDate(activity: { scheduledAt: Date; allDay: boolean }, timeZone: string): string {
  return activity.allDay ? activity.scheduledAt.toISOString().slice(0, 10) : localDate(activity.scheduledAt, timeZone);
}

/** overdue (due before today), today, or future, as seen by a user in `timeZone` at `now`. */
export function bucketOf(activity: { scheduledAt: Date | null; allDay: boolean }, timeZone: string, now: Date): Bucket {
  return bucketerFor(timeZone, now)(activity);
}

/** Further than this from a day boundary, no clock change (at most two hours anywhere) can move an instant across it. */
const BOUNDARY_MARGIN = 3 * 3600_000;

/**
 * `bucketOf` for one viewer at one moment, for a whole page: today's first and last instants are
 * worked out once, so a timed activity is placed by comparing numbers. Intl formatting is slow
 * (two calls per item made it the to-do list's largest CPU cost in the benchmark); only items
 * within hours of a day boundary, where a clock change could matter, take the exact path.
 */
export function bucketerFor(timeZone: string, now: Date): (activity: { scheduledAt: Date | null; allDay: boolean }) => Bucket {
  const today = localDate(now, timeZone);
  const dayStarts = startOfDay(today, timeZone).getTime();
  const dayEnds = startOfDay(addDays(today, 1), timeZone).getTime();
  const byDate = (due: string): Bucket => (due < today ? 'overdue' : due === today ? 'today' : 'future');
  return (activity) => {
    // A task without a deadline is never overdue: it waits after the dated ones.
    if (activity.scheduledAt === null) return 'undated';
    if (activity.allDay) return byDate(activity.scheduledAt.toISOString().slice(0, 10));
    const t = activity.scheduledAt.getTime();
    if (Math.abs(t - dayStarts) < BOUNDARY_MARGIN || Math.abs(t - dayEnds) < BOUNDARY_MARGIN) return byDate(localDate(activity.scheduledAt, timeZone));
    return t < dayStarts ? 'overdue' : t < dayEnds ? 'today' : 'future';
  };
}

/** A half-open range of instants [from, before). */
export interface InstantRange {
  from: Date | null;
  before: Date | null;
}

/** Periods in the user's calendar: this month, this year, or last year and this year. */
export function periodRange(period: Period, timeZone: string, now: Date): InstantRange {
  const today = localDate(now, timeZone);
  const [y, m] = today.split('-').map(Number);
  switch (period) {
    case 'this-month':
      return { from: startOfDay(dateText(y, m, 1), timeZone), before: startOfDay(m === 12 ? dateText(y + 1, 1, 1) : dateText(y, m + 1, 1), timeZone) };
    case 'this-year':
      return { from: startOfDay(dateText(y, 1, 1), timeZone), before: startOfDay(dateText(y + 1, 1, 1), timeZone) };
    case 'last-year-and-this-year':
      return { from: startOfDay(dateText(y - 1, 1, 1), timeZone), before: startOfDay(dateText(y + 1, 1, 1), timeZone) };
  }
}

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * `from`/`to` query values to instants: a date means the caller's whole day (`to` inclusive),
 * a date and time with an offset means that instant (`to` inclusive).
 */
export function queryRange(from: string | undefined, to: string | undefined, timeZone: string): InstantRange {
  const before = to === undefined ? null : isDateOnly(to) ? startOfDay(addDays(to, 1), timeZone) : new Date(new Date(to).getTime() + 1);
  return {
    from: from === undefined ? null : isDateOnly(from) ? startOfDay(from, timeZone) : new Date(from),
    // The end of 9999-12-31 is in year 10000, which the database does not take; no stored time is that late.
    before: before && before.getTime() > LAST_INSTANT ? null : before,
  };
}

/** The last instant a time can have (times are refused outside the years 1000–9999 in UTC). */
export const LAST_INSTANT = utcMillis(9999, 12, 31, 23, 59, 59) + 999;

/** The tighter of two ranges (both must hold). */
export function intersect(a: InstantRange, b: InstantRange): InstantRange {
  const later = (x: Date | null, y: Date | null) => (!x ? y : !y ? x : x > y ? x : y);
  const earlier = (x: Date | null, y: Date | null) => (!x ? y : !y ? x : x < y ? x : y);
  return { from: later(a.from, b.from), before: earlier(a.before, b.before) };
}
