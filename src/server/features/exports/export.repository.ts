import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { activities, activityStatuses, activityTypes, contactRoles, contacts, customerStatuses, customers, industries, users } from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';
import { contactNameOf } from '../activities/activities.service';

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

/** An activity as the export writes it: its own columns and two names, nothing the file does not show. */
export interface ActivityExportRow {
  id: string;
  scheduledAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  typeId: string;
  statusId: string | null;
  subject: string;
  customerName: string | null;
  contactName: string | null;
  responsibleId: string;
  done: boolean;
  doneAt: Date | null;
  private: boolean;
  note: string | null;
  createdAt: Date;
}

/** Where a batch starts: after this row (undated ones come first, as in the search's newest-first order). */
export type ActivityKey = { at: Date | null; id: string } | null;

/**
 * One batch of the activity search's rows for an export, newest first like the list, keyset on
 * (scheduled_at, id) along activities_ws_order_idx: undated activities first (by id), then dated
 * ones. Lean on purpose: the list's per-row look-ups (documents, reminders, chains) are not in the
 * file, and at 100,000 activities they were most of the time.
 */
export async function activityBatch(db: Queryable, actor: Actor, conditions: SQL[], after: ActivityKey, limit: number): Promise<ActivityExportRow[]> {
  const undated = after === null || after.at === null;
  const where = visibleTo(actor, activities, liveCustomer(), ...conditions);
  const select = () =>
    db
      .select({
        id: activities.id,
        scheduledAt: activities.scheduledAt,
        endsAt: activities.endsAt,
        allDay: activities.allDay,
        typeId: activities.typeId,
        statusId: activities.statusId,
        subject: activities.subject,
        customerName: customers.name,
        contactName: contactNameOf(contacts.firstName, contacts.lastName),
        responsibleId: activities.responsibleId,
        done: activities.done,
        doneAt: activities.doneAt,
        private: activities.private,
        note: activities.note,
        createdAt: activities.createdAt,
      })
      .from(activities)
      .leftJoin(customers, eq(customers.id, activities.customerId))
      .leftJoin(contacts, eq(contacts.id, activities.contactId));
  const rows: ActivityExportRow[] = [];
  if (undated) {
    const idAfter = after ? sql`${activities.id} < ${after.id}::uuid` : undefined;
    rows.push(
      ...(await select()
        .where(and(where, sql`${activities.scheduledAt} IS NULL`, idAfter))
        .orderBy(desc(activities.id))
        .limit(limit)),
    );
    if (rows.length === limit) return rows;
  }
  const keyAfter = after?.at
    ? sql`(${activities.scheduledAt}, ${activities.id}) < (${after.at}, ${after.id}::uuid)`
    : sql`${activities.scheduledAt} IS NOT NULL`;
  rows.push(
    ...(await select()
      .where(and(where, keyAfter))
      .orderBy(desc(activities.scheduledAt), desc(activities.id))
      .limit(limit - rows.length)),
  );
  return rows;
}
