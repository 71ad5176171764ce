import type { FormatterModule } from 'i18next';

/**
 * Values put into translated sentences ("Created {{name}} as customer") are isolated with the
 * Unicode marks FSI … PDI (U+2068, U+2069), so a Latin name, a phone number or a time inside a
 * Hebrew sentence keeps its own direction and does not drag the punctuation around it along.
 *
 * Why marks and not <bdi> through <Trans>: every t() call gets it in one place (i18next's
 * interpolation), also where a sentence ends up as plain text (aria-label, title, document.title,
 * a confirm()), and no call site or translation has to remember it. The marks are invisible and
 * screen readers skip them.
 *
 * When: always in a right-to-left language; in a left-to-right one only when the value itself holds
 * right-to-left letters (a Hebrew customer name in an English sentence). Latin values in Latin
 * sentences need nothing, so English and Danish text stays byte for byte what it was.
 */
const FSI = '\u2068';
const PDI = '\u2069';
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

export function isolate(value: unknown, rtlSentence: boolean): unknown {
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  const text = String(value);
  if (text === '' || !(rtlSentence || RTL_LETTERS.test(text))) return value;
  return `${FSI}${text}${PDI}`;
}

/**
 * i18next's formatter, replaced so that every interpolated value passes through `isolate`
 * (`alwaysFormat`). Of i18next's named formats only `number` is kept: Tend formats dates and money
 * with format.ts before putting them into a sentence, and its strings name no other format.
 */
export function isolatingFormatter(isRtl: (language: string) => boolean): FormatterModule {
  return {
    type: 'formatter',
    init: () => undefined,
    add: () => undefined,
    addCached: () => undefined,
    format: (value, format, language = 'en') => {
      const formatted = format === 'number' && typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
      return isolate(formatted, isRtl(language)) as string;
    },
  };
}
