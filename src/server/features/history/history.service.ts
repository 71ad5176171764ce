import type { AuditEntry, AuditLogQuery, HistoryQuery } from '../../../shared/history';
import { assertCan } from '../../access/policy';
import * as repo from '../../audit/audit.repository';
import { changesOf, labelOf, referencedIds } from '../../audit/changes';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { iso } from '../../http/serialize';
import { queryRange } from '../todo/buckets';
import { getCustomer } from '../customers/customers.service';
import { isStandardList } from '../workspaces/default-lists';

type Row = Awaited<ReturnType<typeof repo.listEntries>>[number];

/** The names every id in these entries refers to: as they are now, else the last the log knew. */
async function namesFor(db: Queryable, actor: Actor, ids: string[]) {
  const names = await repo.namesOf(db, actor, ids);
  const gone = ids.filter((id) => !names.has(id));
  for (const [id, name] of await repo.lastKnownNames(db, actor, gone)) names.set(id, name);
  return names;
}

/** Entries as the API answers them: with names for the people, the records and every id in a change. */
async function describe(db: Queryable, actor: Actor, rows: Row[]): Promise<AuditEntry[]> {
  const changes = rows.map((row) => changesOf(row.before, row.after));
  // Entries that name no record themselves (a move of an industry's customers) are named by their record's id;
  // so are a seeded list's items, whose name each reader may read in their own language.
  const unnamed = rows
    .filter((row) => byCurrentName(row) || (!row.liveName && !row.storedName && row.entityId))
    .map((row) => (row.entityId as string).toLowerCase());
  const names = await namesFor(db, actor, [...new Set([...referencedIds(changes.flat()), ...unnamed])]);
  const statuses = changes.flat().some((c) => c.field === 'status') ? await repo.statusNames(db, actor) : new Map<string, string>();
  return rows.map((row, i) => ({
    id: row.id,
    at: iso(row.at),
    userId: row.userId,
    userName: row.userName,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    entityName: entityNameOf(row, names),
    customerId: row.customerId,
    before: row.before,
    after: row.after,
    changes: changes[i].map((c) => {
      const beforeLabel = labelOf(row.entity, c.field, c.before, names, statuses);
      const afterLabel = labelOf(row.entity, c.field, c.after, names, statuses);
      return { ...c, ...(beforeLabel !== undefined && { beforeLabel }), ...(afterLabel !== undefined && { afterLabel }) };
    }),
  }));
}

/** A seeded list's item (an activity type, …) is named as it is now, for the reader (see shownName). */
const byCurrentName = (row: Row) => row.entityId !== null && isStandardList(row.entity);

function entityNameOf(row: Row, names: Map<string, string>): string | null {
  const current = names.get(row.entityId?.toLowerCase() ?? '');
  if (byCurrentName(row) && current !== undefined) return current;
  return row.liveName ?? row.storedName ?? nameFromRecord(row) ?? current ?? null;
}

/** Settings entries written before names were stored carry the name in their before or after. */
function nameFromRecord(row: Row): string | null {
  for (const record of [row.after, row.before]) {
    if (record && typeof record === 'object' && 'name' in record && typeof record.name === 'string') return record.name;
  }
  return null;
}

async function listPage(db: Database, actor: Actor, query: HistoryQuery & Partial<AuditLogQuery>) {
  const range = queryRange(query.from, query.to, actor.timeZone);
  const rows = await repo.listEntries(db, actor, {
    ...query,
    from: range.from,
    before: range.before,
    after: decodeCursor(query.cursor, ['instant', 'id']),
  });
  const result = page(rows, query.limit, (row) => [iso(row.at), row.id]);
  return { items: await describe(db, actor, result.items), nextCursor: result.nextCursor };
}

/** Every change in the workspace, newest first (admins). */
export async function listAuditLog(db: Database, actor: Actor, query: AuditLogQuery) {
  assertCan(actor, 'read', { kind: 'audit-log' });
  return listPage(db, actor, query);
}

/**
 * A customer's history: the changes of the customer, its contacts and its activities, newest first.
 * Whoever may read the customer may read its history (a customer they may not see is a 404).
 */
export async function listCustomerHistory(db: Database, actor: Actor, customerId: string, query: HistoryQuery) {
  assertCan(actor, 'read', { kind: 'customer' });
  // 404 when the caller may not see it (or it is another workspace's).
  await getCustomer(db, actor, customerId);
  return listPage(db, actor, { ...query, customerId });
}
