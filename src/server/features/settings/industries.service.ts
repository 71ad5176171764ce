import { and, count, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { customers, industries } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { requireRole } from '../../auth/authenticate';
import { invalid, notFound } from '../../http/errors';

async function industryExists(db: Pick<Database, 'select'>, actor: Actor, id: string) {
  const [row] = await db.select({ id: industries.id }).from(industries).where(visibleTo(actor, industries, eq(industries.id, id)));
  return Boolean(row);
}

/** Like industryExists, and keeps the industry from being deleted until the transaction ends. */
async function keepIndustry(db: Pick<Database, 'select'>, actor: Actor, id: string) {
  const [row] = await db.select({ id: industries.id }).from(industries).where(visibleTo(actor, industries, eq(industries.id, id))).for('key share');
  return Boolean(row);
}

/** How many customers (live ones; the trash follows along on a move too) are in an industry: the confirmation says it. */
export async function industryUsage(db: Database, actor: Actor, id: string) {
  if (!(await industryExists(db, actor, id))) throw notFound('Industry');
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.industryId, id), isNull(customers.deletedAt)));
  return { customers: Number(row.n) };
}

/** Seed 003: move every customer of one industry to another, in one transaction; answers the count moved. */
export async function moveCustomers(db: Database, actor: Actor, fromId: string, toIndustryId: string) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    if (!(await industryExists(tx, actor, fromId))) throw notFound('Industry');
    // Held, so a deletion of the target at the same moment either waits and then finds it in use, or ran first (400 here).
    if (!(await keepIndustry(tx, actor, toIndustryId))) throw invalid({ toIndustryId: 'No such industry' });
    if (fromId === toIndustryId) throw invalid({ toIndustryId: 'Choose another industry than the one to move from' });
    const moved = await tx
      .update(customers)
      .set({ industryId: toIndustryId, updatedAt: new Date() })
      .where(and(visibleTo(actor, customers, eq(customers.industryId, fromId))))
      .returning({ id: customers.id });
    await recordChange(tx, actor, { action: 'move', entity: 'industry', entityId: fromId, before: { industryId: fromId, customers: moved.length }, after: { industryId: toIndustryId } });
    return { moved: moved.length };
  });
}
