import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { groupMembers, groups, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

export type GroupValues = { name?: string; active?: boolean; order?: number; type?: 'standard' | 'sales'; parentId?: string | null };

const memberCount = sql<number>`(SELECT count(*)::int FROM ${groupMembers} gm WHERE gm.group_id = ${groups.id})`;
const groupColumns = {
  id: groups.id,
  name: groups.name,
  active: groups.active,
  order: groups.order,
  type: groups.type,
  parentId: groups.parentId,
  memberCount,
};

export async function listGroupRows(db: Queryable, actor: Actor) {
  return db.select(groupColumns).from(groups).where(visibleTo(actor, groups)).orderBy(asc(groups.order), asc(groups.name));
}

export async function findGroup(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select(groupColumns)
    .from(groups)
    .where(visibleTo(actor, groups, eq(groups.id, id)));
  return row ?? null;
}

/** Every group's parent, for the cycle check. */
export async function parentLinks(db: Queryable, actor: Actor): Promise<Map<string, string | null>> {
  const all = await db.select({ id: groups.id, parentId: groups.parentId }).from(groups).where(visibleTo(actor, groups));
  return new Map(all.map((g) => [g.id, g.parentId]));
}

export async function insertGroup(db: Queryable, actor: Actor, values: GroupValues & { name: string }): Promise<string> {
  const [row] = await db
    .insert(groups)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning({ id: groups.id });
  return row.id;
}

export async function updateGroupRow(db: Queryable, actor: Actor, id: string, values: GroupValues) {
  await db
    .update(groups)
    .set(values)
    .where(visibleTo(actor, groups, eq(groups.id, id)));
}

export async function countSubgroups(db: Queryable, id: string): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(groups).where(eq(groups.parentId, id));
  return Number(n);
}

export async function deleteGroupRow(db: Queryable, id: string) {
  await db.delete(groups).where(eq(groups.id, id));
}

export async function listMemberRows(db: Queryable, groupId: string) {
  return db
    .select({ userId: groupMembers.userId, name: users.name, roleName: groupMembers.roleName })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(users.name));
}

export async function userExists(db: Queryable, actor: Actor, userId: string): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(visibleTo(actor, users, eq(users.id, userId)));
  return Boolean(user);
}

/** Adds a member, or changes the role name of one already in the group. */
export async function upsertMember(db: Queryable, groupId: string, member: { userId: string; roleName: string }) {
  await db
    .insert(groupMembers)
    .values({ groupId, ...member })
    .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.userId], set: { roleName: member.roleName } });
}

/** Whether the user was a member. */
export async function deleteMember(db: Queryable, groupId: string, userId: string): Promise<boolean> {
  const removed = await db
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .returning({ userId: groupMembers.userId });
  return removed.length > 0;
}

/** Active members of active sales groups. */
export async function listSalespeopleRows(db: Queryable, actor: Actor) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(visibleTo(actor, groups, eq(groups.type, 'sales'), eq(groups.active, true), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id));
}

/**
 * Locks a group's row: `key share` keeps it from being deleted (adding a member), `update` waits
 * for those and keeps new ones out (deleting it). False: no such group.
 */
export async function lockGroup(db: Queryable, actor: Actor, id: string, strength: 'key share' | 'update'): Promise<boolean> {
  const [row] = await db
    .select({ id: groups.id })
    .from(groups)
    .where(visibleTo(actor, groups, eq(groups.id, id)))
    .for(strength);
  return Boolean(row);
}
