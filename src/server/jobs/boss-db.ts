import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseHandle, Queryable } from '../db/client';

/** What pg-boss needs of a database: one call that runs SQL text with $n parameters. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the server's own connection: the PostgreSQL pool, or the one PGlite instance (a
 * second PGlite on the same data cannot exist). pg-boss sends its schema migrations as several
 * statements in one text without values: PGlite runs those with `exec` (answering the last
 * statement's result), and node-postgres with its simple protocol.
 */
export function bossDbFor(handle: DatabaseHandle): BossDb {
  const client = (handle.db as unknown as { $client: unknown }).$client;
  if (client instanceof PGlite) {
    return {
      async executeSql(text, values) {
        if (values && values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        return results.at(-1) ?? { rows: [] };
      },
    };
  }
  if (client instanceof pg.Pool) {
    return { executeSql: (text, values) => client.query(text, values) };
  }
  throw new Error('background jobs need the PGlite or node-postgres client under the database handle');
}

/** Rebuilds pg-boss's `$n` text as a Drizzle query, so it runs on whatever `db` is: a transaction included. */
export function toDrizzleSql(text: string, values: unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part));
    else chunks.push(sql`${sql.param(values[Number(part) - 1])}`);
  });
  return sql.join(chunks);
}

/**
 * pg-boss on a Drizzle handle, used only to insert a job: inside a transaction the job exists
 * only if the transaction commits. (On PGlite it must be the transaction itself: the instance
 * runs one transaction at a time, so a statement on the outer handle would wait for ever.)
 */
export function bossDbOn(db: Queryable): BossDb {
  return {
    async executeSql(text, values) {
      const result = (await db.execute(toDrizzleSql(text, values))) as unknown as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}
