import { and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/client';
import {
  activities,
  activityStatuses,
  activityTypes,
  auditLog,
  categories,
  contactRoles,
  contacts,
  customerStatuses,
  customers,
  groups,
  industries,
  origins,
  products,
  campaigns,
  salesProjects,
  salesStages,
  sources,
  users,
} from '../db/schema';
import { type Actor, visibleTo } from '../db/scope';
import { type StandardList, shownName, standardNames } from '../features/workspaces/default-lists';

export type AuditAction = (typeof auditLog.$inferInsert)['action'];

export interface NewEntry {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  customerId: string | null;
  entityName: string | null;
  before: unknown;
  after: unknown;
}

/**
 * One entry, in the caller's transaction. The time is the clock's, not the transaction's start:
 * a completion and the follow-up it creates are two entries in one transaction, in that order.
 */
export async function insertEntry(db: Queryable, actor: Actor, entry: NewEntry) {
  await db.insert(auditLog).values({ workspaceId: actor.workspaceId, userId: actor.userId, at: sql`clock_timestamp()`, ...entry });
}

export interface EntryFilter {
  entity?: string;
  entityId?: string;
  customerId?: string;
  userId?: string;
  action?: string;
  from: Date | null;
  before: Date | null;
  limit: number;
  after: (string | number | null)[] | null;
}

/** The record's name as it is now (a trashed customer's too); null once it is gone. */
const liveName = sql<string | null>`CASE ${auditLog.entity}
  WHEN 'customer' THEN (SELECT ${customers.name} FROM ${customers} WHERE ${customers.id} = ${auditLog.entityId})
  WHEN 'contact' THEN (SELECT trim(${contacts.firstName} || ' ' || ${contacts.lastName}) FROM ${contacts} WHERE ${contacts.id} = ${auditLog.entityId})
  WHEN 'activity' THEN (SELECT ${activities.subject} FROM ${activities} WHERE ${activities.id} = ${auditLog.entityId})
  WHEN 'sales_project' THEN (SELECT ${salesProjects.name} FROM ${salesProjects} WHERE ${salesProjects.id} = ${auditLog.entityId})
END`;

function conditions(f: EntryFilter): (SQL | undefined)[] {
  const [at, id] = (f.after ?? []) as [string, string];
  return [
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.customerId ? eq(auditLog.customerId, f.customerId) : undefined,
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.action ? eq(auditLog.action, f.action as AuditAction) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.before ? lt(auditLog.at, f.before) : undefined,
    f.after ? sql`(${auditLog.at}, ${auditLog.id}) < (${new Date(at)}, ${id}::uuid)` : undefined,
  ];
}

/**
 * Newest first, spelled as the indexes are built (DESC NULLS LAST; both columns are never null): a
 * plain DESC means NULLS FIRST, which no audit_log index serves, and the planner then sorts the
 * whole workspace's log for every page.
 */
const newestFirst = [sql`${auditLog.at} DESC NULLS LAST`, sql`${auditLog.id} DESC NULLS LAST`];

/** A page of entries, newest first, with who made them and what the record is called now. */
export async function listEntries(db: Queryable, actor: Actor, f: EntryFilter) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      customerId: auditLog.customerId,
      storedName: auditLog.entityName,
      liveName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(visibleTo(actor, auditLog, ...conditions(f))))
    .orderBy(...newestFirst)
    .limit(f.limit + 1);
}

/**
 * A seeded list's item as the reader sees it: its standard name in the reader's language while
 * nobody renamed it (the names passed as one JSON parameter), else its name as written.
 */
function shownNameSql(
  table: typeof activityTypes | typeof activityStatuses | typeof customerStatuses | typeof salesStages,
  list: StandardList,
  locale: string,
) {
  const names = JSON.stringify(standardNames(list, locale));
  return sql<string>`CASE WHEN ${table.nameIsDefault} THEN coalesce(${names}::jsonb ->> ${table.key}, ${table.name}) ELSE ${table.name} END`;
}

/** Every table whose records a change may refer to by id, with what people (of this language) call a record. */
const named = (locale: string) =>
  [
    { table: users, name: users.name },
    { table: customers, name: customers.name },
    { table: contacts, name: sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})` },
    { table: industries, name: industries.name },
    { table: categories, name: categories.name },
    { table: contactRoles, name: contactRoles.name },
    { table: customerStatuses, name: shownNameSql(customerStatuses, 'customer_status', locale) },
    { table: origins, name: origins.name },
    { table: sources, name: sources.name },
    { table: products, name: products.name },
    { table: activityTypes, name: shownNameSql(activityTypes, 'activity_type', locale) },
    { table: activityStatuses, name: shownNameSql(activityStatuses, 'activity_status', locale) },
    { table: groups, name: groups.name },
    { table: salesStages, name: shownNameSql(salesStages, 'sales_stage', locale) },
    { table: campaigns, name: campaigns.name },
  ] as const;

/** The names of the records with these ids, whichever table they are in (ids are unique across tables). */
export async function namesOf(db: Queryable, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const [first, second, ...rest] = named(actor.locale).map(({ table, name }) =>
    db
      .select({ id: sql<string>`${table.id}::text`.as('id'), name: sql<string>`${name}`.as('name') })
      .from(table)
      .where(and(eq(table.workspaceId, actor.workspaceId), inArray(table.id, ids))),
  );
  const rows = await unionAll(first, second, ...rest);
  return new Map(rows.map((r) => [r.id.toLowerCase(), r.name]));
}

/**
 * The last names the log knew for records that are gone (an activity deleted, a customer deleted
 * for good, a settings item removed): from their own entries.
 */
export async function lastKnownNames(db: Queryable, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const name = sql<string | null>`coalesce(${auditLog.entityName}, ${auditLog.before}->>'name', ${auditLog.after}->>'name')`;
  const rows = await db
    .selectDistinctOn([auditLog.entityId], { id: sql<string>`${auditLog.entityId}::text`, name })
    .from(auditLog)
    .where(visibleTo(actor, auditLog, inArray(auditLog.entityId, ids), sql`${name} IS NOT NULL`))
    .orderBy(auditLog.entityId, sql`${auditLog.at} DESC NULLS LAST`);
  return new Map(rows.filter((r): r is { id: string; name: string } => r.name !== null).map((r) => [r.id.toLowerCase(), r.name]));
}

/** The workspace's customer statuses by key (a customer's status is stored by key), named for the reader. */
export async function statusNames(db: Queryable, actor: Actor): Promise<Map<string, string>> {
  const rows = await db
    .select({ key: customerStatuses.key, name: customerStatuses.name, nameIsDefault: customerStatuses.nameIsDefault })
    .from(customerStatuses)
    .where(visibleTo(actor, customerStatuses));
  return new Map(rows.map((r) => [r.key, shownName('customer_status', r, actor.locale)]));
}
