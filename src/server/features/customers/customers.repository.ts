import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { categories, contacts, customerCategories, customerStatuses, customers, industries, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import { matchesFolded } from '../../db/search';

const { searchText: _omit, ...customerColumns } = getTableColumns(customers);

const categoryIdsOf = sql<string[]>`coalesce((SELECT array_agg(cc.category_id::text ORDER BY cc.category_id) FROM ${customerCategories} cc WHERE cc.customer_id = ${customers.id}), '{}')`;

export type CustomerRow = typeof customers.$inferSelect & { categoryIds: string[] };

const selectCustomers = (db: Queryable) => db.select({ ...customerColumns, categoryIds: categoryIdsOf }).from(customers);

export async function findCustomer(db: Queryable, actor: Actor, id: string): Promise<CustomerRow | null> {
  const [row] = await selectCustomers(db).where(visibleTo(actor, customers, eq(customers.id, id))).limit(1);
  return (row as CustomerRow) ?? null;
}

export interface CustomerFilter {
  q?: string;
  status?: string;
  responsibleId?: string;
  deleted?: boolean;
  limit: number;
  after: (string | number | null)[] | null;
}

/** Keyset paging: by name for the live list, most recently deleted first for the trash. */
export async function listCustomers(db: Queryable, actor: Actor, f: CustomerFilter): Promise<CustomerRow[]> {
  const conditions: (SQL | undefined)[] = [f.deleted ? isNotNull(customers.deletedAt) : isNull(customers.deletedAt)];
  if (f.q) {
    const contactMatch = sql`EXISTS (SELECT 1 FROM ${contacts} WHERE ${contacts.customerId} = ${customers.id} AND ${contacts.deletedAt} IS NULL AND ${matchesFolded(contacts.searchText, f.q)})`;
    conditions.push(or(matchesFolded(customers.searchText, f.q), contactMatch));
  }
  if (f.status) conditions.push(eq(customers.status, f.status));
  if (f.responsibleId) conditions.push(eq(customers.responsibleId, f.responsibleId));
  if (f.after && f.deleted) {
    const [at, id] = f.after as [string, string];
    conditions.push(sql`(${customers.deletedAt}, ${customers.id}) < (${new Date(at)}, ${id}::uuid)`);
  } else if (f.after) {
    const [name, id] = f.after as [string, string];
    conditions.push(sql`(${customers.name}, ${customers.id}) > (${name}, ${id}::uuid)`);
  }
  const order = f.deleted ? [desc(customers.deletedAt), desc(customers.id)] : [asc(customers.name), asc(customers.id)];
  const result = await selectCustomers(db)
    .where(visibleTo(actor, customers, ...conditions))
    .orderBy(...order)
    .limit(f.limit + 1);
  return result as CustomerRow[];
}

export type CustomerValues = Omit<typeof customers.$inferInsert, 'id' | 'workspaceId' | 'createdAt' | 'searchText'>;

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

/** Which of the referenced records exist in the caller's workspace (used to name the bad field). */
export async function missingReferences(
  db: Queryable,
  actor: Actor,
  refs: { status?: string; industryId?: string | null; responsibleId?: string | null; categoryIds?: string[] },
): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (refs.status !== undefined) {
    const [row] = await db
      .select({ key: customerStatuses.key })
      .from(customerStatuses)
      .where(visibleTo(actor, customerStatuses, eq(customerStatuses.key, refs.status)));
    if (!row) problems.status = `No customer status "${refs.status}"`;
  }
  if (refs.industryId) {
    const [row] = await db.select({ id: industries.id }).from(industries).where(visibleTo(actor, industries, eq(industries.id, refs.industryId)));
    if (!row) problems.industryId = 'No such industry';
  }
  if (refs.responsibleId) {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(visibleTo(actor, users, eq(users.id, refs.responsibleId), eq(users.active, true)));
    if (!row) problems.responsibleId = 'No such active user';
  }
  if (refs.categoryIds && refs.categoryIds.length > 0) {
    const found = await db
      .select({ id: categories.id })
      .from(categories)
      .where(visibleTo(actor, categories, inArray(categories.id, refs.categoryIds), sql`${categories.appliesTo} IN ('customer', 'both')`));
    if (found.length !== new Set(refs.categoryIds).size) problems.categoryIds = 'Unknown category, or one that does not apply to customers';
  }
  return problems;
}

