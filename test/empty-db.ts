import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, type Queryable, openPostgres, pgliteExtensions, rows, wrapPglite } from '../src/server/db/client';
import { listTables, quoteIdent } from '../src/server/backup/tables';
import { withDatabase } from './global-setup';

/** A new PostgreSQL database with no tables at all (CREATE DATABASE from template0), its URL and a way to drop it. */
export async function emptyPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = inject('databaseUrl');
  const name = `tend_empty_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: server });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A database with no tables on this run's engine: an in-memory PGlite, or a new PostgreSQL database. */
export async function emptyDatabase(engine = inject('engine')): Promise<DatabaseHandle & { url: string | null }> {
  if (engine === 'embedded') return { ...wrapPglite(await PGlite.create({ extensions: pgliteExtensions })), url: null };
  const { url, drop } = await emptyPostgres();
  const handle = openPostgres(url, 3);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** A temporary directory for an embedded data directory or backup files. */
export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Every table's rows (all columns, generated ones too) as JSON text, ordered by primary key: two equal databases answer equal. */
export async function dumpTables(db: Queryable): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of await listTables(db)) {
    const key = (table.primaryKey.length ? table.primaryKey : table.columns).map((c) => `t.${quoteIdent(c)}`).join(', ');
    dump[table.name] = (await rows<{ r: string }>(db, sql.raw(`SELECT to_jsonb(t)::text AS r FROM public.${quoteIdent(table.name)} t ORDER BY ${key}`))).map(
      (r) => r.r,
    );
  }
  return dump;
}
