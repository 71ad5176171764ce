/** The decimal and group separators of a locale, from Intl (Danish: "," and "."; English: "." and ","). */
function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

const SPACES = /[\s\u00a0\u202f']/g;
const PLAIN = /^-?\d+(\.\d+)?$/;

/** "1.500" in Danish: every group after the first has exactly three digits. */
const isGrouping = (text: string, group: string) => {
  const [first, ...rest] = text.split(group);
  return rest.length > 0 && /^-?\d{1,3}$/.test(first) && rest.every((digits) => /^\d{3}$/.test(digits));
};

/**
 * A number typed in the user's locale: "1.500" in Danish is 1500, "1,5" is 1.5; "1,500" in English
 * is 1500. Spaces (and apostrophes) group digits anywhere. Where the locale's group separator
 * cannot be grouping ("95000,50" in English, "1.5" in Danish) it is read as the decimal mark, as
 * people type that from habit. Null for an empty text, NaN for anything else that is not a number.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const compact = text.replace(SPACES, '');
  if (compact === '') return null;
  const { decimal, group } = separators(locale);
  let plain: string;
  if (compact.includes(decimal)) {
    const [whole, fraction, extra] = compact.split(decimal);
    if (extra !== undefined || fraction.includes(group)) return Number.NaN;
    plain = `${whole.split(group).join('')}.${fraction}`;
  } else if (compact.includes(group)) {
    if (isGrouping(compact, group)) plain = compact.split(group).join('');
    else if (compact.split(group).length === 2) plain = compact.replace(group, '.');
    else return Number.NaN;
  } else {
    plain = compact;
  }
  return PLAIN.test(plain) ? Number(plain) : Number.NaN;
}

/** A number as the user types it back in their locale, without grouping: 1500.5 → "1500,5" in Danish. */
export function formatNumberInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}
