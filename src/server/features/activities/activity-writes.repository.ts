import { eq, getTableColumns, inArray, is, SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { type Queryable, rows } from '../../db/client';
import { activities, activityCustomers, activityStatuses, activityTypes, activityUsers, contacts, customers, users } from '../../db/schema';
import { type Actor, activityNotInTrash, liveContact, liveCustomer, visibleTo } from '../../db/scope';
import { type ActivityValues, type References, activityDerivedColumns, contactNameOf } from './activities.repository';

/**
 * The write paths' statements. Every statement is a round trip (and, on PostgreSQL, a parse and a
 * plan), so a write looks up everything it needs to check in ONE statement, and answers from the
 * rows its INSERT or UPDATE returns instead of reading the activity back.
 */

const qb = new QueryBuilder();
const { searchText: _text, ...activityColumns } = getTableColumns(activities);

/** An activity's own columns, as an INSERT or UPDATE returns them (no joins, no derived fields). */
export type ActivityOwnRow = typeof activities.$inferSelect;

const exists = (query: SQL | { getSQL(): SQL }) => sql<boolean>`EXISTS (${query})`;
const scalar = <T>(query: { getSQL(): SQL }) => sql<T>`(${query})`;

/** How many of `ids` (distinct) are live customers of the workspace. */
const liveCustomerCount = (actor: Actor, ids: string[]) =>
  scalar<number>(
    qb
      .select({ n: sql`count(*)::int` })
      .from(customers)
      .where(visibleTo(actor, customers, inArray(customers.id, ids), liveCustomer())),
  );

const activeUserCount = (actor: Actor, ids: string[]) =>
  scalar<number>(
    qb
      .select({ n: sql`count(*)::int` })
      .from(users)
      .where(visibleTo(actor, users, inArray(users.id, ids), eq(users.active, true))),
  );

/** A live customer's name, as the activity answers it. */
const customerNameOf = (actor: Actor, customerId: string) =>
  scalar<string | null>(
    qb
      .select({ name: customers.name })
      .from(customers)
      .where(visibleTo(actor, customers, eq(customers.id, customerId), liveCustomer())),
  );

/** Look-up columns, in groups if need be (one per part of a request, e.g. its follow-up's references). */
export interface Columns {
  [name: string]: SQL<unknown> | Columns | undefined;
}
type AnswerOf<V> = V extends SQL<infer T> ? T : V extends Columns ? Answer<V> : never;
/** What a look-up answers: each column's value, typed as its SQL says, in the same groups; absent where the column was. */
export type Answer<C extends Columns> = { [K in keyof C]: AnswerOf<NonNullable<C[K]>> | (undefined extends C[K] ? undefined : never) };

/** Columns as named SELECT items: a group's columns are named "group.column". */
function flatten(columns: Columns, path = ''): [string, SQL][] {
  return Object.entries(columns).flatMap(([name, c]): [string, SQL][] =>
    c === undefined ? [] : is(c, SQL) ? [[path + name, c]] : flatten(c, `${path}${name}.`),
  );
}

/** The answer in the columns' shape, from the value of each flattened name. */
function answerOf<C extends Columns>(columns: C, value: (name: string) => unknown, path = ''): Answer<C> {
  const answer: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(columns)) {
    if (c !== undefined) answer[name] = is(c, SQL) ? value(path + name) : answerOf(c, value, `${path}${name}.`);
  }
  return answer as Answer<C>;
}

/**
 * The checks of a request's references in the caller's workspace (another workspace's ids are
 * simply not found): true when the record exists; for the customer, its name (null: none).
 */
export type ReferenceChecks = {
  typeOk?: SQL<boolean>;
  statusOk?: SQL<boolean>;
  customerName?: SQL<string | null>;
  additionalCustomersOk?: SQL<boolean>;
  responsibleOk?: SQL<boolean>;
  additionalUsersOk?: SQL<boolean>;
};

export function referenceColumns(actor: Actor, refs: References): ReferenceChecks {
  const c: ReferenceChecks = {};
  if (refs.typeId) {
    c.typeOk = exists(
      qb
        .select({ one: sql`1` })
        .from(activityTypes)
        .where(visibleTo(actor, activityTypes, eq(activityTypes.id, refs.typeId), eq(activityTypes.active, true))),
    );
  }
  if (refs.statusId) {
    c.statusOk = exists(
      qb
        .select({ one: sql`1` })
        .from(activityStatuses)
        .where(visibleTo(actor, activityStatuses, eq(activityStatuses.id, refs.statusId))),
    );
  }
  // The live customer's name (null: none), which the answer of a new activity shows too.
  if (refs.customerId) c.customerName = customerNameOf(actor, refs.customerId);
  if (refs.additionalCustomerIds && refs.additionalCustomerIds.length > 0) {
    const wanted = [...new Set(refs.additionalCustomerIds)];
    c.additionalCustomersOk = sql<boolean>`${liveCustomerCount(actor, wanted)} = ${wanted.length}`;
  }
  if (refs.responsibleId) {
    c.responsibleOk = exists(
      qb
        .select({ one: sql`1` })
        .from(users)
        .where(visibleTo(actor, users, eq(users.id, refs.responsibleId), eq(users.active, true))),
    );
  }
  if (refs.additionalUserIds && refs.additionalUserIds.length > 0) {
    const wanted = [...new Set(refs.additionalUserIds)];
    c.additionalUsersOk = sql<boolean>`${activeUserCount(actor, wanted)} = ${wanted.length}`;
  }
  return c;
}

/** The problems, by field name (after `prefix`), that the answers to `referenceColumns` show (the same messages as ever). */
export function referenceProblems(found: Answer<ReferenceChecks> | undefined, prefix = ''): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!found) return problems;
  const missing = (name: keyof ReferenceChecks) => name in found && !found[name];
  if (missing('typeOk')) problems[`${prefix}typeId`] = 'No such active activity type';
  if (missing('statusOk')) problems[`${prefix}statusId`] = 'No such activity status';
  if (missing('customerName')) problems[`${prefix}customerId`] = 'No such customer';
  if (missing('additionalCustomersOk')) problems[`${prefix}additionalCustomerIds`] = 'No such customer';
  if (missing('responsibleOk')) problems[`${prefix}responsibleId`] = 'No such active user';
  if (missing('additionalUsersOk')) problems[`${prefix}additionalUserIds`] = 'No such active user';
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
  scalar<string | null>(
    qb
      .select({ rule: activityTypes.completionSetsCustomerStatus })
      .from(activityTypes)
      .where(visibleTo(actor, activityTypes, eq(activityTypes.id, typeId))),
  );

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
        facts: sql`json_build_object('customerId', ${contacts.customerId}, 'contactName', ${contactNameOf(contacts.firstName, contacts.lastName)}, 'customerName', ${customers.name})`,
      })
      .from(contacts)
      .innerJoin(customers, eq(customers.id, contacts.customerId))
      .where(visibleTo(actor, contacts, eq(contacts.id, contactId), liveContact())),
  );

/** Named look-ups answered by ONE SELECT (one round trip however many references a request names), typed as their columns. */
export async function lookUp<C extends Columns>(db: Queryable, columns: C): Promise<Answer<C>> {
  const named = flatten(columns);
  if (named.length === 0) return answerOf(columns, () => undefined);
  const [row] = await rows<Record<string, unknown>>(
    db,
    sql`SELECT ${sql.join(
      named.map(([n, c]) => sql`${c} AS ${sql.identifier(n)}`),
      sql`, `,
    )}`,
  );
  return answerOf(columns, (name) => row[name]);
}

export async function insertActivityReturning(db: Queryable, actor: Actor, values: ActivityValues): Promise<ActivityOwnRow> {
  const [row] = await db
    .insert(activities)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning(activityColumns);
  return row as ActivityOwnRow;
}

/** Additional customers and users of a new activity (nothing to delete first). */
export async function insertAdditionalCustomers(db: Queryable, activityId: string, customerIds: string[]) {
  if (customerIds.length > 0) await db.insert(activityCustomers).values(customerIds.map((customerId) => ({ activityId, customerId })));
}

export async function insertAdditionalUsers(db: Queryable, activityId: string, userIds: string[]) {
  if (userIds.length > 0) await db.insert(activityUsers).values(userIds.map((userId) => ({ activityId, userId })));
}

/**
 * A column of the activity being written, qualified by the table's name: in an UPDATE's RETURNING
 * Drizzle writes columns unqualified, and inside a subquery an unqualified `id` is the subquery's own.
 */
const own = (column: { name: string }) => sql`${activities}.${sql.identifier(column.name)}`;

/**
 * An activity's derived fields as RETURNING columns of a statement on `activities`: the same
 * definitions as a read's (activityDerivedColumns); the names, which a read takes from its joins,
 * by the activity's keys here.
 */
const derivedColumns = {
  ...activityDerivedColumns(own(activities.id)),
  customerName: sql<string | null>`(SELECT c.name FROM ${customers} c WHERE c.id = ${own(activities.customerId)})`,
  contactName: sql<
    string | null
  >`(SELECT ${contactNameOf(sql`ct.first_name`, sql`ct.last_name`)} FROM ${contacts} ct WHERE ct.id = ${own(activities.contactId)})`,
};

/** Not an activity of a customer in the trash (those are hidden: 404, as on a read). */
const notInTrash = activityNotInTrash(own(activities.customerId));

export type CompletedRow<Found> = ActivityOwnRow & {
  additionalCustomerIds: string[];
  additionalUserIds: string[];
  nextActivityId: string | null;
  reminders: number[];
  customerName: string | null;
  contactName: string | null;
  /** The customer status the activity's type sets on completion (null: no rule). */
  rule: string | null;
  /** The answers to the look-up columns the caller asked for, in their shape. */
  found: Found;
};

/**
 * Ticks an open, visible activity done in ONE statement that also answers everything the
 * completion needs: the activity as a read shows it (as of before any follow-up), its type's
 * customer-status rule, and `checks` (look-up columns, see lookUp; `refs` checks the status asked
 * for). The status is the one asked for if it is the workspace's (`refs.statusOk` says so;
 * otherwise it stays, and the caller rolls back), else the workspace's "done" status, else the one it had.
 * Null when no open activity of the caller's has this id (it may be done: ask findActivity).
 */
export async function completeReturning<C extends Columns & { refs: ReferenceChecks }>(
  db: Queryable,
  actor: Actor,
  id: string,
  change: { statusId?: string; note?: string | null; doneAt: Date },
  checks: C,
): Promise<CompletedRow<Answer<C>> | null> {
  const statusId =
    change.statusId !== undefined
      ? sql`CASE WHEN ${checks.refs.statusOk} THEN ${change.statusId}::uuid ELSE ${activities.statusId} END`
      : sql`coalesce(${statusIdByKey(actor, 'done')}, ${activities.statusId})`;
  const named = flatten(checks);
  const [row] = (await db
    .update(activities)
    .set({ done: true, doneAt: change.doneAt, statusId, ...(change.note !== undefined ? { note: change.note } : {}), updatedAt: new Date() })
    .where(visibleTo(actor, activities, eq(activities.id, id), eq(activities.done, false), notInTrash))
    .returning({
      ...activityColumns,
      ...derivedColumns,
      rule: sql<string | null>`(SELECT t.completion_sets_customer_status FROM ${activityTypes} t WHERE t.id = ${own(activities.typeId)})`,
      ...Object.fromEntries(named.map(([, c], i) => [`found${i}`, c])),
    })) as Record<string, unknown>[];
  if (!row) return null;
  const foundByName = new Map(named.map(([n], i) => [n, row[`found${i}`]]));
  for (const i of named.keys()) delete row[`found${i}`];
  return { ...(row as unknown as Omit<CompletedRow<Answer<C>>, 'found'>), found: answerOf(checks, (name) => foundByName.get(name)) };
}

/**
 * A recurring activity's next occurrence takes the one before's additional customers and users and
 * its reminders (counted back from the new time): the series is the same work with the same people.
 */
export async function copySeriesLinks(db: Queryable, fromId: string, toId: string) {
  await db.execute(
    sql`INSERT INTO activity_customers (activity_id, customer_id) SELECT ${toId}, customer_id FROM activity_customers WHERE activity_id = ${fromId}`,
  );
  await db.execute(sql`INSERT INTO activity_users (activity_id, user_id) SELECT ${toId}, user_id FROM activity_users WHERE activity_id = ${fromId}`);
  await db.execute(sql`
    INSERT INTO activity_reminders (activity_id, minutes_before, due_at, delivered_at)
    SELECT a.id, r.minutes_before, a.scheduled_at - make_interval(mins => r.minutes_before), CASE WHEN a.scheduled_at <= now() THEN now() END
    FROM activity_reminders r JOIN activities a ON a.id = ${toId}
    WHERE r.activity_id = ${fromId} AND a.scheduled_at IS NOT NULL`);
}
