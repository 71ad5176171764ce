import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { pgliteExtensions, wrapPglite, openPostgres } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'embedded' | 'postgres';
    /** embedded: path of a dumped, migrated data directory; postgres: name of a migrated template database. */
    template: string;
    databaseUrl: string;
  }
}

/**
 * Migrates one template database per run; every test file then gets its own copy, cheaply
 * (PGlite: load the dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const engine = process.env.TEND_TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded';
  project.provide('engine', engine);
  if (engine === 'embedded') {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await migrate(wrapPglite(client).db);
    const dump = await client.dumpDataDir('none');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tend-template-')), 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await client.close();
    project.provide('template', file);
    project.provide('databaseUrl', '');
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('TEND_TEST_ENGINE=postgres needs DATABASE_URL');
  const template = `tend_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const handle = openPostgres(withDatabase(url, template), 1);
  await migrate(handle.db);
  await handle.close();
  project.provide('template', template);
  project.provide('databaseUrl', url);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
