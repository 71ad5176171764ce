// @vitest-environment happy-dom
// (format.ts sits beside the React hook that uses it; the formatting itself is plain Intl.)
import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';

// Intl writes no-break spaces (1 234,5 in Norwegian) and, in Hebrew, direction marks: compared as plain text.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f]/g, '');

const LATE_EVENING = '2026-11-30T22:30:00Z'; // 23:30 in Budapest, already 00:30 on 1 December in Jerusalem

describe('formatting in the five languages', () => {
  it.each([
    ['en', 'Nov 30, 2026', 'Nov 30, 2026, 11:30 PM', '1,234,567.5', 'November'],
    ['da', '30. nov. 2026', '30. nov. 2026, 23.30', '1.234.567,5', 'november'],
    ['nb', '30. nov. 2026', '30. nov. 2026, 23:30', '1 234 567,5', 'november'],
    ['hu', '2026. nov. 30.', '2026. nov. 30. 23:30', '1 234 567,5', 'november'],
    ['he', '30 בנוב׳ 2026', '30 בנוב׳ 2026, 23:30', '1,234,567.5', 'נובמבר'],
  ])('%s: dates in its order, numbers with its marks, its month names', (locale, date, dateTime, number, november) => {
    const format = makeFormat(locale, 'Europe/Budapest');
    expect(plain(format.date(LATE_EVENING))).toBe(date);
    expect(plain(format.dateTime(LATE_EVENING))).toBe(dateTime);
    expect(plain(format.number(1234567.5))).toBe(number);
    expect(format.months()[10]).toBe(november);
    expect(format.months()).toHaveLength(12);
  });

  it.each([
    ['en', 'today', 'tomorrow', 'in 3 days', 'yesterday'],
    ['da', 'i dag', 'i morgen', 'om 3 dage', 'i går'],
    ['nb', 'i dag', 'i morgen', 'om 3 døgn', 'i går'],
    ['hu', 'ma', 'holnap', '3 nap múlva', 'tegnap'],
    ['he', 'היום', 'מחר', 'בעוד 3 ימים', 'אתמול'],
  ])('%s: relative days counted in the user’s time zone', (locale, today, tomorrow, inThree, yesterday) => {
    const now = new Date('2026-11-30T21:30:00Z');
    // One instant, two zones: in Budapest it is still the same day, in Jerusalem already the next.
    expect(makeFormat(locale, 'Europe/Budapest').relativeDay(LATE_EVENING, now)).toBe(today);
    expect(makeFormat(locale, 'Asia/Jerusalem').relativeDay(LATE_EVENING, now)).toBe(tomorrow);
    expect(plain(makeFormat(locale, 'Europe/Budapest').relativeDay('2026-12-03T12:00:00Z', now))).toBe(inThree);
    expect(makeFormat(locale, 'Europe/Budapest').relativeDay('2026-11-29T12:00:00Z', now)).toBe(yesterday);
  });

  it.each([
    ['en', 1, 'Monday', 'Sunday'],
    ['da', 1, 'mandag', 'søndag'],
    ['nb', 1, 'mandag', 'søndag'],
    ['hu', 1, 'hétfő', 'vasárnap'],
    ['he', 0, 'יום ראשון', 'יום שבת'],
  ] as const)('%s: weekday names from the first day of its week', (locale, weekStartsOn, first, last) => {
    const days = makeFormat(locale, 'UTC').weekdays(weekStartsOn);
    expect(days).toHaveLength(7);
    expect([days[0], days[6]]).toEqual([first, last]);
  });

  it.each([
    ['en', 'DKK 1,234.50', 'HUF 12,500'],
    ['da', '1.234,50 kr.', '12.500 HUF'],
    ['nb', '1 234,50 DKK', '12 500 HUF'],
    ['hu', '1234,50 DKK', '12 500 Ft'],
    ['he', '1,234.50 DKK', '12,500 HUF'],
  ])('%s: money in the workspace currency', (locale, kroner, forint) => {
    const format = makeFormat(locale, 'UTC');
    expect(plain(format.currency(1234.5, 'DKK'))).toBe(kroner);
    expect(plain(format.currency(12500, 'HUF', { maximumFractionDigits: 0 }))).toBe(forint);
  });

  it('writes an unknown currency code after the number instead of failing', () => {
    expect(makeFormat('da', 'UTC').currency(10, 'EURO')).toBe('10 EURO');
  });

  it('shows times across the daylight-saving changes of Budapest and Jerusalem', () => {
    // Budapest: 29 March 2026, 02:00 → 03:00 (01:00 UTC). Israel: Friday 27 March 2026, 02:00 → 03:00 (00:00 UTC).
    const budapest = makeFormat('hu', 'Europe/Budapest');
    expect([budapest.time('2026-03-29T00:59:00Z'), budapest.time('2026-03-29T01:00:00Z')]).toEqual(['1:59', '3:00']);
    const jerusalem = makeFormat('he', 'Asia/Jerusalem');
    expect([jerusalem.time('2026-03-26T23:59:00Z'), jerusalem.time('2026-03-27T00:00:00Z')]).toEqual(['1:59', '3:00']);
    // And back in autumn: 25 October in Budapest (01:00 UTC), the hour 02:00–03:00 is lived twice.
    expect([budapest.time('2026-10-25T00:30:00Z'), budapest.time('2026-10-25T01:30:00Z')]).toEqual(['2:30', '2:30']);
  });

  it('keeps an all-day date the same day in every zone', () => {
    for (const zone of ['Pacific/Honolulu', 'Asia/Jerusalem', 'Pacific/Kiritimati']) {
      expect(makeFormat('hu', zone).day('2026-11-30')).toBe('2026. nov. 30.');
      expect(makeFormat('he', zone).when('2026-11-30T00:00:00.000Z', true)).toBe(makeFormat('he', 'UTC').day('2026-11-30'));
    }
  });
});
