/**
 * The calendar library works on the browser's wall clock; Tend shows the USER's time zone. Events
 * go in as wall-clock strings in the user's zone (no offset), and the library's dates come back as
 * Dates whose local fields are that wall clock: these turn one into the other.
 */
import { addDays, pad } from '../../../shared/wall-clock';
import { zonedIso, zonedParts } from '../activities/zoned-time';

/** An instant as the library's wall-clock text in the zone (`2026-11-30T09:30:00`). */
export function toWall(instant: string, timeZone: string): string {
  const { date, time } = zonedParts(instant, timeZone);
  return `${date}T${time}:00`;
}

/** A library date (its local fields are the user's wall clock) as a date and a time. */
export function wallParts(date: Date): { date: string; time: string } {
  return {
    date: `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** A library date as the instant it means in the user's zone (ISO with that zone's offset). */
export function fromWall(date: Date, timeZone: string): string {
  const { date: day, time } = wallParts(date);
  return zonedIso(day, time, timeZone);
}

/** An all-day date as the API stores it: midnight UTC of that date. */
export const allDayInstant = (date: Date) => `${wallParts(date).date}T00:00:00.000Z`;

/**
 * The API window for the library's visible range (its end is exclusive). It starts at midnight UTC
 * of the first day when that comes earlier (zones west of UTC), so all-day activities (stored at
 * midnight UTC) of the first day are found too, except in a month view's six weeks: the API allows
 * 42 days (and an hour), no more.
 */
export function fetchWindow(start: Date, end: Date, timeZone: string): { from: string; to: string } {
  const first = wallParts(start).date;
  const local = zonedIso(first, '00:00', timeZone);
  const utc = `${first}T00:00:00Z`;
  const short = end.getTime() - start.getTime() < 40 * 86_400_000;
  return { from: short && Date.parse(utc) < Date.parse(local) ? utc : local, to: zonedIso(wallParts(end).date, '00:00', timeZone) };
}

/** The first and last dates of the week `today` is in, the week starting on `weekStartsOn` (0 = Sunday). */
export function weekOf(today: string, weekStartsOn: number): { firstDate: string; lastDate: string } {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const firstDate = addDays(today, -((weekday - weekStartsOn + 7) % 7));
  return { firstDate, lastDate: addDays(firstDate, 6) };
}
