import type {
  Customer,
  CustomerCreate,
  CustomerDuplicatesQuery,
  CustomerListItem,
  CustomerListQuery,
  CustomerUpdate,
  DuplicateCandidate,
} from '../../../shared/customers';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { recordCustomer } from '../history/record';
import { decodeCursor, page } from '../../http/cursor';
import { invalid, notFound, problem } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import * as listRepo from './customer-list.repository';
import { CONTACT_RANK, matchOfRank } from './customer-match';
import * as dupRepo from './customer-duplicates.repository';
import * as repo from './customers.repository';
import { editableCustomers } from '../../access/access.repository';
import { assertCan, assertEditable, authorize } from '../../access/policy';
import { emitWebhookEvent } from '../webhooks/webhooks.service';
import type { WebhookEvent } from '../../../shared/webhooks';

/** Webhooks (issue 19): the customer as it is now, in the change's transaction. */
async function emitCustomer(tx: Queryable, actor: Actor, event: WebhookEvent, id: string) {
  await emitWebhookEvent(tx, actor, event, async () => {
    const row = await repo.findCustomer(tx, actor, id);
    return row ? toCustomer(row) : { id };
  });
}

export function toCustomer(row: repo.CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    email: row.email,
    phone: row.phone,
    website: row.website,
    address: row.address,
    postalCode: row.postalCode,
    city: row.city,
    countryCode: row.countryCode,
    industryId: row.industryId,
    categoryIds: row.categoryIds,
    workAreaIds: row.workAreaIds,
    originId: row.originId,
    sourceIds: row.sourceIds,
    productIds: row.productIds,
    responsibleId: row.responsibleId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deletedAt: isoOrNull(row.deletedAt),
    deletedById: row.deletedById,
    isTemplate: row.isTemplate ?? false,
  };
}

export async function getCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  assertCan(actor, 'read', { kind: 'customer' });
  const row = await repo.findCustomer(db, actor, id);
  if (!row) throw notFound('Customer');
  const editable = await editableCustomers(db, actor, [row.id]);
  return { ...toCustomer(row), access: editable.has(row.id) ? 'edit' : 'read' };
}

/**
 * The caller as the answer to their own write reads the record: under restricted visibility, naming
 * someone else responsible may hide the customer from them from now on, yet the answer still shows
 * what they wrote (their next read is a 404).
 */
const asWriter = (actor: Actor): Actor => ({ ...actor, restricted: false });

export async function listCustomers(db: Database, actor: Actor, query: CustomerListQuery): Promise<{ items: CustomerListItem[]; nextCursor: string | null }> {
  assertCan(actor, 'read', { kind: 'customer' });
  const q = query.q || undefined;
  // With words and no chosen order the best matches come first; the trash is always newest first.
  const filter = { ...query, q, sort: query.sort ?? (q ? ('rank' as const) : 'name'), order: query.order ?? 'asc', after: null };
  const parts = query.deleted ? (['instant', 'id'] as const) : listRepo.cursorPartsOf(filter);
  const after = decodeCursor(query.cursor, parts);
  const rows = await listRepo.listCustomers(db, actor, { ...filter, after });
  const result = page(rows, query.limit, (r) => JSON.parse(r.sortKey) as (string | number | null)[]);
  const throughContacts = result.items.filter((r) => (r.rank ?? -1) >= CONTACT_RANK).map((r) => r.id);
  const contactNames = q ? await listRepo.matchingContactNames(db, actor, throughContacts, q) : new Map<string, string>();
  return {
    items: result.items.map((r) => {
      const match = q ? matchOfRank(r.rank, contactNames.get(r.id)) : undefined;
      // Added to the customer, not spread into a new object (V8 copies a spread of many fields slowly; see listTodo).
      const item: CustomerListItem = Object.assign(toCustomer(r), { access: r.editable ? ('edit' as const) : ('read' as const) });
      return match ? Object.assign(item, { match }) : item;
    }),
    nextCursor: result.nextCursor,
  };
}

/**
 * Existing live customers the one being typed may duplicate: a name alike once legal forms and
 * punctuation are left out ("Dahl & Co" / "Dahl og Co ApS"), the same email, or the same phone
 * number however it is written. A warning, not a rule: creating anyway stays allowed.
 */
export async function findDuplicates(db: Database, actor: Actor, query: CustomerDuplicatesQuery): Promise<{ items: DuplicateCandidate[]; nextCursor: null }> {
  assertCan(actor, 'read', { kind: 'customer' });
  const email = query.email?.toLowerCase() || undefined;
  const rows = await dupRepo.findDuplicates(db, actor, { name: query.name || undefined, email, phone: query.phone || undefined, excludeId: query.excludeId });
  return { items: rows.map((r) => ({ ...toCustomer(r), reasons: r.reasons, nameSimilarity: r.nameSimilarity })), nextCursor: null };
}

async function checkReferences(db: Parameters<typeof repo.missingReferences>[0], actor: Actor, input: CustomerUpdate) {
  const problems = await repo.missingReferences(db, actor, input);
  if (Object.keys(problems).length > 0) throw invalid(problems, 'not_found_ref');
}

export async function createCustomer(db: Database, actor: Actor, input: CustomerCreate): Promise<Customer> {
  assertCan(actor, 'create', { kind: 'customer' });
  const { categoryIds = [], sourceIds = [], productIds = [], ...fields } = input;
  const id = await db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    // A new customer is the creator's unless someone else is named.
    const newId = await repo.insertCustomer(tx, actor, { ...fields, responsibleId: fields.responsibleId === undefined ? actor.userId : fields.responsibleId });
    await repo.setCustomerCategories(tx, newId, categoryIds);
    await repo.insertStatusChange(tx, actor, { customerId: newId, fromStatus: null, toStatus: fields.status, reason: 'created' });
    await repo.setCustomerSources(tx, newId, sourceIds);
    await repo.setCustomerProducts(tx, newId, productIds);
    await recordCustomer(tx, actor, 'create', newId, null, await repo.findCustomer(tx, actor, newId));
    await emitCustomer(tx, actor, 'customer.created', newId);
    return newId;
  });
  return getCustomer(db, asWriter(actor), id);
}

/**
 * The customer as it is now, its row locked for the rest of the transaction (see lockCustomer):
 * what the caller checks cannot change before it commits. Null: no such customer.
 */
async function lockedCustomer(tx: Queryable, actor: Actor, id: string, strength?: 'update'): Promise<repo.CustomerRow | null> {
  if (!(await repo.lockCustomer(tx, actor, id, strength))) return null;
  return repo.findCustomer(tx, actor, id);
}

export async function updateCustomer(db: Database, actor: Actor, id: string, input: CustomerUpdate): Promise<Customer> {
  assertCan(actor, 'change', { kind: 'customer' });
  await assertEditable(db, actor, { kind: 'customer', id });
  await db.transaction(async (tx) => {
    // Locked first: a status change records the status it really changes from.
    const existing = await lockedCustomer(tx, actor, id);
    if (!existing) throw notFound('Customer');
    if (existing.deletedAt) throw problem('conflict', 'customer_in_trash', 'The customer is in the trash; restore it first');
    await checkReferences(tx, actor, input);
    const { categoryIds, sourceIds, productIds, ...fields } = input;
    await repo.updateCustomer(tx, actor, id, fields);
    if (fields.status && fields.status !== existing.status) {
      await repo.insertStatusChange(tx, actor, { customerId: id, fromStatus: existing.status, toStatus: fields.status, reason: 'edited' });
    }
    if (categoryIds) await repo.setCustomerCategories(tx, id, categoryIds);
    if (sourceIds) await repo.setCustomerSources(tx, id, sourceIds);
    if (productIds) await repo.setCustomerProducts(tx, id, productIds);
    await recordCustomer(tx, actor, 'update', id, existing, await repo.findCustomer(tx, actor, id));
    await emitCustomer(tx, actor, 'customer.updated', id);
  });
  return getCustomer(db, asWriter(actor), id);
}

/**
 * Moves a customer into or out of the trash. The state is checked on the locked row, so of two
 * requests at once (two restores, a restore and a deletion for good) exactly one acts and the
 * other answers 409 or 404.
 */
async function setTrashed(db: Database, actor: Actor, id: string, trashed: boolean): Promise<Customer> {
  await assertEditable(db, actor, { kind: 'customer', id });
  await db.transaction(async (tx) => {
    const existing = await lockedCustomer(tx, actor, id);
    if (!existing) throw notFound('Customer');
    if (trashed && existing.deletedAt) throw problem('conflict', 'customer_already_in_trash', 'The customer is already in the trash');
    if (!trashed && !existing.deletedAt) throw problem('conflict', 'customer_not_in_trash', 'The customer is not in the trash');
    await repo.updateCustomer(tx, actor, id, trashed ? { deletedAt: new Date(), deletedById: actor.userId } : { deletedAt: null, deletedById: null });
    await recordCustomer(tx, actor, trashed ? 'trash' : 'restore', id, existing, await repo.findCustomer(tx, actor, id));
    // Moved to the trash is deleted for the outside world; restored, it is back (changed).
    await emitCustomer(tx, actor, trashed ? 'customer.deleted' : 'customer.updated', id);
  });
  return getCustomer(db, actor, id);
}

/** Trashing keeps contacts (and later activities) untouched: they are hidden while their customer is in the trash. */
export async function trashCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  await authorize(db, actor, 'delete', { kind: 'customer', id });
  return setTrashed(db, actor, id, true);
}

export async function restoreCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  await authorize(db, actor, 'restore', { kind: 'customer', id });
  return setTrashed(db, actor, id, false);
}

/**
 * A status change made by a rule (an activity type's "completing this sets the customer to …"),
 * inside the caller's transaction; recorded in the history with the activity that caused it.
 * Does nothing when the customer already has that status.
 */
export async function applyStatusRule(
  tx: Queryable,
  actor: Actor,
  customerId: string,
  toStatus: string,
  activityId: string,
  by: { reason: 'activity' | 'comment'; commentId?: string } = { reason: 'activity' },
): Promise<boolean> {
  // Called inside an activity's completion (the type's status rule), or a comment's transaction (the status it sets).
  assertCan(actor, 'change', { kind: 'customer' });
  const existing = await lockedCustomer(tx, actor, customerId);
  if (!existing || existing.deletedAt || existing.status === toStatus) return false;
  await repo.updateCustomer(tx, actor, customerId, { status: toStatus });
  await repo.insertStatusChange(tx, actor, { customerId, fromStatus: existing.status, toStatus, activityId, ...by });
  await recordCustomer(tx, actor, 'update', customerId, existing, { ...existing, status: toStatus });
  return true;
}

export async function listStatusHistory(db: Database, actor: Actor, customerId: string) {
  assertCan(actor, 'read', { kind: 'customer' });
  if (!(await repo.findCustomer(db, actor, customerId))) throw notFound('Customer');
  const rows = await repo.listStatusChanges(db, actor, customerId);
  return {
    items: rows.map((r) => ({
      at: iso(r.at),
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      userId: r.userId,
      activityId: r.activityId,
      reason: r.reason,
      commentId: r.commentId,
    })),
    nextCursor: null,
  };
}

/**
 * Deletes a customer from the trash for good, with its contacts and activities. Admins only, and
 * only from the trash, so a live customer can never vanish in one click.
 */
export async function purgeCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  await authorize(db, actor, 'purge', { kind: 'customer', id });
  return db.transaction(async (tx) => {
    // Locked for deletion first: a restore at the same moment either ran before (409 here) or waits and finds nothing (404).
    const existing = await lockedCustomer(tx, actor, id, 'update');
    if (!existing) throw notFound('Customer');
    if (!existing.deletedAt) throw problem('conflict', 'customer_trash_first', 'Move the customer to the trash first');
    const customer = toCustomer(existing);
    await repo.deleteCustomer(tx, actor, id);
    await recordCustomer(tx, actor, 'delete', id, existing, null);
    return customer;
  });
}
