import { eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { type Queryable, rows } from '../../db/client';
import { activities, activityCustomers, activityStatuses, activityTypes, activityUsers, contacts, customers, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import type { ActivityValues, References } from './activities.repository';

/**
 * The write paths' statements. Every statement is a round trip (and, on PostgreSQL, a parse and a
 * plan), so a write looks up everything it needs to check in ONE statement, and answers from the
 * rows its INSERT or UPDATE returns instead of reading the activity back.
 */

const qb = new QueryBuilder();
const { searchText: _text, searchVector: _vector, ...activityColumns } = getTableColumns(activities);

/** An activity's own columns, as an INSERT or UPDATE returns them (no joins, no derived fields). */
export type ActivityOwnRow = typeof activities.$inferSelect;

const exists = (query: SQL | { getSQL(): SQL }) => sql<boolean>`EXISTS (${query})`;
const scalar = <T>(query: { getSQL(): SQL }) => sql<T>`(${query})`;

/** How many of `ids` (distinct) are live customers of the workspace. */
const liveCustomerCount = (actor: Actor, ids: string[]) =>
  scalar<number>(qb.select({ n: sql`count(*)::int` }).from(customers).where(visibleTo(actor, customers, inArray(customers.id, ids), isNull(customers.deletedAt))));

const activeUserCount = (actor: Actor, ids: string[]) =>
  scalar<number>(qb.select({ n: sql`count(*)::int` }).from(users).where(visibleTo(actor, users, inArray(users.id, ids), eq(users.active, true))));

/** A live customer's name, as the activity answers it. */
export const customerNameOf = (actor: Actor, customerId: string) =>
  scalar<string | null>(qb.select({ name: customers.name }).from(customers).where(visibleTo(actor, customers, eq(customers.id, customerId), isNull(customers.deletedAt))));

/** Columns that check a request's references: each is true when the record exists in the caller's workspace. */
export function referenceColumns(actor: Actor, refs: References, tag = ''): Record<string, SQL> {
  const c: Record<string, SQL> = {};
  if (refs.typeId) {
    c[`${tag}typeOk`] = exists(qb.select({ one: sql`1` }).from(activityTypes).where(visibleTo(actor, activityTypes, eq(activityTypes.id, refs.typeId), eq(activityTypes.active, true))));
  }
  if (refs.statusId) {
    c[`${tag}statusOk`] = exists(qb.select({ one: sql`1` }).from(activityStatuses).where(visibleTo(actor, activityStatuses, eq(activityStatuses.id, refs.statusId))));
  }
  // The live customer's name (null: none), which the answer of a new activity shows too.
  if (refs.customerId) c[`${tag}customerName`] = customerNameOf(actor, refs.customerId);
  if (refs.additionalCustomerIds && refs.additionalCustomerIds.length > 0) {
    const wanted = [...new Set(refs.additionalCustomerIds)];
    c[`${tag}additionalCustomersOk`] = sql`${liveCustomerCount(actor, wanted)} = ${wanted.length}`;
  }
  if (refs.responsibleId) {
    c[`${tag}responsibleOk`] = exists(qb.select({ one: sql`1` }).from(users).where(visibleTo(actor, users, eq(users.id, refs.responsibleId), eq(users.active, true))));
  }
  if (refs.additionalUserIds && refs.additionalUserIds.length > 0) {
    const wanted = [...new Set(refs.additionalUserIds)];
    c[`${tag}additionalUsersOk`] = sql`${activeUserCount(actor, wanted)} = ${wanted.length}`;
  }
  return c;
}

/** The problems, by field name, that `referenceColumns`' answers show (the same messages as ever). */
export function referenceProblems(found: Record<string, unknown>, prefix = '', tag = ''): Record<string, string> {
  const problems: Record<string, string> = {};
  const missing = (name: string) => name in found && !found[name];
  if (missing(`${tag}typeOk`)) problems[`${prefix}typeId`] = 'No such active activity type';
  if (missing(`${tag}statusOk`)) problems[`${prefix}statusId`] = 'No such activity status';
  if (missing(`${tag}customerName`)) problems[`${prefix}customerId`] = 'No such customer';
  if (missing(`${tag}additionalCustomersOk`)) problems[`${prefix}additionalCustomerIds`] = 'No such customer';
  if (missing(`${tag}responsibleOk`)) problems[`${prefix}responsibleId`] = 'No such active user';
  if (missing(`${tag}additionalUsersOk`)) problems[`${prefix}additionalUserIds`] = 'No such active user';
  return problems;
}

/** The id of the workspace's active status with this key (scheduled, done, …); null if it was removed. */
export const statusIdByKey = (actor: Actor, key: string) =>
  scalar<string | null>(
    qb
      .select({ id: activityStatuses.id })
      .from(activityStatuses)
      .where(visibleTo(actor, activityStatuses, eq(activityStatuses.key, key), eq(activityStatuses.active, true)))
      .limit(1),
  );

/** The customer status a type's completion sets (seed 002's Lead → Customer), active or not; null without a rule. */
export const completionRuleOf = (actor: Actor, typeId: string) =>
  scalar<string | null>(qb.select({ rule: activityTypes.completionSetsCustomerStatus }).from(activityTypes).where(visibleTo(actor, activityTypes, eq(activityTypes.id, typeId))));

/** What a new activity takes from its contact: the contact's customer and the two names the answer shows. */
export interface ContactFacts {
  customerId: string;
  contactName: string | null;
  customerName: string;
}

/**
 * A live contact of a live customer, as one JSON value (null: no such contact in the workspace):
 * one join to plan instead of one per fact.
 */
export const contactFactsOf = (actor: Actor, contactId: string) =>
  scalar<ContactFacts | null>(
    qb
      .select({
        facts: sql`json_build_object('customerId', ${contacts.customerId}, 'contactName', nullif(trim(${contacts.firstName} || ' ' || ${contacts.lastName}), ''), 'customerName', ${customers.name})`,
      })
      .from(contacts)
      .innerJoin(customers, eq(customers.id, contacts.customerId))
      .where(visibleTo(actor, contacts, eq(contacts.id, contactId), isNull(contacts.deletedAt), isNull(customers.deletedAt))),
  );

/** Named look-ups answered by one SELECT: one round trip however many references a request names. */
export async function lookUp(db: Queryable, columns: Record<string, SQL>): Promise<Record<string, unknown>> {
  const names = Object.keys(columns);
  if (names.length === 0) return {};
  const [row] = await rows<Record<string, unknown>>(db, sql`SELECT ${sql.join(names.map((n) => sql`${columns[n]} AS ${sql.identifier(n)}`), sql`, `)}`);
  return row;
}

export async function insertActivityReturning(db: Queryable, actor: Actor, values: ActivityValues): Promise<ActivityOwnRow> {
  const [row] = await db
    .insert(activities)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning(activityColumns);
  return row as ActivityOwnRow;
}

/** Changes an activity and answers its own columns as they now are (null if it is not the caller's). */
export async function updateActivityReturning(db: Queryable, actor: Actor, id: string, values: Partial<ActivityValues>): Promise<ActivityOwnRow | null> {
  const [row] = await db
    .update(activities)
    .set({ ...values, updatedAt: new Date() })
    .where(visibleTo(actor, activities, eq(activities.id, id)))
    .returning(activityColumns);
  return (row as ActivityOwnRow) ?? null;
}

/** Additional customers and users of a new activity (nothing to delete first). */
export async function insertAdditionalCustomers(db: Queryable, activityId: string, customerIds: string[]) {
  if (customerIds.length > 0) await db.insert(activityCustomers).values(customerIds.map((customerId) => ({ activityId, customerId })));
}

export async function insertAdditionalUsers(db: Queryable, activityId: string, userIds: string[]) {
  if (userIds.length > 0) await db.insert(activityUsers).values(userIds.map((userId) => ({ activityId, userId })));
}
