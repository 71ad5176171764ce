import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openPgliteThread, openPostgres, pgliteExtensions, wrapPglite } from '../src/server/db/client';
import { withDatabase } from './global-setup';

/**
 * A fresh, migrated database for one test file, on the engine this run tests. `poolSize`: the
 * PostgreSQL connections (race tests want as many as they send requests at once; PGlite has one).
 */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<DatabaseHandle> {
  if (inject('engine') === 'embedded') {
    const data = fs.readFileSync(inject('template'));
    // As the server runs it: PGlite on its own thread. npm test runs the suites of the prepared
    // reads a second time with PGlite on the main thread (TEND_PGLITE_THREAD=0), as it runs there.
    if (process.env.TEND_PGLITE_THREAD !== '0') return openPgliteThread({ loadDataDir: new Uint8Array(data) });
    const client = await PGlite.create({ loadDataDir: new Blob([data]), extensions: pgliteExtensions });
    return wrapPglite(client, { namedStatements: process.env.TEND_PGLITE_NAMED_STATEMENTS !== '0' });
  }
  const url = inject('databaseUrl');
  const name = `tend_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('template')}`);
  await admin.end();
  const handle = openPostgres(withDatabase(url, name), options.poolSize ?? 5);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
