import { describe, expect, it } from 'vitest';
import { askedWallClock, localDate, wallClock } from './wall-clock';

const HOUR = 3_600_000;
/** Zones whose offsets change in the ways a cache could get wrong. */
const ZONES = [
  'Europe/Copenhagen', // summer time, changes at 01:00 UTC
  'Asia/Jerusalem', // summer time on its own rules
  'America/St_Johns', // half an hour off the hour
  'Asia/Kathmandu', // 5:45, and a 15-minute change in 1986
  'Australia/Lord_Howe', // summer time of half an hour
  'Pacific/Honolulu', // local mean time until 1896: -10:31:26
  'Pacific/Apia', // skipped a whole day in 2011
  'UTC',
];

describe('wallClock', () => {
  it('answers what Intl says for every instant around each change of offset, in every kind of zone', () => {
    for (const zone of ZONES) {
      // Every 7 minutes and 13 seconds over days that hold a change, so instants fall on both sides of it.
      const days = [
        '1896-01-12T00:00:00Z',
        '1986-01-01T00:00:00Z',
        '2011-12-29T00:00:00Z',
        '2026-03-28T12:00:00Z',
        '2026-10-04T00:00:00Z',
        '2026-10-24T12:00:00Z',
      ];
      for (const day of days) {
        const from = Date.parse(day);
        for (let t = from; t < from + 48 * HOUR; t += 433_000) {
          const at = new Date(t + (t % 997)); // and a few milliseconds, as real timestamps have
          expect(wallClock(at, zone), `${zone} ${at.toISOString()}`).toEqual(askedWallClock(at, zone));
        }
      }
    }
  });

  it('shows a Copenhagen evening on the right day on both sides of the autumn change', () => {
    expect(localDate(new Date('2026-10-24T22:30:00Z'), 'Europe/Copenhagen')).toBe('2026-10-25');
    expect(wallClock(new Date('2026-10-25T00:59:59Z'), 'Europe/Copenhagen')).toMatchObject({ hour: 2, minute: 59, second: 59 });
    expect(wallClock(new Date('2026-10-25T01:00:00Z'), 'Europe/Copenhagen')).toMatchObject({ hour: 2, minute: 0, second: 0 });
  });

  it('refuses an unknown zone as Intl does, every time', () => {
    expect(() => wallClock(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => wallClock(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
