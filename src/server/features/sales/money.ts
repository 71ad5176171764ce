import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { workspaces } from '../../db/schema';

/**
 * An amount in the workspace's currency, in SQL: as it is when in that currency, times the
 * workspace's exchange rate for its own currency otherwise, and NULL when the workspace has no rate
 * for it (sums then leave it out rather than add kroner to forints). The workspace row is read once
 * per statement (an uncorrelated subquery).
 */
export function inWorkspaceCurrency(workspaceId: string, amount: AnyPgColumn | SQL, currency: AnyPgColumn | SQL): SQL {
  const w = sql`(SELECT ${workspaces.currency} FROM ${workspaces} WHERE ${workspaces.id} = ${workspaceId})`;
  const rates = sql`(SELECT ${workspaces.exchangeRates} FROM ${workspaces} WHERE ${workspaces.id} = ${workspaceId})`;
  return sql`(${amount} * CASE WHEN ${currency} = ${w} THEN 1 ELSE (${rates} ->> ${currency})::numeric END)`;
}
