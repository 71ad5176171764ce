import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Queryable, rows } from '../../db/client';
import { customerShares, customers, groups, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

export interface ShareRow {
  userId: string | null;
  groupId: string | null;
  access: 'read' | 'edit';
}

export async function listShares(db: Queryable, actor: Actor, customerId: string): Promise<ShareRow[]> {
  return db
    .select({ userId: customerShares.userId, groupId: customerShares.groupId, access: customerShares.access })
    .from(customerShares)
    .where(visibleTo(actor, customerShares, eq(customerShares.customerId, customerId)))
    .orderBy(asc(customerShares.userId), asc(customerShares.groupId));
}

/** Replaces the customer's shares (the caller holds the customer's row lock, so two replacements run one after the other). */
export async function replaceShares(db: Queryable, actor: Actor, customerId: string, items: ShareRow[]) {
  await db.delete(customerShares).where(and(eq(customerShares.workspaceId, actor.workspaceId), eq(customerShares.customerId, customerId)));
  if (items.length === 0) return;
  await db.insert(customerShares).values(items.map((s) => ({ ...s, workspaceId: actor.workspaceId, customerId, createdById: actor.userId })));
}

/**
 * Shares every customer with every target, in one statement: a target that already has a share of
 * a customer gets the new access (the unique target key makes parallel calls meet, not duplicate).
 */
export async function addShares(
  db: Queryable,
  actor: Actor,
  customerIds: string[],
  targets: { userId: string | null; groupId: string | null }[],
  access: 'read' | 'edit',
) {
  const values = customerIds.flatMap((customerId) =>
    targets.map((t) => ({ workspaceId: actor.workspaceId, customerId, userId: t.userId, groupId: t.groupId, access, createdById: actor.userId })),
  );
  for (let i = 0; i < values.length; i += 5000) {
    await db
      .insert(customerShares)
      .values(values.slice(i, i + 5000))
      .onConflictDoUpdate({ target: [customerShares.customerId, customerShares.userId, customerShares.groupId], set: { access } });
  }
}

/**
 * Locks the customer's row (as every change of a customer does, see customers.repository) and
 * answers its name; null when the caller cannot see it.
 */
export async function lockCustomer(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.id, id)))
    .for('no key update');
  return row ?? null;
}

/** Of these customers, the ones the caller sees (live or in the trash) with their responsible. */
export async function visibleCustomers(db: Queryable, actor: Actor, ids: string[]) {
  return db
    .select({ id: customers.id, responsibleId: customers.responsibleId, name: customers.name })
    .from(customers)
    .where(visibleTo(actor, customers, inArray(customers.id, ids)));
}

/** Which of these ids are active users, and which groups, of the caller's workspace. */
export async function knownTargets(db: Queryable, actor: Actor, userIds: string[], groupIds: string[]) {
  const foundUsers = userIds.length
    ? await db
        .select({ id: users.id })
        .from(users)
        .where(visibleTo(actor, users, inArray(users.id, userIds), eq(users.active, true)))
    : [];
  const foundGroups = groupIds.length
    ? await db
        .select({ id: groups.id })
        .from(groups)
        .where(visibleTo(actor, groups, inArray(groups.id, groupIds)))
    : [];
  return { userIds: new Set(foundUsers.map((u) => u.id)), groupIds: new Set(foundGroups.map((g) => g.id)) };
}

export interface AccessRow {
  user_id: string;
  name: string;
  role: 'admin' | 'manager' | 'user';
  responsible: boolean;
  direct: 'read' | 'edit' | null;
  via_groups: { groupId: string; groupName: string; access: 'read' | 'edit' }[] | null;
  activity: boolean;
}

/**
 * Every active user of the workspace with what gives them access to the customer: its
 * responsible, a share with them, shares with their groups (or groups above theirs), a part in one
 * of its activities. The same rule as access/visibility.ts, spelled out per user.
 */
export async function accessRows(db: Queryable, actor: Actor, customerId: string): Promise<AccessRow[]> {
  return rows<AccessRow>(
    db,
    sql`WITH RECURSIVE member_of(user_id, group_id) AS (
        SELECT gm.user_id, gm.group_id FROM group_members gm JOIN groups g ON g.id = gm.group_id WHERE g.workspace_id = ${actor.workspaceId}
        UNION
        SELECT m.user_id, g.parent_id FROM member_of m JOIN groups g ON g.id = m.group_id WHERE g.parent_id IS NOT NULL
      )
      SELECT u.id::text AS user_id, u.name, u.role,
        (c.responsible_id = u.id) AS responsible,
        (SELECT s.access FROM customer_shares s WHERE s.customer_id = c.id AND s.user_id = u.id) AS direct,
        (SELECT json_agg(json_build_object('groupId', g.id::text, 'groupName', g.name, 'access', s.access) ORDER BY g.name)
          FROM customer_shares s JOIN groups g ON g.id = s.group_id JOIN member_of m ON m.group_id = s.group_id
          WHERE s.customer_id = c.id AND m.user_id = u.id) AS via_groups,
        (EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = c.id AND a.responsible_id = u.id)
          OR EXISTS (SELECT 1 FROM activity_users au JOIN activities a ON a.id = au.activity_id WHERE au.user_id = u.id AND a.customer_id = c.id)) AS activity
      FROM users u JOIN customers c ON c.id = ${customerId} AND c.workspace_id = u.workspace_id
      WHERE u.workspace_id = ${actor.workspaceId} AND u.active
      ORDER BY u.name, u.id`,
  );
}

/** Shares a new customer (no shares yet) with users and groups. */
export async function insertShares(
  db: Queryable,
  actor: Actor,
  customerId: string,
  targets: { userId: string | null; groupId: string | null }[],
  access: 'read' | 'edit',
) {
  if (targets.length === 0) return;
  await db.insert(customerShares).values(targets.map((t) => ({ ...t, workspaceId: actor.workspaceId, customerId, access, createdById: actor.userId })));
}
