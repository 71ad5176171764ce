import { describe, expect, it } from 'vitest';
import { firstOccurrence, nextOccurrence, occurrencesBetween, ruleProblem, upcoming } from './recurrence';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('nextOccurrence', () => {
  const cases: { name: string; rule: string; start: string; timeZone: string; after: string; next: string | null }[] = [
    // RFC 5545: a month without a 31st has no occurrence (BYMONTHDAY=-1 is "the last day").
    {
      name: 'monthly on the 31st skips short months',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=31',
      start: '2026-01-31T08:00:00Z',
      timeZone: 'Europe/Copenhagen',
      after: '2026-01-31T08:00:00Z',
      next: '2026-03-31T07:00:00Z',
    },
    {
      name: 'monthly on the last day',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
      start: '2026-01-31T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-01-31T00:00:00Z',
      next: '2026-02-28T00:00:00Z',
    },
    {
      name: 'last weekday of the month',
      rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      start: '2026-01-30T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-01-30T00:00:00Z',
      next: '2026-02-27T00:00:00Z',
    },
    {
      name: 'last weekday when the month ends on a Sunday',
      rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      start: '2026-04-30T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-04-30T00:00:00Z',
      next: '2026-05-29T00:00:00Z',
    },
    // 09:00 in Copenhagen is 08:00Z in winter and 07:00Z in summer (DST began 29 March 2026).
    {
      name: 'weekly across DST in Copenhagen keeps 09:00',
      rule: 'FREQ=WEEKLY',
      start: '2026-03-23T08:00:00Z',
      timeZone: 'Europe/Copenhagen',
      after: '2026-03-23T08:00:00Z',
      next: '2026-03-30T07:00:00Z',
    },
    {
      name: 'daily across the autumn change in Copenhagen',
      rule: 'FREQ=DAILY',
      start: '2026-10-24T07:00:00Z',
      timeZone: 'Europe/Copenhagen',
      after: '2026-10-24T07:00:00Z',
      next: '2026-10-25T08:00:00Z',
    },
    // Israel: DST began Friday 27 March 2026 (09:00 is 07:00Z before, 06:00Z after).
    {
      name: 'weekly across DST in Jerusalem keeps 09:00',
      rule: 'FREQ=WEEKLY;BYDAY=SU',
      start: '2026-03-22T07:00:00Z',
      timeZone: 'Asia/Jerusalem',
      after: '2026-03-22T07:00:00Z',
      next: '2026-03-29T06:00:00Z',
    },
    {
      name: 'every 2 weeks on Monday and Thursday',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      start: '2026-11-02T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-11-05T00:00:00Z',
      next: '2026-11-16T00:00:00Z',
    },
    {
      name: 'UNTIL ends the series',
      rule: 'FREQ=MONTHLY;UNTIL=20260301T000000Z',
      start: '2026-01-15T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-02-15T00:00:00Z',
      next: null,
    },
    {
      name: 'UNTIL includes its own day',
      rule: 'FREQ=MONTHLY;UNTIL=20260315T000000Z',
      start: '2026-01-15T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-02-15T00:00:00Z',
      next: '2026-03-15T00:00:00Z',
    },
    {
      name: 'COUNT counts the first occurrence',
      rule: 'FREQ=MONTHLY;COUNT=3',
      start: '2026-01-15T00:00:00Z',
      timeZone: 'UTC',
      after: '2026-02-15T00:00:00Z',
      next: '2026-03-15T00:00:00Z',
    },
    { name: 'COUNT ends the series', rule: 'FREQ=MONTHLY;COUNT=3', start: '2026-01-15T00:00:00Z', timeZone: 'UTC', after: '2026-03-15T00:00:00Z', next: null },
  ];
  it.each(cases)('$name', ({ rule, start, timeZone, after, next }) => {
    expect(iso(nextOccurrence({ rule, start: new Date(start), timeZone }, new Date(after)))).toBe(next && new Date(next).toISOString());
  });
});

describe('ruleProblem', () => {
  it.each([
    ['FREQ=MONTHLY;BYMONTHDAY=-1', null],
    ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5', null],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY=32 is not valid'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY=0 is not valid'],
    ['FREQ=HOURLY', 'FREQ=HOURLY is not valid'],
    ['BYDAY=MO', 'The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=DAILY;COUNT=x', 'COUNT=X is not valid'],
    ['FREQ=DAILY;COUNT=2;UNTIL=20270101', 'COUNT and UNTIL cannot both be set'],
    ['FREQ=DAILY;BYHOUR=9', "BYHOUR is not supported in a task's rule"],
  ])('%s', (rule, problem) => expect(ruleProblem(rule)).toBe(problem));
});

describe('series helpers', () => {
  it('starts a series on the first date the rule picks', () => {
    expect(iso(firstOccurrence('FREQ=MONTHLY;BYMONTHDAY=-1', new Date('2026-02-10T00:00:00Z'), 'UTC'))).toBe('2026-02-28T00:00:00.000Z');
  });
  it('previews the next dates', () => {
    const dates = upcoming(
      { rule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: new Date('2026-01-31T00:00:00Z'), timeZone: 'UTC' },
      new Date('2026-01-31T00:00:00Z'),
      3,
    );
    expect(dates.map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });
  it('projects the coming occurrences of an open task inside a window, not the task itself', () => {
    const task = { recurrence: 'FREQ=WEEKLY', scheduledAt: '2026-03-23T08:00:00.000Z', allDay: false, timeZone: 'Europe/Copenhagen' };
    const dates = occurrencesBetween(task, new Date('2026-03-01T00:00:00Z'), new Date('2026-04-10T00:00:00Z'));
    expect(dates.map((d) => d.toISOString())).toEqual(['2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z']);
    expect(occurrencesBetween({ ...task, done: true }, new Date('2026-03-01T00:00:00Z'), new Date('2026-04-10T00:00:00Z'))).toEqual([]);
    expect(occurrencesBetween({ ...task, recurrence: 'FREQ=WEEKLY;COUNT=2' }, new Date('2026-04-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'))).toEqual([]);
  });
});
