import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { SalesBudget } from '../../../shared/settings';
import type { Database } from '../../db/client';
import { salesBudgets, users } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { lockName } from '../../db/locks';
import { invalid } from '../../http/errors';
import { assertCan } from '../../access/policy';

const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-01`] as const;

export async function listBudgets(db: Database, actor: Actor, year: number) {
  assertCan(actor, 'read', { kind: 'budget' });
  const rows = await db
    .select()
    .from(salesBudgets)
    .where(visibleTo(actor, salesBudgets, between(salesBudgets.month, ...yearRange(year))))
    .orderBy(asc(salesBudgets.userId), asc(salesBudgets.month));
  return {
    items: rows.map((r): SalesBudget => ({ userId: r.userId, month: r.month.slice(0, 7), amount: Number(r.amount), currency: r.currency })),
    nextCursor: null,
  };
}

/** The grid for one year is saved whole: cells not sent are cleared. Months must be in that year. */
export async function putBudgets(db: Database, actor: Actor, year: number, items: SalesBudget[]) {
  assertCan(actor, 'change', { kind: 'budget' });
  const outside = items.findIndex((i) => !i.month.startsWith(`${year}-`));
  if (outside >= 0) throw invalid({ [`items.${outside}.month`]: `Not a month of ${year}` });
  const seen = new Set<string>();
  items.forEach((i, n) => {
    const key = `${i.userId}/${i.month}`;
    if (seen.has(key)) throw invalid({ [`items.${n}.month`]: 'This person already has a budget for this month in the list' });
    seen.add(key);
  });
  return db.transaction(async (tx) => {
    // One save of a year at a time: the grid is replaced whole, so two saves at once would
    // otherwise both delete the old grid and insert a new one into each other's way.
    await lockName(tx, 'sales_budgets', actor.workspaceId, String(year));
    const userIds = [...new Set(items.map((i) => i.userId))];
    if (userIds.length) {
      const found = await tx
        .select({ id: users.id })
        .from(users)
        .where(visibleTo(actor, users, inArray(users.id, userIds)));
      const known = new Set(found.map((u) => u.id));
      const bad = items.findIndex((i) => !known.has(i.userId));
      if (bad >= 0) throw invalid({ [`items.${bad}.userId`]: 'No such user' });
    }
    const before = await listBudgets(tx as unknown as Database, actor, year);
    await tx.delete(salesBudgets).where(and(eq(salesBudgets.workspaceId, actor.workspaceId), between(salesBudgets.month, ...yearRange(year))));
    if (items.length) {
      await tx
        .insert(salesBudgets)
        .values(
          items.map((i) => ({ workspaceId: actor.workspaceId, userId: i.userId, month: `${i.month}-01`, amount: i.amount.toFixed(2), currency: i.currency })),
        );
    }
    const after = await listBudgets(tx as unknown as Database, actor, year);
    await recordChange(tx, actor, {
      action: 'update',
      entity: 'sales_budget',
      entityId: null,
      before: { year, items: before.items },
      after: { year, items: after.items },
    });
    return after;
  });
}
