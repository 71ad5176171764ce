import { AppError } from './errors';

/** Keyset cursors are opaque to clients: base64url of the sort key of the last row seen. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'Invalid cursor', { cursor: 'Not a cursor from this list' });
}

/** Fetch limit + 1 rows; the extra row tells whether there is a next page. */
export function page<T>(rowsPlusOne: T[], limit: number, keyOf: (row: T) => (string | number | null)[]) {
  const items = rowsPlusOne.slice(0, limit);
  const nextCursor = rowsPlusOne.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
