/**
 * Calendar arithmetic in a user's time zone with Intl only (no process TZ, no library), shared by
 * the server (to-do buckets) and the web app (date fields): a user's day is the same on both.
 * A date is a `YYYY-MM-DD` string, which compares correctly as text.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a wall clock in the zone shows at an instant. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/**
 * Date.UTC without its trap: it reads years 0–99 as 1900–1999, so 0050-06-15 would become 1950.
 * Also takes days and months out of range (day 0, day 32), as Date.UTC does.
 */
export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(hour, minute, second, 0);
  return t.getTime();
}

export const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
export const dateText = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The calendar date an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return dateText(w.year, w.month, w.day);
}

/** The zone's offset from UTC at an instant, in seconds (east positive): before 1900 most zones kept local mean time, as odd as -10:29:20. */
export function offsetSecondsAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = utcMillis(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 1000);
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  return Math.round(offsetSecondsAt(instant, timeZone) / 60);
}

/** Adds calendar days to a date (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(utcMillis(y, m, d + days));
  return dateText(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
