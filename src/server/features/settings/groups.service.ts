import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { lockName } from '../../db/locks';
import { inUse, invalid, notFound } from '../../http/errors';
import { wouldCreateCycle } from './group-tree';
import { assertCan } from '../../access/policy';
import * as repo from './groups.repository';

type GroupInput = repo.GroupValues;

export async function listGroups(db: Queryable, actor: Actor) {
  assertCan(actor, 'read', { kind: 'group' });
  return { items: await repo.listGroupRows(db, actor), nextCursor: null };
}

export async function getGroup(db: Queryable, actor: Actor, id: string) {
  assertCan(actor, 'read', { kind: 'group' });
  const row = await repo.findGroup(db, actor, id);
  if (!row) throw notFound('Group');
  return row;
}

/**
 * One change of the workspace's group tree at a time: a cycle is checked on the whole tree, and two
 * groups placed under each other at once each passed the check on the tree before the other's change.
 */
const lockGroupTree = (db: Queryable, actor: Actor) => lockName(db, 'groups', actor.workspaceId);

async function checkParent(db: Queryable, actor: Actor, groupId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  await lockGroupTree(db, actor);
  const parentOf = await repo.parentLinks(db, actor);
  if (!parentOf.has(parentId)) throw invalid({ parentId: 'No such group' }, 'not_found_ref');
  if (groupId && wouldCreateCycle(parentOf, groupId, parentId))
    throw invalid({ parentId: 'A group cannot be placed under itself or one of its subgroups' }, 'group_cycle');
}

export async function createGroup(db: Database, actor: Actor, input: GroupInput & { name: string }) {
  assertCan(actor, 'create', { kind: 'group' });
  return db.transaction(async (tx) => {
    await checkParent(tx, actor, null, input.parentId);
    const id = await repo.insertGroup(tx, actor, input);
    const group = await getGroup(tx, actor, id);
    await recordChange(tx, actor, { action: 'create', entity: 'group', entityId: id, after: group });
    return group;
  });
}

export async function updateGroup(db: Database, actor: Actor, id: string, input: GroupInput) {
  assertCan(actor, 'change', { kind: 'group' });
  return db.transaction(async (tx) => {
    const before = await getGroup(tx, actor, id);
    // A PATCH without a known field changes nothing and answers the group, like every other PATCH.
    if (!Object.values(input).some((value) => value !== undefined)) return before;
    await checkParent(tx, actor, id, input.parentId);
    await repo.updateGroupRow(tx, actor, id, input);
    const after = await getGroup(tx, actor, id);
    await recordChange(tx, actor, { action: 'update', entity: 'group', entityId: id, before, after });
    return after;
  });
}

export async function deleteGroup(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'delete', { kind: 'group' });
  return db.transaction(async (tx) => {
    // The tree first (a subgroup placed under it now), then the row (a member added now): what is counted below stays true.
    await lockGroupTree(tx, actor);
    if (!(await repo.lockGroup(tx, actor, id, 'update'))) throw notFound('Group');
    const before = await getGroup(tx, actor, id);
    const counts = Object.fromEntries(
      Object.entries({ subgroups: await repo.countSubgroups(tx, id), members: before.memberCount }).filter(([, count]) => count > 0),
    );
    if (Object.keys(counts).length) {
      const words = Object.entries(counts).map(([what, count]) => `${count} ${what}`);
      throw inUse(counts, `In use: the group has ${words.join(' and ')}; deactivate it instead`);
    }
    await repo.deleteGroupRow(tx, id);
    await recordChange(tx, actor, { action: 'delete', entity: 'group', entityId: id, before });
    return before;
  });
}

export async function listMembers(db: Queryable, actor: Actor, groupId: string) {
  assertCan(actor, 'read', { kind: 'group' });
  await getGroup(db, actor, groupId);
  return { items: await repo.listMemberRows(db, groupId), nextCursor: null };
}

/** Adds a member, or changes the role name of one already in the group. */
export async function putMember(db: Database, actor: Actor, groupId: string, input: { userId: string; roleName: string }) {
  assertCan(actor, 'change', { kind: 'group' });
  return db.transaction(async (tx) => {
    // Held until the member is in: a deletion of the group at the same moment then finds it in use.
    if (!(await repo.lockGroup(tx, actor, groupId, 'key share'))) throw notFound('Group');
    if (!(await repo.userExists(tx, actor, input.userId))) throw invalid({ userId: 'No such user' }, 'not_found_ref');
    await repo.upsertMember(tx, groupId, input);
    await recordChange(tx, actor, { action: 'update', entity: 'group_member', entityId: groupId, after: input });
    return listMembers(tx, actor, groupId);
  });
}

export async function removeMember(db: Database, actor: Actor, groupId: string, userId: string) {
  assertCan(actor, 'change', { kind: 'group' });
  return db.transaction(async (tx) => {
    await getGroup(tx, actor, groupId);
    if (!(await repo.deleteMember(tx, groupId, userId))) throw notFound('Member');
    await recordChange(tx, actor, { action: 'delete', entity: 'group_member', entityId: groupId, before: { userId } });
    return listMembers(tx, actor, groupId);
  });
}

/** The workspace's salespeople: members of any active sales group. */
export async function listSalespeople(db: Queryable, actor: Actor) {
  assertCan(actor, 'read', { kind: 'group' });
  return { items: await repo.listSalespeopleRows(db, actor), nextCursor: null };
}
