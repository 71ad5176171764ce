import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { salesBudgets, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

export type BudgetValues = { userId: string; month: string; amount: string; currency: string };

/** The first and last month (as dates) of a year. */
const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-01`] as const;

export async function listBudgetRows(db: Queryable, actor: Actor, year: number) {
  return db
    .select()
    .from(salesBudgets)
    .where(visibleTo(actor, salesBudgets, between(salesBudgets.month, ...yearRange(year))))
    .orderBy(asc(salesBudgets.userId), asc(salesBudgets.month));
}

/** Those of the ids that are users of the caller's workspace. */
export async function knownUserIds(db: Queryable, actor: Actor, ids: string[]): Promise<Set<string>> {
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(visibleTo(actor, users, inArray(users.id, ids)));
  return new Set(found.map((u) => u.id));
}

export async function deleteYear(db: Queryable, actor: Actor, year: number) {
  await db.delete(salesBudgets).where(and(eq(salesBudgets.workspaceId, actor.workspaceId), between(salesBudgets.month, ...yearRange(year))));
}

export async function insertBudgets(db: Queryable, actor: Actor, items: BudgetValues[]) {
  await db.insert(salesBudgets).values(items.map((i) => ({ ...i, workspaceId: actor.workspaceId })));
}
