import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** `%…%` pattern with LIKE's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Accent- and case-insensitive "contains" on a folded search column (see tend_fold in the first
 * migration). A trigram index serves it. Digits typed with spaces or dashes also match a phone.
 */
export function matchesFolded(column: PgColumn | SQL, q: string): SQL {
  const folded = sql`${column} LIKE tend_fold(${containsPattern(q)})`;
  const digits = q.replace(/[^0-9]/g, '');
  if (digits.length >= 4 && /^[0-9\s+\-().]+$/.test(q) && digits !== q) {
    return sql`(${folded} OR ${column} LIKE ${containsPattern(digits)})`;
  }
  return folded;
}
