/**
 * A calendar day (`YYYY-MM-DD`, the value forms keep) as the user reads and types it: the numeric
 * date of their language ("30.11.2026", "2026. 11. 30.", "11/30/2026"). Typing accepts that order
 * with any separators, and the ISO form too. Plain Intl, no date library: this is on the first page.
 */
type Part = 'day' | 'month' | 'year';

const numeric = (locale: string) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

/** The order of day, month and year in the language's numeric date, with the text between them. */
export function dateShape(locale: string): { part: Part | 'literal'; value: string }[] {
  return numeric(locale)
    .formatToParts(new Date(Date.UTC(2026, 10, 30)))
    .map(({ type, value }) => ({ part: type === 'day' || type === 'month' || type === 'year' ? type : 'literal', value }));
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function formatDateText(iso: string, locale: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? numeric(locale).format(utcDate(iso)) : '';
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day a typed text means, or null. A two-digit year is this century's. */
export function parseDateText(text: string, locale: string): string | null {
  const numbers = text.match(/\d+/g);
  if (numbers?.length !== 3) return null;
  const iso = /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/.test(text);
  const order = iso ? ['year', 'month', 'day'] : dateShape(locale).flatMap(({ part }) => (part === 'literal' ? [] : [part]));
  const value = (part: Part) => Number(numbers[order.indexOf(part)]);
  const year = value('year');
  return isoOf(year < 100 ? 2000 + year : year, value('month'), value('day'));
}
