import { RRuleTemporal } from 'rrule-temporal';
import { pad, wallClock } from './wall-clock';

/**
 * Recurring tasks (RFC 5545 RRULE), as pure rules: a series is its rule (without DTSTART, as the API
 * stores it), the instant of its first occurrence and the time zone its wall-clock time is kept in
 * (the responsible user's; all-day tasks use UTC, where they are stored at midnight). rrule-temporal
 * does the calendar arithmetic with Temporal, so DST shifts keep the wall-clock time.
 */

export interface Series {
  rule: string;
  /** The first occurrence (DTSTART): COUNT counts from it. */
  start: Date;
  timeZone: string;
}

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const DAY = /^(?:[+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const PART_CHECKS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => (FREQS as readonly string[]).includes(v),
  INTERVAL: (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1,
  COUNT: (v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 1000,
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v),
  BYDAY: (v) => v.split(',').every((d) => DAY.test(d)),
  BYMONTHDAY: (v) => v.split(',').every((d) => /^-?\d{1,2}$/.test(d) && Number(d) !== 0 && Math.abs(Number(d)) <= 31),
  BYSETPOS: (v) => v.split(',').every((d) => /^-?\d{1,3}$/.test(d) && Number(d) !== 0 && Math.abs(Number(d)) <= 366),
  BYMONTH: (v) => v.split(',').every((d) => /^\d{1,2}$/.test(d) && Number(d) >= 1 && Number(d) <= 12),
  WKST: (v) => /^(MO|TU|WE|TH|FR|SA|SU)$/.test(v),
};

/** The rule's parts by name (`FREQ=MONTHLY;BYMONTHDAY=-1` → {FREQ: 'MONTHLY', BYMONTHDAY: '-1'}); an `RRULE:` prefix is allowed. */
export function ruleParts(rule: string): Record<string, string> {
  const body = rule.trim().replace(/^RRULE:/i, '');
  return Object.fromEntries(
    body
      .split(';')
      .filter((p) => p !== '')
      .map((p) => {
        const [name, ...value] = p.split('=');
        return [name.toUpperCase(), value.join('=').toUpperCase()];
      }),
  );
}

/** Why a rule cannot be used (a message naming the part), or null when it is fine. */
export function ruleProblem(rule: string): string | null {
  if (rule.length > 500) return 'The rule is too long';
  const parts = ruleParts(rule);
  if (!parts.FREQ) return 'The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)';
  for (const [name, value] of Object.entries(parts)) {
    const check = PART_CHECKS[name];
    if (!check) return `${name} is not supported in a task's rule`;
    if (!check(value)) return `${name}=${value} is not valid`;
  }
  if (parts.COUNT && parts.UNTIL) return 'COUNT and UNTIL cannot both be set';
  try {
    seriesRule({ rule: normalRule(rule), start: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC' }).next(new Date('2026-01-01T00:00:00Z'), true);
  } catch (error) {
    return error instanceof Error ? error.message : 'Not a valid rule';
  }
  return null;
}

/** The rule as stored: parts upper-cased, without the `RRULE:` prefix. */
export function normalRule(rule: string): string {
  return Object.entries(ruleParts(rule))
    .map(([name, value]) => `${name}=${value}`)
    .join(';');
}

/** DTSTART as RFC 5545 local time in the series' zone (`20260131T090000`). */
function localStamp(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function seriesRule(series: Series, includeDtstart = true): RRuleTemporal {
  const dtstart =
    series.timeZone === 'UTC' ? `DTSTART:${localStamp(series.start, 'UTC')}Z` : `DTSTART;TZID=${series.timeZone}:${localStamp(series.start, series.timeZone)}`;
  // The first occurrence is DTSTART even if the rule would not pick it (RFC 5545 counts it for COUNT).
  return new RRuleTemporal({ rruleString: `${dtstart}\nRRULE:${normalRule(series.rule)}`, includeDtstart, strict: true });
}

/** The series' next occurrence strictly after `after`, or null when the rule has ended (UNTIL/COUNT). */
export function nextOccurrence(series: Series, after: Date): Date | null {
  const next = seriesRule(series).next(after, false);
  return next ? new Date(next.epochMilliseconds) : null;
}

/** The series' first occurrence on or after `from` (where a new series starts), or null. */
export function firstOccurrence(rule: string, from: Date, timeZone: string): Date | null {
  const next = seriesRule({ rule, start: from, timeZone }, false).next(from, true);
  return next ? new Date(next.epochMilliseconds) : null;
}

/** The first `n` occurrences after `after` (a form's preview). */
export function upcoming(series: Series, after: Date, n: number): Date[] {
  const found: Date[] = [];
  for (let at: Date | null = after; found.length < n; ) {
    at = nextOccurrence(series, at);
    if (!at) break;
    found.push(at);
  }
  return found;
}

/** What the calendar needs of a recurring activity to project its coming occurrences. */
export interface RecurringActivity {
  recurrence: string | null;
  /** The series' first occurrence (the activity's own `scheduledAt` when unknown). */
  recurrenceStart?: Date | string | null;
  scheduledAt: Date | string | null;
  allDay: boolean;
  done?: boolean;
  /** The responsible user's time zone (ignored for all-day activities). */
  timeZone: string;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/**
 * The occurrences of an open recurring activity's series after the activity itself, in [from, to]:
 * the calendar shows them as projected entries (they are not rows until the one before is done).
 * The rule is built once and asked for the whole window (asking `next` occurrence by occurrence
 * walked the series from its start each time: a few ms per occurrence).
 */
export function occurrencesBetween(activity: RecurringActivity, from: Date, to: Date, limit = 400): Date[] {
  if (!activity.recurrence || !activity.scheduledAt || activity.done) return [];
  const current = asDate(activity.scheduledAt);
  const series: Series = {
    rule: activity.recurrence,
    start: asDate(activity.recurrenceStart ?? current),
    timeZone: activity.allDay ? 'UTC' : activity.timeZone,
  };
  // Strictly after the open one: it is a row of its own (and may have been moved off the rule).
  const lower = Math.max(from.getTime(), current.getTime() + 1);
  if (lower > to.getTime()) return [];
  return seriesRule(series)
    .between(new Date(lower), to, true)
    .map((at) => new Date(at.epochMilliseconds))
    .filter((at) => at.getTime() >= lower && at.getTime() <= to.getTime())
    .slice(0, limit);
}
