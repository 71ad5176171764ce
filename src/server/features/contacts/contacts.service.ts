import type { Contact, ContactCreate, ContactListQuery, ContactUpdate } from '../../../shared/contacts';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import * as repo from './contacts.repository';
import { assertCan, assertEditable, authorize } from '../../access/policy';
import { recordContact } from '../history/record';
import { emitWebhookEvent } from '../webhooks/webhooks.service';

export function toContact(row: repo.ContactRow): Contact {
  return {
    id: row.id,
    customerId: row.customerId,
    firstName: row.firstName,
    lastName: row.lastName,
    title: row.title,
    email: row.email,
    phone: row.phone,
    roleId: row.roleId,
    categoryIds: row.categoryIds,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export async function getContact(db: Queryable, actor: Actor, id: string): Promise<Contact> {
  assertCan(actor, 'read', { kind: 'contact' });
  const row = await repo.findContact(db, actor, id);
  if (!row) throw notFound('Contact');
  return toContact(row);
}

export async function listContacts(db: Database, actor: Actor, query: ContactListQuery) {
  assertCan(actor, 'read', { kind: 'contact' });
  const rows = await repo.listContacts(db, actor, { ...query, q: query.q || undefined, after: decodeCursor(query.cursor, ['text', 'text', 'id']) });
  const result = page(rows, query.limit, (r) => [r.lastName, r.firstName, r.id]);
  return { items: result.items.map(toContact), nextCursor: result.nextCursor };
}

async function checkReferences(db: Queryable, actor: Actor, input: ContactUpdate) {
  const problems = await repo.missingReferences(db, actor, input);
  if (Object.keys(problems).length > 0) throw invalid(problems, 'not_found_ref');
}

export async function createContact(db: Database, actor: Actor, input: ContactCreate): Promise<Contact> {
  assertCan(actor, 'create', { kind: 'contact' });
  // A customer the caller cannot see is the reference check's 400.
  await assertEditable(db, actor, { kind: 'customer', id: input.customerId }, true);
  const { categoryIds = [], ...fields } = input;
  return db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    const id = await repo.insertContact(tx, actor, fields);
    await repo.setContactCategories(tx, id, categoryIds);
    await recordContact(tx, actor, 'create', id, null, await repo.findContact(tx, actor, id));
    const contact = await getContact(tx, actor, id);
    await emitWebhookEvent(tx, actor, 'contact.created', () => contact);
    return contact;
  });
}

export async function updateContact(db: Database, actor: Actor, id: string, input: ContactUpdate): Promise<Contact> {
  assertCan(actor, 'change', { kind: 'contact' });
  await assertEditable(db, actor, { kind: 'contact', id });
  if (input.customerId) await assertEditable(db, actor, { kind: 'customer', id: input.customerId }, true);
  return db.transaction(async (tx) => {
    const before = await repo.findContact(tx, actor, id);
    if (!before) throw notFound('Contact');
    await checkReferences(tx, actor, input);
    const { categoryIds, ...fields } = input;
    await repo.updateContact(tx, actor, id, fields);
    if (categoryIds) await repo.setContactCategories(tx, id, categoryIds);
    await recordContact(tx, actor, 'update', id, before, await repo.findContact(tx, actor, id));
    const contact = await getContact(tx, actor, id);
    await emitWebhookEvent(tx, actor, 'contact.updated', () => contact);
    return contact;
  });
}

export async function deleteContact(db: Database, actor: Actor, id: string): Promise<Contact> {
  await authorize(db, actor, 'delete', { kind: 'contact', id });
  await assertEditable(db, actor, { kind: 'contact', id });
  return db.transaction(async (tx) => {
    const before = await repo.findContact(tx, actor, id);
    if (!before) throw notFound('Contact');
    await repo.updateContact(tx, actor, id, { deletedAt: new Date() });
    await recordContact(tx, actor, 'delete', id, before, null);
    await emitWebhookEvent(tx, actor, 'contact.deleted', () => toContact(before));
    return toContact(before);
  });
}
