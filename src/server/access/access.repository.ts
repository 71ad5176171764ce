import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Queryable, rows } from '../db/client';
import { activities, contacts, customers, groupMembers, groups } from '../db/schema';
import { type Actor, activityNotInTrash, liveContact, visibleTo } from '../db/scope';
import { customerEditable, inForm, partOfActivity } from './visibility';

/** Kinds whose records have responsible users (and so an ownership). */
export type OwnedKind = 'customer' | 'contact' | 'activity';

/**
 * The users responsible for a record, as the policy weighs them: a customer's responsible; a
 * contact's customer's; an activity's own and its customer's. Null when the caller cannot see the
 * record (another workspace, a contact or activity hidden by the trash); a customer in the trash
 * is found, since it is restored and purged from there.
 */
export async function ownersOf(db: Queryable, actor: Actor, kind: OwnedKind, id: string): Promise<(string | null)[] | null> {
  if (kind === 'customer') {
    const [row] = await db
      .select({ a: customers.responsibleId })
      .from(customers)
      .where(visibleTo(actor, customers, eq(customers.id, id)));
    return row ? [row.a] : null;
  }
  if (kind === 'contact') {
    const [row] = await db
      .select({ a: customers.responsibleId })
      .from(contacts)
      .innerJoin(customers, eq(customers.id, contacts.customerId))
      .where(visibleTo(actor, contacts, eq(contacts.id, id), liveContact()));
    return row ? [row.a] : null;
  }
  const [row] = await db
    .select({ a: activities.responsibleId, b: customers.responsibleId })
    .from(activities)
    .leftJoin(customers, eq(customers.id, activities.customerId))
    .where(visibleTo(actor, activities, eq(activities.id, id), activityNotInTrash(activities.customerId)));
  return row ? [row.a, row.b] : null;
}

/**
 * A manager's team: the members of every group the manager belongs to, and of those groups'
 * subgroups, all the way down (groups form a tree through parentId).
 */
export async function teamOf(db: Queryable, actor: Actor): Promise<Set<string>> {
  const found = await rows<{ user_id: string }>(
    db,
    sql`WITH RECURSIVE team_groups(id) AS (
        SELECT gm.group_id FROM ${groupMembers} gm JOIN ${groups} g ON g.id = gm.group_id
        WHERE gm.user_id = ${actor.userId} AND g.workspace_id = ${actor.workspaceId}
        UNION
        SELECT g.id FROM ${groups} g JOIN team_groups t ON g.parent_id = t.id
      )
      SELECT DISTINCT gm.user_id::text AS user_id FROM ${groupMembers} gm JOIN team_groups t ON t.id = gm.group_id`,
  );
  return new Set(found.map((r) => r.user_id));
}

/**
 * Whether the caller may change the record under restricted visibility (see assertEditable): null
 * when they cannot see it. A customer in the trash counts (it is restored from there).
 */
export async function editableBy(db: Queryable, actor: Actor, kind: OwnedKind, id: string): Promise<boolean | null> {
  if (kind === 'customer') {
    const [row] = await db
      .select({ editable: sql<boolean>`${customerEditable(actor, customers.id)}` })
      .from(customers)
      .where(visibleTo(actor, customers, eq(customers.id, id)));
    return row ? row.editable : null;
  }
  if (kind === 'contact') {
    const [row] = await db
      .select({ editable: sql<boolean>`${customerEditable(actor, contacts.customerId)}` })
      .from(contacts)
      .where(visibleTo(actor, contacts, and(eq(contacts.id, id), isNull(contacts.deletedAt))));
    return row ? row.editable : null;
  }
  const a = activities;
  const [row] = await db
    .select({
      editable: sql<boolean>`(${a.customerId} IS NULL OR ${partOfActivity(actor, a.id, a.responsibleId)} OR ${customerEditable(actor, a.customerId)})`,
    })
    .from(a)
    .where(visibleTo(actor, a, eq(a.id, id)));
  return row ? row.editable : null;
}

/**
 * Of these customers (all visible to the caller), the ones the caller may change: under restricted
 * visibility its responsible or an edit share; everyone else changes every customer they see.
 * One query over a page of ids, and none at all for a caller who is not restricted.
 */
export async function editableCustomers(db: Queryable, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (!actor.restricted) return new Set(ids);
  if (ids.length === 0) return new Set();
  // A page of ids: probed one by one (building the viewer's whole set again would cost more).
  const v = inForm(actor, 'probe');
  const found = await db
    .select({ id: customers.id })
    .from(customers)
    .where(visibleTo(v, customers, and(inArray(customers.id, ids), customerEditable(v, customers.id))));
  return new Set(found.map((r) => r.id));
}
