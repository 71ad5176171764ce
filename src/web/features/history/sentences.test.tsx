import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { valueText } from './sentences';

afterEach(() => i18next.changeLanguage('en'));

const format = { dateTime: (iso: string) => iso };

describe('valueText', () => {
  it('writes a number the way the reader’s language does', async () => {
    expect(valueText(1234.5, undefined, i18next.t, format)).toBe('1,234.5');
    await i18next.changeLanguage('da');
    expect(valueText(1234.5, undefined, i18next.t, format)).toBe('1.234,5');
  });
});
