import { describe, expect, it } from 'vitest';
import { addDays, bucketerFor, bucketOf, dueDate, intersect, localDate, offsetAt, periodRange, queryRange, startOfDay } from './buckets';

const at = (s: string) => new Date(s);
const timed = (s: string) => ({ scheduledAt: at(s), allDay: false });
const allDay = (date: string) => ({ scheduledAt: at(`${date}T00:00:00Z`), allDay: true });

describe('localDate and offsets', () => {
  it.each([
    ['2026-11-22T23:30:00Z', 'Europe/Copenhagen', '2026-11-23'],
    ['2026-11-22T22:59:59Z', 'Europe/Copenhagen', '2026-11-22'],
    ['2026-11-22T07:59:00Z', 'America/Los_Angeles', '2026-11-21'],
    ['2026-11-22T08:00:00Z', 'America/Los_Angeles', '2026-11-22'],
    ['2026-11-22T10:59:00Z', 'Pacific/Auckland', '2026-11-22'],
    ['2026-11-22T11:00:00Z', 'Pacific/Auckland', '2026-11-23'],
    ['2026-11-22T21:59:00Z', 'Asia/Jerusalem', '2026-11-22'],
    ['2026-11-22T22:00:00Z', 'Asia/Jerusalem', '2026-11-23'],
    ['2026-12-31T23:00:00Z', 'Europe/Copenhagen', '2027-01-01'],
  ])('%s in %s is %s', (instant, zone, date) => {
    expect(localDate(at(instant), zone)).toBe(date);
  });

  it('knows summer and winter offsets', () => {
    expect(offsetAt(at('2026-07-01T12:00:00Z'), 'Europe/Copenhagen')).toBe(2 * 3600_000);
    expect(offsetAt(at('2026-01-01T12:00:00Z'), 'Europe/Copenhagen')).toBe(3600_000);
    expect(offsetAt(at('2026-07-01T12:00:00Z'), 'America/Los_Angeles')).toBe(-7 * 3600_000);
    expect(offsetAt(at('2026-07-01T12:00:00Z'), 'Pacific/Auckland')).toBe(12 * 3600_000);
    expect(offsetAt(at('2026-01-01T12:00:00Z'), 'Pacific/Auckland')).toBe(13 * 3600_000);
    expect(offsetAt(at('2026-05-01T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3600_000);
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('startOfDay', () => {
  it.each([
    ['2026-11-22', 'Europe/Copenhagen', '2026-11-21T23:00:00.000Z'],
    ['2026-07-01', 'Europe/Copenhagen', '2026-06-30T22:00:00.000Z'],
    // DST change days in Copenhagen: clocks change at 02:00/03:00, midnight exists once.
    ['2026-03-29', 'Europe/Copenhagen', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Copenhagen', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Copenhagen', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', 'Europe/Copenhagen', '2026-10-25T23:00:00.000Z'],
    ['2026-03-08', 'America/Los_Angeles', '2026-03-08T08:00:00.000Z'],
    ['2026-03-09', 'America/Los_Angeles', '2026-03-09T07:00:00.000Z'],
    ['2026-11-01', 'America/Los_Angeles', '2026-11-01T07:00:00.000Z'],
    ['2026-11-02', 'America/Los_Angeles', '2026-11-02T08:00:00.000Z'],
    ['2026-09-27', 'Pacific/Auckland', '2026-09-26T12:00:00.000Z'],
    ['2026-09-28', 'Pacific/Auckland', '2026-09-27T11:00:00.000Z'],
    ['2026-04-05', 'Pacific/Auckland', '2026-04-04T11:00:00.000Z'],
    ['2026-04-06', 'Pacific/Auckland', '2026-04-05T12:00:00.000Z'],
    ['2026-03-27', 'Asia/Jerusalem', '2026-03-26T22:00:00.000Z'],
    ['2026-03-28', 'Asia/Jerusalem', '2026-03-27T21:00:00.000Z'],
    ['2026-10-25', 'Asia/Jerusalem', '2026-10-24T21:00:00.000Z'],
    ['2026-10-26', 'Asia/Jerusalem', '2026-10-25T22:00:00.000Z'],
  ])('%s in %s starts at %s', (date, zone, instant) => {
    expect(startOfDay(date, zone).toISOString()).toBe(instant);
  });

  it('starts a day whose midnight is skipped at the jump (Santiago, Havana style)', () => {
    // Chile moves clocks from 00:00 to 01:00 on the first Sunday of September.
    const start = startOfDay('2026-09-06', 'America/Santiago');
    expect(localDate(start, 'America/Santiago')).toBe('2026-09-06');
    expect(localDate(new Date(start.getTime() - 1000), 'America/Santiago')).toBe('2026-09-05');
  });

  it('is the first instant of the date in every zone on every day of a year', () => {
    for (const zone of ['Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Jerusalem', 'America/Santiago']) {
      for (let date = '2026-01-01'; date < '2027-01-01'; date = addDays(date, 1)) {
        const start = startOfDay(date, zone);
        expect(localDate(start, zone)).toBe(date);
        expect(localDate(new Date(start.getTime() - 1000), zone)).toBe(addDays(date, -1));
      }
    }
  });
});

describe('bucketOf', () => {
  const now = at('2026-11-22T10:00:00Z');
  it.each([
    ['Europe/Copenhagen', '2026-11-21T22:59:00Z', 'overdue'],
    ['Europe/Copenhagen', '2026-11-21T23:00:00Z', 'today'],
    ['Europe/Copenhagen', '2026-11-22T22:59:00Z', 'today'],
    ['Europe/Copenhagen', '2026-11-22T23:00:00Z', 'future'],
    ['Europe/Copenhagen', '2026-11-22T09:00:00Z', 'today'],
    // West of UTC: 07:00Z on the 22nd is 23:00 on the 21st in Los Angeles.
    ['America/Los_Angeles', '2026-11-22T07:00:00Z', 'overdue'],
    ['America/Los_Angeles', '2026-11-22T08:00:00Z', 'today'],
    ['America/Los_Angeles', '2026-11-23T07:59:00Z', 'today'],
    ['America/Los_Angeles', '2026-11-23T08:00:00Z', 'future'],
    // East of UTC: Auckland is already on the 22nd at 23:00.
    ['Pacific/Auckland', '2026-11-21T10:59:00Z', 'overdue'],
    ['Pacific/Auckland', '2026-11-21T11:00:00Z', 'today'],
    ['Pacific/Auckland', '2026-11-22T10:59:00Z', 'today'],
    ['Pacific/Auckland', '2026-11-22T11:00:00Z', 'future'],
    ['Asia/Jerusalem', '2026-11-21T21:59:00Z', 'overdue'],
    ['Asia/Jerusalem', '2026-11-21T22:00:00Z', 'today'],
    ['Asia/Jerusalem', '2026-11-22T22:00:00Z', 'future'],
  ])('in %s, %s is %s', (zone, due, bucket) => {
    expect(bucketOf(timed(due), zone, now)).toBe(bucket);
  });

  it('puts all-day activities on their own date whoever looks', () => {
    for (const zone of ['Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Jerusalem']) {
      const today = localDate(now, zone);
      expect(bucketOf(allDay(today), zone, now)).toBe('today');
      expect(bucketOf(allDay(addDays(today, -1)), zone, now)).toBe('overdue');
      expect(bucketOf(allDay(addDays(today, 1)), zone, now)).toBe('future');
      expect(dueDate(allDay('2026-11-22'), zone)).toBe('2026-11-22');
    }
  });

  it('handles the DST change days in Copenhagen', () => {
    // 2026-03-29: 02:00 becomes 03:00. At 23:30 local (21:30Z) an item due 00:30 local (23:30Z the 28th) is today.
    const spring = at('2026-03-29T21:30:00Z');
    expect(bucketOf(timed('2026-03-28T23:30:00Z'), 'Europe/Copenhagen', spring)).toBe('today');
    expect(bucketOf(timed('2026-03-28T22:30:00Z'), 'Europe/Copenhagen', spring)).toBe('overdue');
    expect(bucketOf(timed('2026-03-29T22:00:00Z'), 'Europe/Copenhagen', spring)).toBe('future');
    // 2026-10-25: 03:00 becomes 02:00; the day has 25 hours, 22:00Z the 25th is 23:00 local, still today.
    const autumn = at('2026-10-25T01:30:00Z');
    expect(bucketOf(timed('2026-10-25T22:59:00Z'), 'Europe/Copenhagen', autumn)).toBe('today');
    expect(bucketOf(timed('2026-10-25T23:00:00Z'), 'Europe/Copenhagen', autumn)).toBe('future');
    expect(bucketOf(timed('2026-10-24T21:59:00Z'), 'Europe/Copenhagen', autumn)).toBe('overdue');
  });

  it('places every item as comparing its local date with today would, around clock changes too (the fast path is exact)', () => {
    const zones = [
      'Europe/Copenhagen',
      'America/Los_Angeles',
      'Pacific/Auckland',
      'Asia/Jerusalem',
      'America/Santiago',
      'America/Havana',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ];
    const nows = [
      '2026-03-29T00:30:00Z',
      '2026-03-29T21:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-11-01T08:00:00Z',
      '2026-04-05T12:00:00Z',
      '2026-09-06T03:30:00Z',
      '2026-11-22T10:00:00Z',
    ];
    for (const zone of zones) {
      for (const n of nows) {
        const now = at(n);
        const bucket = bucketerFor(zone, now);
        // Every 20 minutes from two days before to two days after `now`.
        for (let t = now.getTime() - 2 * 86_400_000; t <= now.getTime() + 2 * 86_400_000; t += 20 * 60_000) {
          const item = { scheduledAt: new Date(t), allDay: false };
          const due = localDate(item.scheduledAt, zone);
          const today = localDate(now, zone);
          const expected = due < today ? 'overdue' : due === today ? 'today' : 'future';
          expect(bucket(item), `${zone} now=${n} item=${item.scheduledAt.toISOString()}`).toBe(expected);
        }
      }
    }
  });

  it('gives one activity different buckets east and west of UTC', () => {
    const item = timed('2026-11-22T09:00:00Z');
    const now2 = at('2026-11-22T09:30:00Z');
    expect(bucketOf(item, 'Pacific/Auckland', now2)).toBe('today'); // 22:00 on the 22nd
    expect(bucketOf(item, 'America/Los_Angeles', now2)).toBe('today'); // 01:00 on the 22nd
    const late = at('2026-11-22T12:00:00Z'); // Auckland: 01:00 on the 23rd
    expect(bucketOf(item, 'Pacific/Auckland', late)).toBe('overdue');
    expect(bucketOf(item, 'America/Los_Angeles', late)).toBe('today');
  });
});

describe('periods and query ranges', () => {
  const now = at('2026-11-22T10:00:00Z');
  it('resolves periods in the user time zone', () => {
    expect(periodRange('this-month', 'Europe/Copenhagen', now)).toEqual({ from: at('2026-10-31T23:00:00Z'), before: at('2026-11-30T23:00:00Z') });
    expect(periodRange('this-year', 'America/Los_Angeles', now)).toEqual({ from: at('2026-01-01T08:00:00Z'), before: at('2027-01-01T08:00:00Z') });
    expect(periodRange('last-year-and-this-year', 'Pacific/Auckland', now)).toEqual({ from: at('2024-12-31T11:00:00Z'), before: at('2026-12-31T11:00:00Z') });
    // New Year's Eve in UTC is already next year in Auckland.
    expect(periodRange('this-year', 'Pacific/Auckland', at('2026-12-31T12:00:00Z')).from).toEqual(at('2026-12-31T11:00:00Z'));
    expect(periodRange('this-month', 'Asia/Jerusalem', at('2026-12-15T00:00:00Z'))).toEqual({
      from: at('2026-11-30T22:00:00Z'),
      before: at('2026-12-31T22:00:00Z'),
    });
  });

  it('reads dates as whole days and date-times as instants, to inclusive', () => {
    expect(queryRange('2026-11-01', '2026-11-30', 'Europe/Copenhagen')).toEqual({ from: at('2026-10-31T23:00:00Z'), before: at('2026-11-30T23:00:00Z') });
    expect(queryRange('2026-11-01T08:00:00+01:00', '2026-11-01T09:00:00+01:00', 'UTC')).toEqual({
      from: at('2026-11-01T07:00:00Z'),
      before: at('2026-11-01T08:00:00.001Z'),
    });
    expect(queryRange(undefined, undefined, 'UTC')).toEqual({ from: null, before: null });
  });

  it('intersects ranges', () => {
    const a = { from: at('2026-01-01T00:00:00Z'), before: null };
    const b = { from: at('2025-01-01T00:00:00Z'), before: at('2026-06-01T00:00:00Z') };
    expect(intersect(a, b)).toEqual({ from: a.from, before: b.before });
  });
});

describe('the edges of the calendar', () => {
  it('starts a day the zone skipped where the next day starts (Samoa went from 29 to 31 December 2011)', () => {
    expect(startOfDay('2011-12-30', 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(startOfDay('2011-12-31', 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(startOfDay('2011-12-29', 'Pacific/Apia').toISOString()).toBe('2011-12-29T10:00:00.000Z');
    const range = queryRange('2011-12-30', '2011-12-30', 'Pacific/Apia');
    expect(range.from?.getTime()).toBe(range.before?.getTime());
  });

  it('reads the years 0–99 as themselves, not as 1900–1999', () => {
    expect(startOfDay('0050-06-15', 'UTC').toISOString()).toBe('0050-06-15T00:00:00.000Z');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(offsetAt(at('0050-06-15T12:00:00Z'), 'UTC')).toBe(0);
    expect(localDate(startOfDay('1000-01-01', 'Pacific/Kiritimati'), 'Pacific/Kiritimati')).toBe('1000-01-01');
  });

  it('leaves the end of the last day open: it falls in year 10000, which the database does not take', () => {
    expect(queryRange(undefined, '9999-12-31', 'America/Los_Angeles').before).toBeNull();
    expect(queryRange(undefined, '9999-12-31T23:59:59.999Z', 'UTC').before).toBeNull();
    expect(queryRange(undefined, '9999-12-30', 'UTC').before?.toISOString()).toBe('9999-12-31T00:00:00.000Z');
  });
});
