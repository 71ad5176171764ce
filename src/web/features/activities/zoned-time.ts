/**
 * Wall-clock dates and times in the USER's time zone (not the browser's), with Intl only.
 * A date is `YYYY-MM-DD`, a time `HH:MM`; instants travel as ISO 8601 with the zone's offset.
 */

import { addDays, offsetMinutesAt, pad, wallClock } from '../../../shared/wall-clock';

export { addDays, offsetMinutesAt };

/** The date and time an instant shows on a wall clock in the zone. */
export function zonedParts(instant: Date | string, timeZone: string): { date: string; time: string } {
  const w = wallClock(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** Today's date in the zone. */
export const todayIn = (timeZone: string, now = new Date()) => zonedParts(now, timeZone).date;

const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * A wall-clock date and time in the zone as ISO 8601 with that zone's offset at that moment
 * (`2026-11-22`, `09:30`, Europe/Copenhagen → `2026-11-22T09:30:00+01:00`). Around a DST change
 * the offset is the one in force at that wall time; a skipped time moves forward.
 */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = (time || '00:00').split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  let offset = offsetMinutesAt(new Date(asUtc), timeZone);
  // The offset at the wall time itself (it may differ from the one at the same UTC reading).
  offset = offsetMinutesAt(new Date(asUtc - offset * 60_000), timeZone);
  return `${date}T${pad(hh)}:${pad(mm)}:00${offsetText(offset)}`;
}

/** An all-day activity's date: it is stored at midnight UTC of its date. */
export const allDayDate = (scheduledAt: string) => scheduledAt.slice(0, 10);

/** Form values (date, optional time, all-day) as the API wants them; no time means all day. */
export function scheduleOf(value: { date: string; time: string; allDay: boolean }, timeZone: string): { scheduledAt: string; allDay: boolean } {
  const allDay = value.allDay || !value.time;
  return { scheduledAt: zonedIso(value.date, allDay ? '00:00' : value.time, timeZone), allDay };
}

/** The form values for an activity's time, on the user's wall clock. */
export function whenOf(scheduledAt: string, allDay: boolean, timeZone: string): { date: string; time: string; allDay: boolean } {
  if (allDay) return { date: allDayDate(scheduledAt), time: '', allDay: true };
  return { ...zonedParts(scheduledAt, timeZone), allDay: false };
}

/** The next full hour on the user's wall clock (a new activity's suggested time). */
export function nextHour(timeZone: string, now = new Date()): { date: string; time: string } {
  return zonedParts(new Date(Math.ceil((now.getTime() + 1) / 3_600_000) * 3_600_000), timeZone);
}
