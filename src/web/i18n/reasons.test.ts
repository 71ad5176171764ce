import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/common';
import { REASON_CODES } from '../../shared/reasons';
import da from './reasons.da.json';
import en from './reasons.en.json';
import he from './reasons.he.json';
import hu from './reasons.hu.json';
import nb from './reasons.nb.json';

const files: Record<(typeof LOCALES)[number], { reasons: Record<string, string> }> = { en, da, nb, hu, he };
/** Reasons said with a number: they need every plural form of the language. */
const counted = new Set(['too_short', 'too_long', 'too_few', 'too_many', 'min_value', 'max_value']);

describe('the words for every reason code (looked up by code, so no other check sees them)', () => {
  it.each(LOCALES)('%s has each code once, with the plural forms its language needs, and nothing else', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const wanted = REASON_CODES.flatMap((code) => (counted.has(code) ? categories.map((c) => `${code}_${c}`) : [code]));
    expect(Object.keys(files[lang].reasons).sort()).toEqual([...wanted].sort());
    for (const text of Object.values(files[lang].reasons)) expect(text.trim()).not.toBe('');
  });
});
