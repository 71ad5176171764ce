import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from './date-text';

describe('a date as typed and read in each language', () => {
  it.each([
    ['en', '11/30/2026', '11/30/26'],
    ['da', '30.11.2026', '30-11-26'],
    ['nb', '30.11.2026', '30/11/26'],
    ['hu', '2026. 11. 30.', '2026.11.30'],
    ['he', '30.11.2026', '30/11/26'],
  ])('%s writes %s and reads it back, also with other separators', (locale, written, typed) => {
    expect(formatDateText('2026-11-30', locale)).toBe(written);
    expect(parseDateText(written, locale)).toBe('2026-11-30');
    expect(parseDateText(typed, locale)).toBe('2026-11-30');
    expect(parseDateText('2026-11-30', locale)).toBe('2026-11-30'); // ISO always works
  });

  it.each(['31.02.2026', '30.13.2026', '1.1', '', 'tomorrow', '30.11.0999'])('refuses %j', (text) => {
    expect(parseDateText(text, 'da')).toBeNull();
  });
});
