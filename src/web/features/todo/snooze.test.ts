import { describe, expect, it } from 'vitest';
import { nextMonday, snoozeTo } from './snooze';

const ZONE = 'Europe/Copenhagen';
// Monday 30 November 2026, 13:20 in Copenhagen.
const NOW = new Date('2026-11-30T12:20:00Z');
const call = { scheduledAt: '2026-11-27T09:00:00.000Z', allDay: false }; // 10:00 in Copenhagen

describe('snoozing', () => {
  it.each([
    ['2026-11-30', '2026-12-07'], // a Monday: the next one
    ['2026-12-01', '2026-12-07'],
    ['2026-12-05', '2026-12-07'],
    ['2026-12-06', '2026-12-07'], // a Sunday: tomorrow
  ])('next week after %s starts on %s', (today, monday) => {
    expect(nextMonday(today)).toBe(monday);
  });

  it.each([
    ['later' as const, call, { scheduledAt: '2026-11-30T17:00:00+01:00', allDay: false }],
    ['tomorrow' as const, call, { scheduledAt: '2026-12-01T10:00:00+01:00', allDay: false }],
    ['nextWeek' as const, call, { scheduledAt: '2026-12-07T10:00:00+01:00', allDay: false }],
    [{ date: '2027-01-04' }, call, { scheduledAt: '2027-01-04T10:00:00+01:00', allDay: false }],
    ['tomorrow' as const, { scheduledAt: '2026-11-27T00:00:00.000Z', allDay: true }, { scheduledAt: '2026-12-01T00:00:00+01:00', allDay: true }],
    ['tomorrow' as const, null, { scheduledAt: '2026-12-01T00:00:00+01:00', allDay: true }],
  ])('%j moves %j to %j', (choice, activity, expected) => {
    expect(snoozeTo(choice, activity, ZONE, NOW)).toEqual(expected);
  });
});
