import type { TodoItem, TodoQuery } from '../../../shared/todo';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { iso } from '../../http/serialize';
import { listDueActivities, toActivity } from '../activities/activities.service';
import { bucketerFor, intersect, periodRange, queryRange } from './buckets';
import { assertCan } from '../../access/policy';

/**
 * The salesperson's to-do list: open activities, oldest due first, each placed in the caller's
 * day (overdue, today, future) in the caller's time zone.
 */
export async function listTodo(db: Database, actor: Actor, query: TodoQuery, now = new Date()): Promise<{ items: TodoItem[]; nextCursor: string | null }> {
  assertCan(actor, 'read', { kind: 'activity' });
  const responsibleId = query.responsibleId === 'all' ? null : (query.responsibleId ?? actor.userId);
  let range = queryRange(query.from, query.to, actor.timeZone);
  if (query.period) range = intersect(range, periodRange(query.period, actor.timeZone, now));
  const rows = await listDueActivities(db, actor, {
    responsibleId,
    typeId: query.typeId,
    includeDone: query.includeDone ?? false,
    range,
    limit: query.limit,
    after: decodeCursor(query.cursor, ['instant', 'id']),
  });
  const result = page(rows, query.limit, (r) => [iso(r.scheduledAt), r.id]);
  const bucketOf = bucketerFor(actor.timeZone, now);
  return {
    items: result.items.map((row) => ({
      ...toActivity(row),
      customerName: row.customerName,
      contactName: row.contactName,
      typeKey: row.typeKey,
      bucket: bucketOf(row),
    })),
    nextCursor: result.nextCursor,
  };
}
