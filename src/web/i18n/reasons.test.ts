import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/common';
import { REASON_CODES } from '../../shared/reasons';

// Every area's file may add the words of its own codes under `reasons` (reasons.<lang>.json holds the shared ones).
const all = import.meta.glob<{ reasons?: Record<string, string> }>('./*.json', { eager: true, import: 'default' });
const reasonsOf = (lang: string) =>
  Object.assign({}, ...Object.entries(all).flatMap(([path, file]) => (path.endsWith(`.${lang}.json`) && file.reasons ? [file.reasons] : []))) as Record<
    string,
    string
  >;
const files = Object.fromEntries(LOCALES.map((lang) => [lang, { reasons: reasonsOf(lang) }])) as Record<
  (typeof LOCALES)[number],
  { reasons: Record<string, string> }
>;
/** Reasons said with a number: they need every plural form of the language. */
const counted = new Set(['too_short', 'too_long', 'too_few', 'too_many', 'min_value', 'max_value', 'window_too_long']);

describe('the words for every reason code (looked up by code, so no other check sees them)', () => {
  it.each(LOCALES)('%s has each code once, with the plural forms its language needs, and nothing else', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const wanted = REASON_CODES.flatMap((code) => (counted.has(code) ? categories.map((c) => `${code}_${c}`) : [code]));
    expect(Object.keys(files[lang].reasons).sort()).toEqual([...wanted].sort());
    for (const text of Object.values(files[lang].reasons)) expect(text.trim()).not.toBe('');
  });
});
