import { addDays, localDate, offsetSecondsAt, utcMillis, wallClock } from '../../../shared/wall-clock';

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  const ms = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return utcMillis(y, m, day);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** An activity's date as a template keeps it: days after the export day and the wall-clock time (null for all-day). */
export function relativeDue(scheduledAt: Date | null, allDay: boolean, today: string, timeZone: string): { dayOffset: number | null; time: string | null } {
  if (!scheduledAt) return { dayOffset: null, time: null };
  if (allDay) return { dayOffset: daysBetween(today, scheduledAt.toISOString().slice(0, 10)), time: null };
  const w = wallClock(scheduledAt, timeZone);
  const time = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
  return { dayOffset: daysBetween(today, localDate(scheduledAt, timeZone)), time };
}

/** The instant a wall-clock time on a date has in a zone (the zone's offset looked up twice, so a change of offset that day is met). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = utcMillis(y, m, d, hh, mm);
  const first = guess - offsetSecondsAt(new Date(guess), timeZone) * 1000;
  return new Date(guess - offsetSecondsAt(new Date(first), timeZone) * 1000);
}

/** An imported task's date: `dayOffset` days from the import day (null: no date), at its time in the importer's zone, or all-day at midnight UTC. */
export function absoluteDue(task: { dayOffset: number | null; time?: string | null; allDay?: boolean }, today: string, timeZone: string): Date | null {
  if (task.dayOffset === null) return null;
  const date = addDays(today, task.dayOffset);
  if (task.allDay || !task.time) return new Date(`${date}T00:00:00.000Z`);
  return zonedInstant(date, task.time, timeZone);
}
