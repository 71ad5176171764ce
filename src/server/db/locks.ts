import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, type Queryable, onPgliteThread } from './client';

/**
 * A lock on a name for the rest of the transaction (released at commit or rollback), for writers of
 * something that has no single row to lock: a year of sales budgets, a workspace's group tree.
 * Writers that take it run one after the other, and each reads what the one before it committed.
 */
export async function lockName(db: Queryable, ...parts: string[]): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${parts.join('/')}, 0))`);
}

/** The one key for start-up work that several server processes may run at once: migrations, the job queue's schema. */
const STARTUP_LOCK = 72366;

/**
 * Runs start-up DDL while this process holds a session-level advisory lock, so servers starting
 * together do it one after the other. Why a session lock on a connection of its own rather than a
 * lock inside the DDL's transaction: PostgreSQL refreshes its catalog caches when a transaction
 * starts, so a transaction that waited for a lock mid-way may still miss a schema or table the
 * holder just committed, and its `CREATE … IF NOT EXISTS` then fails on a duplicate catalog key.
 * Here every transaction of `work` starts after the lock is held. The embedded engine is one
 * process (its data directory is locked), so there is nothing to wait for.
 */
export async function duringStartup<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (!(client instanceof pg.Pool) || onPgliteThread(db)) return work();
  const session = new pg.Client(client.options);
  await session.connect();
  try {
    await session.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work();
  } finally {
    await session.end(); // ending the session releases its lock
  }
}
