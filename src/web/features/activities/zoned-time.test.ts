import { describe, expect, it } from 'vitest';
import { addDays, scheduleOf, todayIn, whenOf, zonedIso, zonedParts } from './zoned-time';

/** The user's wall clock, not the machine's (the tests run in UTC). */
describe('zoned time', () => {
  it('writes a wall-clock time with the offset in force in the zone', () => {
    expect(zonedIso('2026-11-22', '09:30', 'Europe/Copenhagen')).toBe('2026-11-22T09:30:00+01:00');
    expect(zonedIso('2026-07-01', '09:30', 'Europe/Copenhagen')).toBe('2026-07-01T09:30:00+02:00');
    expect(zonedIso('2026-11-22', '09:30', 'America/New_York')).toBe('2026-11-22T09:30:00-05:00');
    expect(zonedIso('2026-11-22', '09:30', 'Asia/Kolkata')).toBe('2026-11-22T09:30:00+05:30');
    expect(zonedIso('2026-11-22', '09:30', 'Pacific/Auckland')).toBe('2026-11-22T09:30:00+13:00');
  });

  it('handles the hours around a DST change', () => {
    // Copenhagen, 29 March 2026: 02:00 jumps to 03:00. Before and after keep their own offsets.
    expect(zonedIso('2026-03-29', '01:30', 'Europe/Copenhagen')).toBe('2026-03-29T01:30:00+01:00');
    expect(zonedIso('2026-03-29', '03:30', 'Europe/Copenhagen')).toBe('2026-03-29T03:30:00+02:00');
    // 25 October 2026: 03:00 goes back to 02:00.
    expect(zonedIso('2026-10-25', '12:00', 'Europe/Copenhagen')).toBe('2026-10-25T12:00:00+01:00');
  });

  it('reads an instant back on the same wall clock', () => {
    const iso = zonedIso('2026-11-22', '23:45', 'America/Los_Angeles');
    expect(zonedParts(iso, 'America/Los_Angeles')).toEqual({ date: '2026-11-22', time: '23:45' });
    expect(zonedParts(iso, 'Europe/Copenhagen')).toEqual({ date: '2026-11-23', time: '08:45' });
  });

  it('keeps an all-day date whatever the zone, and no time means all day', () => {
    expect(whenOf('2026-11-22T00:00:00.000Z', true, 'America/Los_Angeles')).toEqual({ date: '2026-11-22', time: '', allDay: true });
    expect(scheduleOf({ date: '2026-11-29', time: '', allDay: false }, 'Pacific/Auckland')).toEqual({ scheduledAt: '2026-11-29T00:00:00+13:00', allDay: true });
    expect(scheduleOf({ date: '2026-11-29', time: '10:00', allDay: false }, 'Europe/Copenhagen')).toEqual({
      scheduledAt: '2026-11-29T10:00:00+01:00',
      allDay: false,
    });
  });

  it('knows today in the zone and counts calendar days', () => {
    const now = new Date('2026-11-22T23:30:00Z');
    expect(todayIn('Europe/Copenhagen', now)).toBe('2026-11-23');
    expect(todayIn('America/New_York', now)).toBe('2026-11-22');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
