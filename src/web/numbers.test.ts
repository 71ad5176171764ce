import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseLocaleNumber } from './numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['da', '1.500', 1500],
    ['da', '1,5', 1.5],
    ['da', '1.500,25', 1500.25],
    ['da', '12.345.678', 12345678],
    ['da', '120 000', 120000],
    ['da', '95000,50', 95000.5],
    ['da', '1.5', 1.5],
    ['da', '-2,5', -2.5],
    ['en', '1,500', 1500],
    ['en', '1.5', 1.5],
    ['en', '1,250.75', 1250.75],
    ['en', '120 000', 120000],
    ['en', '95000,50', 95000.5],
    ['nb', '1 500,5', 1500.5],
    ['hu', '1\u00a0500,5', 1500.5],
    ['de-CH', "1'500.5", 1500.5],
  ])('%s "%s" is %d', (locale, text, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it.each([
    ['da', ''],
    ['en', '   '],
  ])('%s "%s" is no number (null)', (locale, text) => {
    expect(parseLocaleNumber(text, locale)).toBeNull();
  });

  it.each([
    ['da', 'abc'],
    ['da', '1,5,5'],
    ['da', '1,250.75'],
    ['da', '1.50.0'],
    ['en', '1.2.3'],
    ['en', '1e5'],
    ['en', '0x10'],
    ['en', '12-3'],
  ])('%s "%s" is not a number (NaN)', (locale, text) => {
    expect(parseLocaleNumber(text, locale)).toBeNaN();
  });
});

describe('formatNumberInput', () => {
  it.each([
    ['da', 1500, '1500'],
    ['da', 1500.5, '1500,5'],
    ['en', 95000.5, '95000.5'],
  ])('%s %d is "%s"', (locale, value, expected) => {
    expect(formatNumberInput(value, locale)).toBe(expected);
  });

  it('reads back what it writes', () => {
    for (const locale of ['da', 'en', 'nb', 'hu', 'he']) {
      for (const value of [0, 1.5, 1500, 1234567.25]) expect(parseLocaleNumber(formatNumberInput(value, locale), locale)).toBe(value);
    }
  });
});
