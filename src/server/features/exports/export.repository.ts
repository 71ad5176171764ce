import { eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { activityStatuses, activityTypes, contactRoles, customerStatuses, customers, industries, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

export interface Names {
  users: Map<string, string>;
  types: Map<string, string>;
  activityStatuses: Map<string, string>;
  /** Customer statuses by key. */
  customerStatuses: Map<string, string>;
  industries: Map<string, string>;
  roles: Map<string, string>;
}

type Named = PgTable & { workspaceId: PgColumn; name: PgColumn };

async function namesOf(db: Queryable, actor: Actor, table: Named, key: PgColumn): Promise<Map<string, string>> {
  const rows = (await db.select({ key, name: table.name }).from(table).where(eq(table.workspaceId, actor.workspaceId))) as { key: string; name: string }[];
  return new Map(rows.map((r) => [r.key, r.name]));
}

/** The workspace's short lists (users, types, statuses, industries, roles): read once per export, not per row. */
export async function lookUpNames(db: Queryable, actor: Actor): Promise<Names> {
  // One after another: the caller may hold a single connection (a transaction, the command line).
  const u = await namesOf(db, actor, users as unknown as Named, users.id);
  const t = await namesOf(db, actor, activityTypes as unknown as Named, activityTypes.id);
  const s = await namesOf(db, actor, activityStatuses as unknown as Named, activityStatuses.id);
  const cs = await namesOf(db, actor, customerStatuses as unknown as Named, customerStatuses.key);
  const i = await namesOf(db, actor, industries as unknown as Named, industries.id);
  const r = await namesOf(db, actor, contactRoles as unknown as Named, contactRoles.id);
  return { users: u, types: t, activityStatuses: s, customerStatuses: cs, industries: i, roles: r };
}

/** The names of a batch's customers the caller may see (a contact export's customer column). */
export async function customerNames(db: Queryable, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(visibleTo(actor, customers, inArray(customers.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
