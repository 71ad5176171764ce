import { sql } from 'drizzle-orm';
import type { Queryable } from './client';

/**
 * A lock on a name for the rest of the transaction (released at commit or rollback), for writers of
 * something that has no single row to lock: a year of sales budgets, a workspace's group tree.
 * Writers that take it run one after the other, and each reads what the one before it committed.
 */
export async function lockName(db: Queryable, ...parts: string[]): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${parts.join('/')}, 0))`);
}
