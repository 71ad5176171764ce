import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Logger } from 'drizzle-orm/logger';
import pg from 'pg';
import { type Database, type Engine, POSTGRES_SESSION_OPTIONS, pgliteExtensions } from '../src/server/db/client';
import * as schema from '../src/server/db/schema';

/**
 * One connection to the database under test, with both a raw query path (bulk load, the SQL
 * phase) and a Drizzle handle (so the product's own services and repositories can run on it).
 */
export interface BenchDb {
  engine: Engine;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters. */
  exec(text: string): Promise<void>;
  db: Database;
  /** A Drizzle handle on the same connection that records every statement it sends. */
  recording(log: CapturedQuery[]): Database;
  close(): Promise<void>;
}

export interface CapturedQuery {
  text: string;
  params: unknown[];
}

const recorder = (log: CapturedQuery[]): Logger => ({
  logQuery: (text, params) => {
    log.push({ text, params: [...params] });
  },
});

export async function openEmbeddedBench(dataDir: string): Promise<BenchDb> {
  fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  return {
    engine: 'embedded',
    query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    exec: async (text) => {
      await client.exec(text);
    },
    db: drizzlePglite({ client, schema }) as unknown as Database,
    recording: (log) => drizzlePglite({ client, schema, logger: recorder(log) }) as unknown as Database,
    close: () => client.close(),
  };
}

/** A single client (not a pool), so BEGIN/COMMIT and SET apply to every statement of the load. */
export async function openPostgresBench(url: string): Promise<BenchDb> {
  // The product's session settings (no JIT), so what is explained or captured here runs as it does there.
  const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
  await client.connect();
  return {
    engine: 'postgres',
    query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
    exec: async (text) => {
      await client.query(text);
    },
    db: drizzlePg({ client, schema }) as unknown as Database,
    recording: (log) => drizzlePg({ client, schema, logger: recorder(log) }) as unknown as Database,
    close: () => client.end(),
  };
}
