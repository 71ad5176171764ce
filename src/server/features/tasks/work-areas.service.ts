import { z } from 'zod';
import type { WorkAreaCustomer } from '../../../shared/tasks';
import { assertCan } from '../../access/policy';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { notFound } from '../../http/errors';
import { isoOrNull } from '../../http/serialize';
import { localDate } from '../../../shared/wall-clock';
import { startOfDay } from '../todo/buckets';
import { workAreaExists } from './tasks.repository';
import { type AreaCustomerRow, listAreaCustomers } from './work-areas.repository';

export const workAreaCustomersQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});

const asIso = (value: Date | string | null) => isoOrNull(value === null ? null : new Date(value));

function toItem(row: AreaCustomerRow): WorkAreaCustomer {
  return {
    customerId: row.customerId,
    customerName: row.customerName,
    status: row.status,
    responsibleId: row.responsibleId,
    overdue: row.overdue,
    nextTask: row.nextId ? { id: row.nextId, subject: row.nextSubject ?? '', scheduledAt: asIso(row.nextAt), allDay: row.nextAllDay ?? false } : null,
    lastDone: row.lastId ? { id: row.lastId, subject: row.lastSubject ?? '', doneAt: asIso(row.lastDoneAt) } : null,
  };
}

/** The work-area tab: its enrolled customers with their next open and last completed task, overdue first. */
export async function listWorkAreaCustomers(db: Database, actor: Actor, areaId: string, query: z.infer<typeof workAreaCustomersQuerySchema>, now = new Date()) {
  assertCan(actor, 'read', { kind: 'customer' });
  if (!(await workAreaExists(db, actor, areaId))) throw notFound('Item');
  // The order is on computed values (overdue, the next task's date): pages go by position.
  const offset = Number(decodeCursor(query.cursor, ['int'])?.[0] ?? 0);
  const today = localDate(now, actor.timeZone);
  const found = await listAreaCustomers(
    db,
    actor,
    areaId,
    { starts: startOfDay(today, actor.timeZone), dateStarts: new Date(`${today}T00:00:00Z`) },
    { limit: query.limit, offset },
  );
  const items = found.slice(0, query.limit).map(toItem);
  return { items, nextCursor: found.length > query.limit ? encodeCursor([offset + query.limit]) : null };
}
