import { invalid } from './errors';
import { unstorableField } from './storable-text';

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row seen. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What each value of a cursor is: an instant (ISO date), a row id, text (a name; may be null), or a small whole number (a rank). */
export type CursorPart = 'instant' | 'id' | 'text' | 'int';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What toISOString hands out for the years 1000–9999 (times are kept in those); Date.parse also takes "1" (2001) or "May 5", which PostgreSQL does not. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
/** 2026-02-30 parses (as 2 March) but is no date: the text must be what it parses to. */
const sameInstant = (v: string) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 19) === v.slice(0, 19);
const fits: Record<CursorPart, (v: unknown) => boolean> = {
  instant: (v) => typeof v === 'string' && isoInstant.test(v) && !v.startsWith('0') && sameInstant(v),
  id: (v) => typeof v === 'string' && uuidPattern.test(v),
  int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31,
  text: (v) => v === null || (typeof v === 'string' && unstorableField(v, 'cursor') === null),
};

/** A cursor this list handed out, or a 400 naming `cursor` (never a database error on a made-up one). */
export function decodeCursor(cursor: string | undefined, parts: readonly CursorPart[]): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === parts.length && parts.every((part, i) => fits[part](values[i]))) return values;
  } catch {
    // fall through to the error below
  }
  throw invalid({ cursor: 'Not a cursor from this list' }, 'cursor');
}

/** Fetch limit + 1 rows; the extra row tells whether there is a next page. */
export function page<T>(rowsPlusOne: T[], limit: number, keyOf: (row: T) => (string | number | null)[]) {
  const items = rowsPlusOne.slice(0, limit);
  const nextCursor = rowsPlusOne.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
