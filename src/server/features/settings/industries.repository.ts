import { count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { customers, industries } from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';

export async function industryExists(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: industries.id })
    .from(industries)
    .where(visibleTo(actor, industries, eq(industries.id, id)));
  return Boolean(row);
}

/** Like industryExists, and keeps the industry from being deleted until the transaction ends. */
export async function keepIndustry(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: industries.id })
    .from(industries)
    .where(visibleTo(actor, industries, eq(industries.id, id)))
    .for('key share');
  return Boolean(row);
}

/** Live customers of an industry (the trash is not counted). */
export async function countCustomers(db: Queryable, actor: Actor, industryId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.industryId, industryId), liveCustomer()));
  return Number(row.n);
}

/** Every customer of one industry, the trash included, moves to another; answers how many. */
export async function moveCustomers(db: Queryable, actor: Actor, fromId: string, toId: string): Promise<number> {
  const moved = await db
    .update(customers)
    .set({ industryId: toId, updatedAt: new Date() })
    .where(visibleTo(actor, customers, eq(customers.industryId, fromId)))
    .returning({ id: customers.id });
  return moved.length;
}
