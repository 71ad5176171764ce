import { sql } from 'drizzle-orm';
import { type Queryable, rows } from './client';

/**
 * The embedded engine's stand-in for autovacuum. PGlite runs PostgreSQL single-user, where neither
 * autovacuum nor auto-analyze ever runs (checked on PGlite 0.5: no statistics, no visibility map,
 * however much is written). Without them a data directory that grew by use is planned from default
 * guesses, its index-only scans read the table after all, and the space of updated and deleted rows
 * (the job queue's above all) is never reused. A PostgreSQL server does this itself.
 *
 * One table per statement (a partitioned one with its partitions, as pg-boss's job table): the
 * database thread answers the requests waiting between two tables
 * (a million activities take about 3 s to vacuum and 2 s to analyze there).
 */
export async function vacuumEveryTable(db: Queryable): Promise<string[]> {
  const tables = await rows<{ name: string }>(
    db,
    sql`SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition AND n.nspname IN ('public', 'pgboss') ORDER BY pg_total_relation_size(c.oid)`,
  );
  for (const { name } of tables) await db.execute(sql.raw(`VACUUM (ANALYZE) ${name}`));
  return tables.map((t) => t.name);
}
