import { sql } from 'drizzle-orm';
import type { ReportDefinition, ReportResult, ReportRow } from '../../../shared/reports';
import { type Queryable, rows } from '../../db/client';
import { salesBudgets, users } from '../../db/schema';
import type { Actor } from '../../db/scope';

interface Budget {
  user_id: string;
  user_name: string;
  month: string;
  amount: number;
}

/** The workspace's sales budgets (everyone reads them) in the report's months and for its responsible filter. */
function readBudgets(db: Queryable, actor: Actor, def: ReportDefinition): Promise<Budget[]> {
  const f = def.filters ?? {};
  const from = f.from ? sql` AND b.month >= date_trunc('month', ${f.from}::date)::date` : sql``;
  const to = f.to ? sql` AND b.month <= ${f.to}::date` : sql``;
  const who = f.responsibleId ? sql` AND b.user_id = ${f.responsibleId}` : sql``;
  return rows<Budget>(
    db,
    sql`SELECT b.user_id::text AS user_id, u.name AS user_name, to_char(b.month, 'YYYY-MM') AS month, b.amount::float8 AS amount
      FROM ${salesBudgets} b JOIN ${users} u ON u.id = b.user_id
      WHERE b.workspace_id = ${actor.workspaceId}${from}${to}${who}`,
  );
}

/** Sales budget versus won: a budget per row from its responsible and month keys; a row for each budget without sales projects. */
export async function addBudgets(db: Queryable, actor: Actor, def: ReportDefinition, result: ReportResult): Promise<ReportResult> {
  if (!def.measures.includes('budget')) return result;
  const budgets = await readBudgets(db, actor, def);
  const keyOf = (b: Budget) => def.groupBy.map((g) => (g === 'responsible' ? b.user_id : b.month)).join('|');
  const byKey = new Map<string, { budget: Budget; amount: number }>();
  for (const b of budgets) {
    const key = keyOf(b);
    const entry = byKey.get(key) ?? { budget: b, amount: 0 };
    entry.amount += b.amount;
    byKey.set(key, entry);
  }
  const rowsOut: ReportRow[] = result.rows.map((row) => {
    const key = row.groups.map((g) => g.key ?? '').join('|');
    const amount = byKey.get(key)?.amount ?? 0;
    byKey.delete(key);
    return { ...row, values: { ...row.values, budget: amount } };
  });
  const zeros = Object.fromEntries(def.measures.map((m) => [m, 0]));
  for (const { budget, amount } of byKey.values()) {
    const groups = def.groupBy.map((g) =>
      g === 'responsible' ? { key: budget.user_id, label: budget.user_name } : { key: budget.month, label: budget.month },
    );
    rowsOut.push({ groups, values: { ...zeros, budget: amount } });
  }
  const total = budgets.reduce((s, b) => s + b.amount, 0);
  return { ...result, rows: rowsOut, totals: { ...result.totals, budget: total } };
}
