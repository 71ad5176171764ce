import { addDays, LAST_INSTANT as LAST_MS, localDate, queryRange } from '../todo/buckets';

/**
 * A calendar window as the query needs it: timed activities overlap [from, before); all-day ones
 * (stored at midnight UTC of their date) overlap the window's dates in the caller's time zone,
 * [dayFrom, dayBefore) in UTC midnights; [lo, hi) bounds both, for the index.
 */
export interface CalendarWindow {
  from: Date;
  before: Date;
  dayFrom: Date;
  dayBefore: Date;
  lo: Date;
  hi: Date;
}

/** The last instant PostgreSQL is given: the window's own bounds stop there (queryRange does the same). */
const LAST_INSTANT = new Date(LAST_MS);

/** Midnight UTC of a date; the last instant for a date past year 9999 (the day after 31 December 9999 east of UTC). */
const utcMidnight = (date: string) => {
  const midnight = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(midnight.getTime()) ? LAST_INSTANT : midnight;
};

/** `from`/`to` as the query took them (dates are the caller's days, `to` included whole). */
export function calendarWindow(fromText: string, toText: string, timeZone: string): CalendarWindow {
  const range = queryRange(fromText, toText, timeZone);
  // Both are set: the query requires them (queryRange leaves a bound null only when absent or past year 9999).
  const from = range.from ?? new Date(fromText);
  const before = range.before ?? LAST_INSTANT;
  const dayFrom = utcMidnight(localDate(from, timeZone));
  const dayBefore = utcMidnight(addDays(localDate(new Date(before.getTime() - 1), timeZone), 1));
  return {
    from,
    before,
    dayFrom,
    dayBefore,
    lo: new Date(Math.min(from.getTime(), dayFrom.getTime())),
    hi: new Date(Math.max(before.getTime(), dayBefore.getTime())),
  };
}
