import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, customers } from '../../db/schema';
import { type Actor, activityNotInTrash, visibleTo } from '../../db/scope';
import { type ActivityRow, filterConditions, type Range, selectLiveActivities } from './activities.repository';
import { type After, afterCondition, orderBy, type SortSpec } from '../todo/todo-sort';

/** What the list and its counts filter on, resolved: a group is its members' ids by now. */
export interface TodoFilterValues {
  responsibleId: string | null;
  /** Members of the group asked for and its subgroups (null: no group filter). */
  memberIds: string[] | null;
  typeId?: string;
  salesProjectId?: string;
  campaignId?: string;
  includeDone: boolean;
  range: Range;
}

function conditions(f: TodoFilterValues): SQL[] {
  const c = filterConditions({
    responsibleId: f.responsibleId ?? undefined,
    typeId: f.typeId,
    salesProjectId: f.salesProjectId,
    campaignId: f.campaignId,
    range: f.range,
    done: f.includeDone ? undefined : false,
  });
  if (f.memberIds) c.push(f.memberIds.length > 0 ? inArray(activities.responsibleId, f.memberIds) : sql`false`);
  return c;
}

/**
 * One page (limit + 1 rows) of the to-do in the sort asked for, keyset paged after `after`: the
 * page's ids first, on activities alone (filter, order, limit), then the joins and per-row
 * subqueries for those rows only.
 */
export async function listTodoRows(db: Queryable, actor: Actor, f: TodoFilterValues, spec: SortSpec, page: { limit: number; after: After | null }) {
  const byCustomer = spec.sort === 'customer';
  const name = byCustomer ? sql`page_customer.name` : undefined;
  const where = conditions(f);
  if (page.after) where.push(afterCondition(spec, page.after, name));
  let ids = db.select({ id: activities.id }).from(activities).$dynamic();
  // By customer: each candidate's customer looked up once, by key (OFFSET 0 keeps it a per-row
  // look-up rather than a join that hashes every customer), not once per use of its name. At a
  // million activities, 5,700 open ones sorted by customer: 46,900 → 24,200 buffers, 44 → 25 ms.
  const customerOf = sql`(SELECT sc.name FROM ${customers} sc WHERE sc.id = ${activities.customerId} OFFSET 0) page_customer`;
  if (byCustomer) ids = ids.leftJoinLateral(customerOf, sql`true`);
  const pageIds = ids
    .where(visibleTo(actor, activities, activityNotInTrash(activities.customerId, actor), ...where))
    .orderBy(...orderBy(spec, name))
    .limit(page.limit + 1);
  const found = await selectLiveActivities(db, actor, inArray(activities.id, pageIds)).orderBy(...orderBy(spec));
  return found as ActivityRow[];
}

/** Where today starts and ends for the caller: timed activities compare with the instants, all-day ones with the UTC midnights of the dates. */
export interface Today {
  starts: Date;
  ends: Date;
  dateStarts: Date;
  dateEnds: Date;
}

/** How many activities of the whole filtered list are in each bucket: one pass, no page. */
export async function countTodo(db: Queryable, actor: Actor, f: TodoFilterValues, today: Today) {
  const open = sql`NOT ${activities.done}`;
  const a = activities;
  const overdue = sql`(CASE WHEN ${a.allDay} THEN ${a.scheduledAt} < ${today.dateStarts} ELSE ${a.scheduledAt} < ${today.starts} END)`;
  const isToday = sql`(CASE WHEN ${a.allDay} THEN ${a.scheduledAt} >= ${today.dateStarts} AND ${a.scheduledAt} < ${today.dateEnds} ELSE ${a.scheduledAt} >= ${today.starts} AND ${a.scheduledAt} < ${today.ends} END)`;
  const [row] = await db
    .select({
      open: sql<number>`count(*) FILTER (WHERE ${open})::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${open} AND ${overdue})::int`,
      today: sql<number>`count(*) FILTER (WHERE ${open} AND ${isToday})::int`,
      undated: sql<number>`count(*) FILTER (WHERE ${open} AND ${a.scheduledAt} IS NULL)::int`,
      done: sql<number>`count(*) FILTER (WHERE ${a.done})::int`,
    })
    .from(a)
    .where(visibleTo(actor, a, activityNotInTrash(a.customerId, actor), ...conditions(f)));
  return { overdue: row.overdue, today: row.today, future: row.open - row.overdue - row.today - row.undated, undated: row.undated, done: row.done };
}
