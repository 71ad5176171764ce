import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { categories, contactCategories, contactRoles, contacts, customers } from '../../db/schema';
import { type Actor, liveContact, liveCustomer, visibleTo } from '../../db/scope';
import { matchesFolded } from '../../db/search';

const { searchText: _omit, ...contactColumns } = getTableColumns(contacts);
const categoryIdsOf = sql<
  string[]
>`coalesce((SELECT array_agg(cc.category_id::text ORDER BY cc.category_id) FROM ${contactCategories} cc WHERE cc.contact_id = ${contacts.id}), '{}')`;

export type ContactRow = typeof contacts.$inferSelect & { categoryIds: string[] };
export type ContactValues = Omit<typeof contacts.$inferInsert, 'id' | 'workspaceId' | 'createdAt' | 'searchText'>;

/** A contact is visible while neither it nor its customer is in the trash. */
const selectLiveContacts = (db: Queryable, actor: Actor, ...conditions: (SQL | undefined)[]) =>
  db
    .select({ ...contactColumns, categoryIds: categoryIdsOf })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(visibleTo(actor, contacts, liveContact(), ...conditions));

export async function findContact(db: Queryable, actor: Actor, id: string): Promise<ContactRow | null> {
  const [row] = await selectLiveContacts(db, actor, eq(contacts.id, id)).limit(1);
  return (row as ContactRow) ?? null;
}

export async function listContacts(
  db: Queryable,
  actor: Actor,
  f: { customerId?: string; q?: string; limit: number; after: (string | number | null)[] | null },
): Promise<ContactRow[]> {
  const conditions: SQL[] = [];
  if (f.customerId) conditions.push(eq(contacts.customerId, f.customerId));
  if (f.q) conditions.push(matchesFolded(contacts.searchText, f.q));
  if (f.after) {
    const [last, first, id] = f.after as [string, string, string];
    conditions.push(sql`(${contacts.lastName}, ${contacts.firstName}, ${contacts.id}) > (${last}, ${first}, ${id}::uuid)`);
  }
  const result = await selectLiveContacts(db, actor, ...conditions)
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
    .limit(f.limit + 1);
  return result as ContactRow[];
}

export async function insertContact(db: Queryable, actor: Actor, values: ContactValues): Promise<string> {
  const [row] = await db
    .insert(contacts)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning({ id: contacts.id });
  return row.id;
}

export async function updateContact(db: Queryable, actor: Actor, id: string, values: Partial<ContactValues>) {
  await db
    .update(contacts)
    .set({ ...values, updatedAt: new Date() })
    .where(visibleTo(actor, contacts, eq(contacts.id, id)));
}

export async function setContactCategories(db: Queryable, contactId: string, categoryIds: string[]) {
  await db.delete(contactCategories).where(eq(contactCategories.contactId, contactId));
  if (categoryIds.length > 0) {
    await db.insert(contactCategories).values([...new Set(categoryIds)].map((categoryId) => ({ contactId, categoryId })));
  }
}

export async function liveCustomerExists(db: Queryable, actor: Actor, customerId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.id, customerId), liveCustomer()));
  return Boolean(row);
}

export async function missingReferences(
  db: Queryable,
  actor: Actor,
  refs: { customerId?: string; roleId?: string | null; categoryIds?: string[] },
): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if (refs.customerId && !(await liveCustomerExists(db, actor, refs.customerId))) problems.customerId = 'No such customer';
  if (refs.roleId) {
    const [row] = await db
      .select({ id: contactRoles.id })
      .from(contactRoles)
      .where(visibleTo(actor, contactRoles, eq(contactRoles.id, refs.roleId)));
    if (!row) problems.roleId = 'No such contact role';
  }
  if (refs.categoryIds && refs.categoryIds.length > 0) {
    const found = await db
      .select({ id: categories.id })
      .from(categories)
      .where(and(visibleTo(actor, categories, inArray(categories.id, refs.categoryIds)), sql`${categories.appliesTo} IN ('contact', 'both')`));
    if (found.length !== new Set(refs.categoryIds).size) problems.categoryIds = 'Unknown category, or one that does not apply to contacts';
  }
  return problems;
}
