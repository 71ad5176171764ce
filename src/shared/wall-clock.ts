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

/** What a wall clock in the zone shows at an instant, as Intl says it. */
export function askedWallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const QUARTER_HOUR = 15 * 60_000;
/** Years 1000–9999: Intl's 'numeric' year of earlier instants is not the proleptic year Date gives. */
const KEPT_FROM = Date.UTC(1000, 0, 1);
const KEPT_UNTIL = Date.UTC(9999, 11, 31);
/**
 * Per zone: a quarter hour's number → the zone's offset throughout it in ms, NaN when it changes
 * within it, or ASKED_ONCE when one instant in it has been asked (kept from the second on: a list
 * of dates years apart would otherwise pay two look-ups for each instead of one).
 */
const quarterOffsets = new Map<string, Map<number, number>>();
const ASKED_ONCE = Number.POSITIVE_INFINITY;
const KEPT_PER_ZONE = 4096;

const offsetAt = (at: number, timeZone: string) => {
  const w = askedWallClock(new Date(at), timeZone);
  return utcMillis(w.year, w.month, w.day, w.hour, w.minute, w.second) - at;
};

/**
 * The zone's offset throughout the quarter hour `t` falls in; NaN when it is not known (yet).
 * Kept per quarter hour: an export or a calendar asks the wall clock of thousands of instants, and
 * formatToParts costs microseconds each (a tenth of an XLSX export's time). A quarter hour whose
 * first and last second have the same offset has it throughout (no zone changes its offset twice
 * within one, and changes fall on whole seconds); one with a change in it is asked instant by instant.
 */
function quarterOffset(t: number, timeZone: string): number {
  const quarter = Math.floor(t / QUARTER_HOUR);
  // An unknown zone throws here (Intl refuses it), before anything is kept for it.
  const zone = quarterOffsets.get(timeZone) ?? (formatterFor(timeZone) && new Map<number, number>());
  const known = zone.get(quarter);
  if (known !== undefined && known !== ASKED_ONCE) return known;
  let offset = ASKED_ONCE;
  if (known === ASKED_ONCE) {
    const start = quarter * QUARTER_HOUR;
    const first = offsetAt(start, timeZone);
    offset = first === offsetAt(start + QUARTER_HOUR - 1000, timeZone) ? first : Number.NaN;
  }
  // A long-running server sees many instants: forget rather than grow.
  if (zone.size >= KEPT_PER_ZONE) zone.clear();
  quarterOffsets.set(timeZone, zone.set(quarter, offset));
  return offset === ASKED_ONCE ? Number.NaN : offset;
}

/** What a wall clock in the zone shows at an instant (the same answer as askedWallClock, faster). */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const t = instant.getTime();
  const offset = t >= KEPT_FROM && t < KEPT_UNTIL ? quarterOffset(t, timeZone) : Number.NaN;
  if (Number.isNaN(offset)) return askedWallClock(instant, timeZone);
  const local = new Date(t + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
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
