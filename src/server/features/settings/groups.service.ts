import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/client';
import { groupMembers, groups, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { requireRole } from '../../auth/authenticate';
import { inUse, invalid, notFound } from '../../http/errors';
import { wouldCreateCycle } from './group-tree';

type GroupInput = { name?: string; active?: boolean; order?: number; type?: 'standard' | 'sales'; parentId?: string | null };

const memberCount = sql<number>`(SELECT count(*)::int FROM ${groupMembers} gm WHERE gm.group_id = ${groups.id})`;
const groupColumns = { id: groups.id, name: groups.name, active: groups.active, order: groups.order, type: groups.type, parentId: groups.parentId, memberCount };

export async function listGroups(db: Queryable, actor: Actor) {
  const items = await db.select(groupColumns).from(groups).where(visibleTo(actor, groups)).orderBy(asc(groups.order), asc(groups.name));
  return { items, nextCursor: null };
}

export async function getGroup(db: Queryable, actor: Actor, id: string) {
  const [row] = await db.select(groupColumns).from(groups).where(visibleTo(actor, groups, eq(groups.id, id)));
  if (!row) throw notFound('Group');
  return row;
}

async function checkParent(db: Queryable, actor: Actor, groupId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const all = await db.select({ id: groups.id, parentId: groups.parentId }).from(groups).where(visibleTo(actor, groups));
  const parentOf = new Map(all.map((g) => [g.id, g.parentId]));
  if (!parentOf.has(parentId)) throw invalid({ parentId: 'No such group' });
  if (groupId && wouldCreateCycle(parentOf, groupId, parentId)) throw invalid({ parentId: 'A group cannot be placed under itself or one of its subgroups' });
}

export async function createGroup(db: Database, actor: Actor, input: GroupInput & { name: string }) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    await checkParent(tx, actor, null, input.parentId);
    const [row] = await tx.insert(groups).values({ ...input, workspaceId: actor.workspaceId }).returning({ id: groups.id });
    const group = await getGroup(tx, actor, row.id);
    await recordChange(tx, actor, { action: 'create', entity: 'group', entityId: row.id, after: group });
    return group;
  });
}

export async function updateGroup(db: Database, actor: Actor, id: string, input: GroupInput) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const before = await getGroup(tx, actor, id);
    // A PATCH without a known field changes nothing and answers the group, like every other PATCH.
    if (!Object.values(input).some((value) => value !== undefined)) return before;
    await checkParent(tx, actor, id, input.parentId);
    await tx.update(groups).set(input).where(visibleTo(actor, groups, eq(groups.id, id)));
    const after = await getGroup(tx, actor, id);
    await recordChange(tx, actor, { action: 'update', entity: 'group', entityId: id, before, after });
    return after;
  });
}

export async function deleteGroup(db: Database, actor: Actor, id: string) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const before = await getGroup(tx, actor, id);
    const [{ n }] = await tx.select({ n: count() }).from(groups).where(eq(groups.parentId, id));
    const counts = Object.fromEntries(Object.entries({ subgroups: Number(n), members: before.memberCount }).filter(([, count]) => count > 0));
    if (Object.keys(counts).length) {
      const words = Object.entries(counts).map(([what, count]) => `${count} ${what}`);
      throw inUse(counts, `In use: the group has ${words.join(' and ')}; deactivate it instead`);
    }
    await tx.delete(groups).where(eq(groups.id, id));
    await recordChange(tx, actor, { action: 'delete', entity: 'group', entityId: id, before });
    return before;
  });
}

export async function listMembers(db: Queryable, actor: Actor, groupId: string) {
  await getGroup(db, actor, groupId);
  const items = await db
    .select({ userId: groupMembers.userId, name: users.name, roleName: groupMembers.roleName })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(users.name));
  return { items, nextCursor: null };
}

/** Adds a member, or changes the role name of one already in the group. */
export async function putMember(db: Database, actor: Actor, groupId: string, input: { userId: string; roleName: string }) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    await getGroup(tx, actor, groupId);
    const [user] = await tx.select({ id: users.id }).from(users).where(visibleTo(actor, users, eq(users.id, input.userId)));
    if (!user) throw invalid({ userId: 'No such user' });
    await tx
      .insert(groupMembers)
      .values({ groupId, ...input })
      .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.userId], set: { roleName: input.roleName } });
    await recordChange(tx, actor, { action: 'update', entity: 'group_member', entityId: groupId, after: input });
    return listMembers(tx, actor, groupId);
  });
}

export async function removeMember(db: Database, actor: Actor, groupId: string, userId: string) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    await getGroup(tx, actor, groupId);
    const removed = await tx
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
      .returning({ userId: groupMembers.userId });
    if (removed.length === 0) throw notFound('Member');
    await recordChange(tx, actor, { action: 'delete', entity: 'group_member', entityId: groupId, before: { userId } });
    return listMembers(tx, actor, groupId);
  });
}

/** The workspace's salespeople: members of any active sales group. */
export async function listSalespeople(db: Queryable, actor: Actor) {
  const items = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(visibleTo(actor, groups, eq(groups.type, 'sales'), eq(groups.active, true), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id));
  return { items, nextCursor: null };
}
