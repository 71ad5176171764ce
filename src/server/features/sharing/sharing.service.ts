import type { AccessReason, BulkShare, CustomerAccess, Share, SharesPut } from '../../../shared/sharing';
import { assertCan, authorize, can } from '../../access/policy';
import { recordRecordChange } from '../../audit/audit';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { type FieldReasons, forbidden, invalid, notFound } from '../../http/errors';
import { getWorkspace } from '../workspaces/workspace-settings.service';
import * as repo from './sharing.repository';

const toShare = (row: repo.ShareRow): Share => (row.userId ? { userId: row.userId, access: row.access } : { groupId: row.groupId ?? '', access: row.access });

async function visibleCustomer(db: Queryable, actor: Actor, id: string) {
  const [customer] = await repo.visibleCustomers(db, actor, [id]);
  if (!customer) throw notFound('Customer');
  return customer;
}

/** Who the customer is shared with; anyone who sees the customer may read it. */
export async function getShares(db: Database, actor: Actor, customerId: string): Promise<{ items: Share[] }> {
  assertCan(actor, 'read', { kind: 'customer' });
  await visibleCustomer(db, actor, customerId);
  return { items: (await repo.listShares(db, actor, customerId)).map(toShare) };
}

/**
 * 400 naming the field when a user (active, of this workspace) or group is unknown; `reason` for
 * callers whose contract names the reason (a template import: 'not_found_ref').
 */
export async function checkShareTargets(
  db: Queryable,
  actor: Actor,
  userIds: string[],
  groupIds: string[],
  fields: { users: string; groups: string },
  reason?: FieldReasons,
) {
  const known = await repo.knownTargets(db, actor, userIds, groupIds);
  const problems: Record<string, string> = {};
  if (userIds.some((id) => !known.userIds.has(id))) problems[fields.users] = 'No such active user';
  if (groupIds.some((id) => !known.groupIds.has(id))) problems[fields.groups] = 'No such group';
  if (Object.keys(problems).length > 0) throw invalid(problems, reason);
}

/** Shares a customer made in this transaction (no shares yet) with users and groups checked by checkShareTargets. */
export async function shareNewCustomer(tx: Queryable, actor: Actor, customerId: string, userIds: string[], groupIds: string[], access: 'read' | 'edit') {
  const targets = [...userIds.map((userId) => ({ userId, groupId: null })), ...groupIds.map((groupId) => ({ userId: null, groupId }))];
  await repo.insertShares(tx, actor, customerId, targets, access);
}

/** The shares as the change log keeps them: who may read, who may edit, by id (named when shown). */
function logged(name: string, shares: repo.ShareRow[]) {
  const of = (access: 'read' | 'edit', key: 'userId' | 'groupId') =>
    shares
      .filter((s) => s.access === access && s[key])
      .map((s) => s[key] as string)
      .sort();
  return {
    name,
    readUserIds: of('read', 'userId'),
    editUserIds: of('edit', 'userId'),
    readGroupIds: of('read', 'groupId'),
    editGroupIds: of('edit', 'groupId'),
  };
}

/**
 * Replaces the customer's shares with `items` (its responsible, managers and admins). The
 * customer's row is locked first, so two replacements at once run one after the other and the
 * second one's set is what stays: never a mix, never a duplicate.
 */
export async function putShares(db: Database, actor: Actor, customerId: string, input: SharesPut): Promise<{ items: Share[] }> {
  await authorize(db, actor, 'share', { kind: 'customer', id: customerId });
  const items: repo.ShareRow[] = input.items.map((s) => ({ userId: s.userId ?? null, groupId: s.groupId ?? null, access: s.access }));
  const targets = items.map((s) => s.userId ?? s.groupId);
  if (new Set(targets).size !== targets.length) throw invalid({ items: 'A user or group is named twice' });
  return db.transaction(async (tx) => {
    const customer = await repo.lockCustomer(tx, actor, customerId);
    if (!customer) throw notFound('Customer');
    const ids = (key: 'userId' | 'groupId') => items.map((s) => s[key]).filter((id): id is string => id !== null);
    await checkShareTargets(tx, actor, ids('userId'), ids('groupId'), { users: 'items', groups: 'items' });
    const before = await repo.listShares(tx, actor, customerId);
    await repo.replaceShares(tx, actor, customerId, items);
    const after = await repo.listShares(tx, actor, customerId);
    await recordRecordChange(tx, actor, {
      action: 'update',
      entity: 'customer',
      entityId: customerId,
      before: logged(customer.name, before),
      after: logged(customer.name, after),
    });
    return { items: after.map(toShare) };
  });
}

/**
 * Shares many customers at once with users and groups (a selection, or a page of a list filter's
 * results). All or nothing: every customer must be one the caller sees (404) and may share (403).
 */
export async function shareMany(db: Database, actor: Actor, input: BulkShare): Promise<{ shared: number }> {
  assertCan(actor, 'read', { kind: 'customer' });
  const customerIds = [...new Set(input.customerIds)];
  const userIds = [...new Set(input.userIds ?? [])];
  const groupIds = [...new Set(input.groupIds ?? [])];
  return db.transaction(async (tx) => {
    const found = await repo.visibleCustomers(tx, actor, customerIds);
    if (found.length !== customerIds.length) throw notFound('Customer');
    const mayShareAll = can(actor, 'share', { kind: 'customer' });
    if (!mayShareAll && found.some((c) => c.responsibleId !== actor.userId)) {
      throw forbidden('Only its responsible, a manager or an admin may share a customer', 'owners_only_share');
    }
    await checkShareTargets(tx, actor, userIds, groupIds, { users: 'userIds', groups: 'groupIds' });
    const targets = [...userIds.map((userId) => ({ userId, groupId: null })), ...groupIds.map((groupId) => ({ userId: null, groupId }))];
    await repo.addShares(tx, actor, customerIds, targets, input.access);
    return { shared: customerIds.length };
  });
}

function reasonsOf(row: repo.AccessRow, restricted: boolean): AccessReason[] {
  const reasons: AccessReason[] = [];
  if (row.role !== 'user') reasons.push({ kind: 'role', role: row.role });
  else if (!restricted) reasons.push({ kind: 'everyone' });
  if (row.responsible) reasons.push({ kind: 'responsible' });
  if (row.direct) reasons.push({ kind: 'share', access: row.direct });
  for (const g of row.via_groups ?? []) reasons.push({ kind: 'group', ...g });
  if (row.activity) reasons.push({ kind: 'activity' });
  return reasons;
}

/** Editing: managers, admins, everyone when not restricted; else the responsible and edit shares. */
function accessOf(row: repo.AccessRow, restricted: boolean): 'read' | 'edit' {
  if (row.role !== 'user' || !restricted || row.responsible || row.direct === 'edit') return 'edit';
  return (row.via_groups ?? []).some((g) => g.access === 'edit') ? 'edit' : 'read';
}

/** "Who can see this customer": every active user who can, and why (anyone who sees the customer may ask). */
export async function customerAccess(db: Database, actor: Actor, customerId: string): Promise<CustomerAccess> {
  assertCan(actor, 'read', { kind: 'customer' });
  await visibleCustomer(db, actor, customerId);
  const mode = (await getWorkspace(db, actor)).customerVisibility;
  const restricted = mode === 'restricted';
  const items = (await repo.accessRows(db, actor, customerId))
    .map((row) => ({ userId: row.user_id, name: row.name, role: row.role, access: accessOf(row, restricted), reasons: reasonsOf(row, restricted) }))
    .filter((item) => item.reasons.length > 0);
  return { customerVisibility: mode, items };
}
