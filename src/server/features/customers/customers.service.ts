import type { CustomerCreate, CustomerListQuery, CustomerUpdate, Customer } from '../../../shared/customers';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { AppError, invalid, notFound } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import * as repo from './customers.repository';

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
    responsibleId: row.responsibleId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deletedAt: isoOrNull(row.deletedAt),
    deletedById: row.deletedById,
  };
}

export async function getCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  const row = await repo.findCustomer(db, actor, id);
  if (!row) throw notFound('Customer');
  return toCustomer(row);
}

export async function listCustomers(db: Database, actor: Actor, query: CustomerListQuery) {
  const after = decodeCursor(query.cursor, 2);
  const rows = await repo.listCustomers(db, actor, { ...query, after, q: query.q || undefined });
  const result = page(rows, query.limit, (r) => (query.deleted ? [iso(r.deletedAt!), r.id] : [r.name, r.id]));
  return { items: result.items.map(toCustomer), nextCursor: result.nextCursor };
}

async function checkReferences(db: Parameters<typeof repo.missingReferences>[0], actor: Actor, input: CustomerUpdate) {
  const problems = await repo.missingReferences(db, actor, input);
  if (Object.keys(problems).length > 0) throw invalid(problems);
}

export async function createCustomer(db: Database, actor: Actor, input: CustomerCreate): Promise<Customer> {
  const { categoryIds = [], ...fields } = input;
  const id = await db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    // A new customer is the creator's unless someone else is named.
    const newId = await repo.insertCustomer(tx, actor, { ...fields, responsibleId: fields.responsibleId === undefined ? actor.userId : fields.responsibleId });
    await repo.setCustomerCategories(tx, newId, categoryIds);
    return newId;
  });
  return getCustomer(db, actor, id);
}

export async function updateCustomer(db: Database, actor: Actor, id: string, input: CustomerUpdate): Promise<Customer> {
  await db.transaction(async (tx) => {
    const existing = await repo.findCustomer(tx, actor, id);
    if (!existing) throw notFound('Customer');
    if (existing.deletedAt) throw new AppError('conflict', 'The customer is in the trash; restore it first');
    await checkReferences(tx, actor, input);
    const { categoryIds, ...fields } = input;
    await repo.updateCustomer(tx, actor, id, fields);
    if (categoryIds) await repo.setCustomerCategories(tx, id, categoryIds);
  });
  return getCustomer(db, actor, id);
}

/** Trashing keeps contacts (and later activities) untouched: they are hidden while their customer is in the trash. */
export async function trashCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  const existing = await repo.findCustomer(db, actor, id);
  if (!existing) throw notFound('Customer');
  if (existing.deletedAt) throw new AppError('conflict', 'The customer is already in the trash');
  await repo.updateCustomer(db, actor, id, { deletedAt: new Date(), deletedById: actor.userId });
  return getCustomer(db, actor, id);
}

export async function restoreCustomer(db: Database, actor: Actor, id: string): Promise<Customer> {
  const existing = await repo.findCustomer(db, actor, id);
  if (!existing) throw notFound('Customer');
  if (!existing.deletedAt) throw new AppError('conflict', 'The customer is not in the trash');
  await repo.updateCustomer(db, actor, id, { deletedAt: null, deletedById: null });
  return getCustomer(db, actor, id);
}
