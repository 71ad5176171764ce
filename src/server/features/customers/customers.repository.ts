import { desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import {
  categories,
  customerCategories,
  customerProducts,
  customerSources,
  customerStatusHistory,
  customerStatuses,
  customers,
  industries,
  origins,
  products,
  sources,
  users,
  workAreas,
} from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

const { searchText: _omit, contactSearchText: _omitContacts, nameFolded: _omitFolded, ...customerColumns } = getTableColumns(customers);

const categoryIdsOf = sql<
  string[]
>`coalesce((SELECT array_agg(cc.category_id::text ORDER BY cc.category_id) FROM ${customerCategories} cc WHERE cc.customer_id = ${customers.id}), '{}')`;

const sourceIdsOf = sql<
  string[]
>`coalesce((SELECT array_agg(cs.source_id::text ORDER BY cs.source_id) FROM ${customerSources} cs WHERE cs.customer_id = ${customers.id}), '{}')`;
const productIdsOf = sql<
  string[]
>`coalesce((SELECT array_agg(cp.product_id::text ORDER BY cp.product_id) FROM ${customerProducts} cp WHERE cp.customer_id = ${customers.id}), '{}')`;

export type CustomerRow = typeof customers.$inferSelect & { categoryIds: string[]; sourceIds: string[]; productIds: string[] };

/** Customers with their category, source and product ids, and any further columns the caller asks for. */
export const selectCustomers = <Extra extends Record<string, SQL>>(db: Queryable, extra?: Extra) =>
  db.select({ ...customerColumns, categoryIds: categoryIdsOf, sourceIds: sourceIdsOf, productIds: productIdsOf, ...(extra ?? ({} as Extra)) }).from(customers);

export async function findCustomer(db: Queryable, actor: Actor, id: string): Promise<CustomerRow | null> {
  const [row] = await selectCustomers(db)
    .where(visibleTo(actor, customers, eq(customers.id, id)))
    .limit(1);
  return (row as CustomerRow) ?? null;
}

/**
 * Locks the customer's row for the rest of the transaction and answers whether it exists. Every
 * change of a customer takes this lock before it reads the state it checks, so two changes of one
 * customer run one after the other and the second sees what the first committed. `no key update`
 * for changes (it still lets foreign-key checks of new contacts and activities through); `update`
 * for deleting it.
 */
export async function lockCustomer(db: Queryable, actor: Actor, id: string, strength: 'no key update' | 'update' = 'no key update'): Promise<boolean> {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.id, id)))
    .for(strength);
  return Boolean(row);
}

export type CustomerValues = Omit<typeof customers.$inferInsert, 'id' | 'workspaceId' | 'createdAt' | 'searchText' | 'contactSearchText' | 'nameFolded'>;

export async function insertCustomer(db: Queryable, actor: Actor, values: CustomerValues): Promise<string> {
  const [row] = await db
    .insert(customers)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning({ id: customers.id });
  return row.id;
}

export async function updateCustomer(db: Queryable, actor: Actor, id: string, values: Partial<CustomerValues>) {
  await db
    .update(customers)
    .set({ ...values, updatedAt: new Date() })
    .where(visibleTo(actor, customers, eq(customers.id, id)));
}

export async function setCustomerCategories(db: Queryable, customerId: string, categoryIds: string[]) {
  await db.delete(customerCategories).where(eq(customerCategories.customerId, customerId));
  if (categoryIds.length > 0) {
    await db.insert(customerCategories).values([...new Set(categoryIds)].map((categoryId) => ({ customerId, categoryId })));
  }
}

export async function setCustomerSources(db: Queryable, customerId: string, sourceIds: string[]) {
  await db.delete(customerSources).where(eq(customerSources.customerId, customerId));
  if (sourceIds.length > 0) await db.insert(customerSources).values([...new Set(sourceIds)].map((sourceId) => ({ customerId, sourceId })));
}

export async function setCustomerProducts(db: Queryable, customerId: string, productIds: string[]) {
  await db.delete(customerProducts).where(eq(customerProducts.customerId, customerId));
  if (productIds.length > 0) await db.insert(customerProducts).values([...new Set(productIds)].map((productId) => ({ customerId, productId })));
}

/** The references a customer's input may hold. */
export interface CustomerRefs {
  status?: string;
  industryId?: string | null;
  responsibleId?: string | null;
  categoryIds?: string[];
  originId?: string | null;
  sourceIds?: string[];
  productIds?: string[];
  workAreaIds?: string[];
}

/** How many rows of the table in the caller's workspace match the conditions. */
async function countVisible(db: Queryable, actor: Actor, table: PgTable & { workspaceId: PgColumn }, ...conditions: (SQL | undefined)[]): Promise<number> {
  const found = await db
    .select({ one: sql`1` })
    .from(table)
    .where(visibleTo(actor, table, ...conditions));
  return found.length;
}

/** Which of the referenced records exist in the caller's workspace (used to name the bad field). */
export async function missingReferences(db: Queryable, actor: Actor, refs: CustomerRefs): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (refs.status !== undefined && !(await countVisible(db, actor, customerStatuses, eq(customerStatuses.key, refs.status)))) {
    problems.status = `No customer status "${refs.status}"`;
  }
  if (refs.industryId && !(await countVisible(db, actor, industries, eq(industries.id, refs.industryId)))) problems.industryId = 'No such industry';
  if (refs.responsibleId && !(await countVisible(db, actor, users, eq(users.id, refs.responsibleId), eq(users.active, true)))) {
    problems.responsibleId = 'No such active user';
  }
  if (refs.categoryIds && refs.categoryIds.length > 0) {
    const found = await countVisible(db, actor, categories, inArray(categories.id, refs.categoryIds), sql`${categories.appliesTo} IN ('customer', 'both')`);
    if (found !== new Set(refs.categoryIds).size) problems.categoryIds = 'Unknown category, or one that does not apply to customers';
  }
  if (refs.originId && !(await countVisible(db, actor, origins, eq(origins.id, refs.originId)))) problems.originId = 'No such origin';
  for (const [field, table, ids] of [
    ['sourceIds', sources, refs.sourceIds],
    ['productIds', products, refs.productIds],
    ['workAreaIds', workAreas, refs.workAreaIds],
  ] as const) {
    if (!ids || ids.length === 0) continue;
    const found = await countVisible(db, actor, table, inArray(table.id, ids));
    if (found !== new Set(ids).size) problems[field] = `Unknown ${{ sourceIds: 'source', productIds: 'product', workAreaIds: 'work area' }[field]}`;
  }
  return problems;
}

export async function insertStatusChange(
  db: Queryable,
  actor: Actor,
  change: { customerId: string; fromStatus: string | null; toStatus: string; activityId?: string | null; reason?: string | null; commentId?: string | null },
) {
  await db.insert(customerStatusHistory).values({ ...change, workspaceId: actor.workspaceId, userId: actor.userId });
}

export async function listStatusChanges(db: Queryable, actor: Actor, customerId: string) {
  return db
    .select()
    .from(customerStatusHistory)
    .where(visibleTo(actor, customerStatusHistory, eq(customerStatusHistory.customerId, customerId)))
    .orderBy(desc(customerStatusHistory.at), desc(customerStatusHistory.id));
}

/** Contacts, activities and links go with it (foreign keys cascade). */
export async function deleteCustomer(db: Queryable, actor: Actor, id: string) {
  await db.delete(customers).where(visibleTo(actor, customers, eq(customers.id, id)));
}
