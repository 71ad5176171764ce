import { addDays, scheduleOf, todayIn, zonedParts } from '../activities/zoned-time';

/** Where a snooze moves an activity: later today, tomorrow, next Monday, or a picked date. */
export type SnoozeChoice = 'later' | 'tomorrow' | 'nextWeek' | { date: string };

/** What a snooze sends: the new time, in the shape PATCH /activities/{id} and the bulk reschedule take. */
export interface Schedule {
  scheduledAt: string;
  allDay: boolean;
}

/** Hours ahead that "later today" means, rounded up to the next full hour. */
const LATER_HOURS = 3;

/** The date of next Monday (ISO weekday 1) after `today`, a `YYYY-MM-DD` wall-clock date. */
export function nextMonday(today: string): string {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(today, (8 - weekday) % 7 || 7);
}

/** The wall-clock date a choice lands on (later today: today). */
export function snoozeDate(choice: SnoozeChoice, timeZone: string, now = new Date()): string {
  const today = todayIn(timeZone, now);
  if (choice === 'later') return today;
  if (choice === 'tomorrow') return addDays(today, 1);
  if (choice === 'nextWeek') return nextMonday(today);
  return choice.date;
}

/**
 * The new time for one activity. Later today is a few hours from now on the hour; a day keeps
 * the activity's own time of day (an all-day one stays all-day), so a 10:00 call stays at 10:00.
 */
export function snoozeTo(choice: SnoozeChoice, activity: { scheduledAt: string; allDay: boolean } | null, timeZone: string, now = new Date()): Schedule {
  if (choice === 'later') {
    const hour = Math.ceil((now.getTime() + LATER_HOURS * 3_600_000) / 3_600_000) * 3_600_000;
    return scheduleOf({ ...zonedParts(new Date(hour), timeZone), allDay: false }, timeZone);
  }
  const date = snoozeDate(choice, timeZone, now);
  const time = activity && !activity.allDay ? zonedParts(activity.scheduledAt, timeZone).time : '';
  return scheduleOf({ date, time, allDay: !time }, timeZone);
}
