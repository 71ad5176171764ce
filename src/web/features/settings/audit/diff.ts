export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value in a few characters: text as is, lists and objects as compact JSON. */
export function shortValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Fields that say nothing to a reader of the log. */
const HIDDEN = new Set(['id', 'workspaceId', 'memberCount']);

/**
 * The fields that differ between before and after (ids and unchanged fields left out);
 * `nameOf` turns a user id into a name.
 */
export function diff(before: unknown, after: unknown, nameOf: (userId: string) => string = (id) => id): Change[] {
  if (!isRecord(before) && !isRecord(after)) {
    return before == null && after == null ? [] : [{ field: '', before: shortValue(before ?? undefined), after: shortValue(after ?? undefined) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !HIDDEN.has(field));
  const show = (field: string, value: unknown) => (field === 'userId' && typeof value === 'string' ? nameOf(value) || value : shortValue(value));
  return fields
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, before: field in b ? show(field, b[field]) : null, after: field in a ? show(field, a[field]) : null }));
}
