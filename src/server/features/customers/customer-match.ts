import { MATCH_FIELDS, MATCH_KINDS, type CustomerMatch } from '../../../shared/customers';

/*
 * How a customer search ranks (pure, no I/O). The database gives each matching customer one
 * number: 4 × the field it matched through (name 0, email 1, phone 2, a contact 3) + how well
 * (exact 0, name/line prefix 1, a word's start 2, anywhere 3). Lower is better, so exact and
 * prefix matches on the name come first, then word starts in it, then matches elsewhere.
 */

/** The characters that end a word in a name: space, punctuation, the `&` of "Dahl & Co". */
export const WORD_BREAK = `[[:space:]&+.,;:/\\\\()'"-]`;

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\-]/g;

/** Text that a POSIX regular expression matches literally. */
export function regexLiteral(text: string): string {
  return text.replace(REGEX_SPECIAL, (c) => `\\${c}`);
}

/** The LIKE patterns and regular expressions one query is matched with (folded by the database). */
export function searchPatterns(q: string) {
  const like = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const literal = regexLiteral(q);
  return {
    exact: q,
    prefix: `${like}%`,
    contains: `%${like}%`,
    wordStart: `(^|${WORD_BREAK})${literal}`,
    lineStart: `(^|\n)${literal}`,
  };
}

/** The digits of a query typed like a phone number ("87 65 43", "+45-8765"), or null when it is not one. */
export function phoneDigits(q: string): string | null {
  const digits = q.replace(/[^0-9]/g, '');
  return digits.length >= 3 && /^[0-9\s+\-().]+$/.test(q) ? digits : null;
}

/** The match a rank stands for; null when the rank is not a search rank. */
export function matchOfRank(rank: number | null | undefined, contactName?: string | null): CustomerMatch | undefined {
  if (rank === null || rank === undefined || !Number.isInteger(rank) || rank < 0 || rank >= MATCH_FIELDS.length * 4) return undefined;
  const field = MATCH_FIELDS[Math.floor(rank / 4)];
  const match: CustomerMatch = { field, kind: MATCH_KINDS[rank % 4] };
  if (field === 'contact' && contactName) match.contactName = contactName;
  return match;
}

/** The first rank of matches through a contact (they need the contact's name). */
export const CONTACT_RANK = 12;
