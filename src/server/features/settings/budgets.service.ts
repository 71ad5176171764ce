import type { SalesBudget } from '../../../shared/settings';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { lockName } from '../../db/locks';
import { invalid } from '../../http/errors';
import { assertCan } from '../../access/policy';
import * as repo from './budgets.repository';

async function budgetsOf(db: Queryable, actor: Actor, year: number) {
  const rows = await repo.listBudgetRows(db, actor, year);
  return {
    items: rows.map((r): SalesBudget => ({ userId: r.userId, month: r.month.slice(0, 7), amount: Number(r.amount), currency: r.currency })),
    nextCursor: null,
  };
}

export async function listBudgets(db: Database, actor: Actor, year: number) {
  assertCan(actor, 'read', { kind: 'budget' });
  return budgetsOf(db, actor, year);
}

/** The grid for one year is saved whole: cells not sent are cleared. Months must be in that year. */
export async function putBudgets(db: Database, actor: Actor, year: number, items: SalesBudget[]) {
  assertCan(actor, 'change', { kind: 'budget' });
  const outside = items.findIndex((i) => !i.month.startsWith(`${year}-`));
  if (outside >= 0) throw invalid({ [`items.${outside}.month`]: `Not a month of ${year}` }, { code: 'month_of_year', params: { year } });
  const seen = new Set<string>();
  items.forEach((i, n) => {
    const key = `${i.userId}/${i.month}`;
    if (seen.has(key)) throw invalid({ [`items.${n}.month`]: 'This person already has a budget for this month in the list' }, 'duplicate');
    seen.add(key);
  });
  return db.transaction(async (tx) => {
    // One save of a year at a time: the grid is replaced whole, so two saves at once would
    // otherwise both delete the old grid and insert a new one into each other's way.
    await lockName(tx, 'sales_budgets', actor.workspaceId, String(year));
    const userIds = [...new Set(items.map((i) => i.userId))];
    if (userIds.length) {
      const known = await repo.knownUserIds(tx, actor, userIds);
      const bad = items.findIndex((i) => !known.has(i.userId));
      if (bad >= 0) throw invalid({ [`items.${bad}.userId`]: 'No such user' }, 'not_found_ref');
    }
    const before = await budgetsOf(tx, actor, year);
    await repo.deleteYear(tx, actor, year);
    if (items.length) {
      await repo.insertBudgets(
        tx,
        actor,
        items.map((i) => ({ userId: i.userId, month: `${i.month}-01`, amount: i.amount.toFixed(2), currency: i.currency })),
      );
    }
    const after = await budgetsOf(tx, actor, year);
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
