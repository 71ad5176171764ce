import { type SQL, sql } from 'drizzle-orm';
import { activities } from '../../db/schema';
import { UNDATED_KEY } from '../todo/todo-sort';

/**
 * The keyset of lists newest first (search, timelines): undated activities first (id descending),
 * then scheduled_at, id descending. The cursor says "after this undated activity" with the undated key.
 */
export const isUndatedKey = (at: string | Date) => new Date(at).getTime() === UNDATED_KEY.getTime();

/** Where a page starts: at the top of the list, inside the undated activities, or among the dated ones. */
export type PageStart = { kind: 'top' } | { kind: 'undated'; id: string } | { kind: 'dated'; at: Date; id: string };

export function pageStart(after: (string | number | null)[] | null): PageStart {
  if (!after) return { kind: 'top' };
  const [at, id] = after as [string, string];
  return isUndatedKey(at) ? { kind: 'undated', id } : { kind: 'dated', at: new Date(at), id };
}

/**
 * After the cursor, in the list's order: an undated cursor is followed by the undated activities
 * with a smaller id and then by every dated one. The row comparison alone was NULL for undated rows,
 * so pages after an undated one skipped the rest of the undated activities.
 */
export function afterCursor(start: PageStart): SQL | undefined {
  if (start.kind === 'top') return undefined;
  if (start.kind === 'undated') return sql`(${activities.scheduledAt} IS NOT NULL OR ${activities.id} < ${start.id}::uuid)`;
  return sql`(${activities.scheduledAt}, ${activities.id}) < (${start.at}, ${start.id}::uuid)`;
}
