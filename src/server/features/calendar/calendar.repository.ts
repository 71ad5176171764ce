import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { activityBusy, calendarActivityVisible, customerEditable, partOfActivity } from '../../access/visibility';
import type { Queryable } from '../../db/client';
import {
  activities,
  activityCustomers,
  activityReminders,
  activityUsers,
  contacts,
  customers,
  documents,
  groupMembers,
  groups,
  users,
  workspaces,
} from '../../db/schema';
import { type Actor, liveCustomer } from '../../db/scope';
import type { CalendarWindow } from './window';

export interface CalendarUserRow {
  id: string;
  name: string;
  calendarColor: string | null;
  active: boolean;
}

export type CalendarVisibility = (typeof workspaces.$inferSelect)['calendarVisibility'];

export async function findCalendarVisibility(db: Queryable, actor: Actor): Promise<CalendarVisibility> {
  const [row] = await db.select({ v: workspaces.calendarVisibility }).from(workspaces).where(eq(workspaces.id, actor.workspaceId));
  return row?.v ?? 'own';
}

/**
 * The users of the caller's groups and of the groups below them (the caller's teams), the caller
 * included: the calendars a `user` may see when the workspace says 'groups'.
 */
function groupMates(actor: Actor): SQL {
  return sql`${users.id} = ${actor.userId} OR ${users.id} IN (WITH RECURSIVE mine(id) AS (
      SELECT g.id FROM ${groupMembers} gm JOIN ${groups} g ON g.id = gm.group_id WHERE gm.user_id = ${actor.userId} AND g.workspace_id = ${actor.workspaceId}
      UNION SELECT g.id FROM ${groups} g JOIN mine ON g.parent_id = mine.id
    ) SELECT cm.user_id FROM ${groupMembers} cm WHERE cm.group_id IN (SELECT id FROM mine))`;
}

/** Users of the caller's workspace whose calendars `visibility` lets the caller see (`ids`: only these). */
export async function listCalendarUsers(db: Queryable, actor: Actor, visibility: CalendarVisibility | 'all', ids?: string[]): Promise<CalendarUserRow[]> {
  const rule = visibility === 'all' || visibility === 'everyone' ? undefined : visibility === 'own' ? eq(users.id, actor.userId) : groupMates(actor);
  return db
    .select({ id: users.id, name: users.name, calendarColor: users.calendarColor, active: users.active })
    .from(users)
    .where(and(eq(users.workspaceId, actor.workspaceId), ids ? inArray(users.id, ids) : undefined, rule))
    .orderBy(asc(users.name), asc(users.id));
}

/** How long before a window an activity may start and still be found by its start (migration 0020's partial index finds longer ones). */
const LEAD = sql`interval '2 days'`;

/**
 * The ids of activities of `userIds` (responsible or additional) that start in [lo, hi), plus the
 * long ones that end after `lo`: each branch reads an index (responsible, scheduled_at), (user,
 * activity) or the partial index of long activities. The additional users' branch is bounded by the
 * workspace too: for users with thousands of additional activities PostgreSQL hashes them and joins
 * the window's activities, which it then reads as a range of (workspace_id, scheduled_at); without
 * that bound it read a whole index by its second column (a million entries at 1M activities).
 */
function candidates(actor: Actor, userIds: string[], w: CalendarWindow): SQL {
  const asked = sql.join(
    userIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const starts = (t: string) => sql`${sql.raw(t)}.scheduled_at >= ${w.lo}::timestamptz - ${LEAD} AND ${sql.raw(t)}.scheduled_at < ${w.hi}`;
  return sql`(SELECT ca.id FROM ${activities} ca WHERE ca.responsible_id IN (${asked}) AND ${starts('ca')}
    UNION SELECT cu.activity_id FROM ${activityUsers} cu JOIN ${activities} ca ON ca.id = cu.activity_id WHERE ca.workspace_id = ${actor.workspaceId} AND cu.user_id IN (${asked}) AND ${starts('ca')}
    UNION SELECT cl.id FROM ${activities} cl WHERE cl.workspace_id = ${actor.workspaceId}
      AND cl.ends_at - cl.scheduled_at > ${LEAD} AND cl.ends_at >= ${w.lo} AND cl.scheduled_at < ${w.hi}
      AND (cl.responsible_id IN (${asked}) OR EXISTS (SELECT 1 FROM ${activityUsers} lu WHERE lu.activity_id = cl.id AND lu.user_id IN (${asked}))))`;
}

/**
 * The window itself: a timed activity overlaps [from, before); an all-day one (stored at midnight
 * UTC of its date) overlaps the window's dates in the caller's time zone, [dayFrom, dayBefore).
 */
function overlaps(w: CalendarWindow): SQL {
  const a = activities;
  return sql`(CASE WHEN ${a.allDay}
    THEN ${a.scheduledAt} < ${w.dayBefore} AND coalesce(${a.endsAt}, ${a.scheduledAt}) >= ${w.dayFrom}
    ELSE ${a.scheduledAt} < ${w.before} AND (${a.endsAt} > ${w.from} OR ${a.scheduledAt} >= ${w.from}) END)`;
}

/**
 * An activity's derived fields as activities.repository reads them (a feature reads another's tables
 * only through its own statements): additional customers and users, the next link, names.
 */
function derivedColumns() {
  const a = activities;
  return {
    additionalCustomerIds: sql<
      string[]
    >`coalesce((SELECT array_agg(ac.customer_id::text ORDER BY ac.customer_id) FROM ${activityCustomers} ac WHERE ac.activity_id = ${a.id}), '{}')`,
    additionalUserIds: sql<
      string[]
    >`coalesce((SELECT array_agg(au.user_id::text ORDER BY au.user_id) FROM ${activityUsers} au WHERE au.activity_id = ${a.id}), '{}')`,
    nextActivityId: sql<string | null>`(SELECT n.id::text FROM ${activities} n WHERE n.previous_activity_id = ${a.id})`,
    reminders: sql<
      number[]
    >`coalesce((SELECT array_agg(r.minutes_before ORDER BY r.minutes_before) FROM ${activityReminders} r WHERE r.activity_id = ${a.id}), '{}')`,
    documentCount: sql<number>`(SELECT count(*)::int FROM ${documents} d WHERE d.activity_id = ${a.id})`,
    customerName: customers.name,
    contactName: sql<string | null>`nullif(trim(${contacts.firstName} || ' ' || ${contacts.lastName}), '')`,
  };
}

export type CalendarRow = Awaited<ReturnType<typeof calendarRows>>[number];

/**
 * Activities of the caller's workspace that the caller may find in a calendar, as they sit in the
 * `userIds` calendars, oldest first, of those `where` picks: each asker passes `a.id = ANY(ARRAY(…))`
 * of its candidates, read once and then each probed by its key (with `IN (subquery)` PostgreSQL
 * hashed them and scanned the workspace's activities).
 */
function calendarRows(db: Queryable, actor: Actor, ...where: SQL[]) {
  const a = activities;
  return db
    .select({
      ...activityColumns(),
      ...derivedColumns(),
      // Never null in a window (an undated task is in none): typed so.
      scheduledAt: sql<Date>`${a.scheduledAt}`.mapWith(a.scheduledAt),
      busy: sql<boolean>`${activityBusy(actor)}`,
      editable: sql<boolean>`(NOT ${activityBusy(actor)} AND (${a.customerId} IS NULL OR ${partOfActivity(actor, a.id, a.responsibleId)} OR ${customerEditable(actor, a.customerId)}))`,
    })
    .from(a)
    .leftJoin(customers, eq(customers.id, a.customerId))
    .leftJoin(contacts, eq(contacts.id, a.contactId))
    .where(and(eq(a.workspaceId, actor.workspaceId), calendarActivityVisible(actor), liveCustomer(), ...where))
    .orderBy(asc(a.scheduledAt), asc(a.id));
}

/** The activities of `userIds` in the window that the caller may find in a calendar, oldest first. */
export function listCalendarActivities(db: Queryable, actor: Actor, userIds: string[], w: CalendarWindow) {
  return calendarRows(db, actor, sql`${activities.id} = ANY(ARRAY${candidates(actor, userIds, w)})`, overlaps(w));
}

/**
 * The ids of the open recurring activities (one per series) of `userIds`, responsible or
 * additional, dated before `before`: the partial index of open series (migration 0027) holds only
 * these, a few per user, so neither branch reads a user's other activities.
 */
function openSeries(userIds: string[], before: Date): SQL {
  const asked = sql.join(
    userIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const open = (t: string) => sql`${sql.raw(t)}.recurrence IS NOT NULL AND NOT ${sql.raw(t)}.done AND ${sql.raw(t)}.scheduled_at < ${before}`;
  return sql`(SELECT sa.id FROM ${activities} sa WHERE sa.responsible_id IN (${asked}) AND ${open('sa')}
    UNION SELECT su.activity_id FROM ${activityUsers} su JOIN ${activities} sa ON sa.id = su.activity_id WHERE su.user_id IN (${asked}) AND ${open('sa')})`;
}

/**
 * The open occurrences of the recurring series of `userIds` dated before `before`, as calendar
 * rows: the calendar projects each series' coming occurrences from its open one. One that already
 * has a follow-up is left out: completing it chains no next occurrence.
 */
export function listOpenSeries(db: Queryable, actor: Actor, userIds: string[], before: Date) {
  const a = activities;
  return calendarRows(
    db,
    actor,
    sql`${a.id} = ANY(ARRAY${openSeries(userIds, before)})`,
    sql`NOT EXISTS (SELECT 1 FROM ${activities} sn WHERE sn.previous_activity_id = ${a.id})`,
  );
}

/** The time zones of these users of the caller's workspace (a series keeps its responsible's wall-clock time). */
export async function userTimeZones(db: Queryable, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: users.id, timeZone: users.timeZone })
    .from(users)
    .where(and(eq(users.workspaceId, actor.workspaceId), inArray(users.id, ids)));
  return new Map(found.map((row) => [row.id, row.timeZone]));
}

function activityColumns() {
  const { searchText: _text, ...columns } = getTableColumns(activities);
  return columns;
}
