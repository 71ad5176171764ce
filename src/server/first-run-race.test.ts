import { sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv } from '../../test/server-process';
import { type DatabaseHandle, openPostgres, rows } from './db/client';
import { firstRun } from './first-run';

/**
 * Servers behind a load balancer started together on a new database with TEND_ADMIN_EMAIL: each
 * finds no workspace and tries the first-run setup. The first-run lock lets one make the workspace;
 * the others must go on serving it (one of them used to exit with "already set up"). Several
 * connection pools stand for several processes, all past the "no workspace yet" check at once.
 */
describe.skipIf(inject('engine') === 'embedded')(
  'servers starting together on an empty database with a first admin (skipped on embedded: one process per data directory)',
  () => {
    it('every start goes on, and there is one workspace with one admin', { timeout: 120_000 }, async () => {
      const url = (await freshDatabaseEnv({ migrated: true })).DATABASE_URL;
      const servers: DatabaseHandle[] = [...Array(5)].map(() => openPostgres(url, 2));
      const config = { adminEmail: 'admin@first-run.test', adminPassword: 'correct horse battery', demo: false, kdfCost: 10 };
      try {
        const outcomes = await Promise.allSettled(servers.map((server) => firstRun(server, config, pino({ level: 'silent' }))));
        expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'started'))).toEqual(Array(5).fill('started'));
        const [made] = await rows<{ workspaces: number; admins: number }>(
          servers[0].db,
          sql`SELECT (SELECT count(*)::int FROM workspaces) AS workspaces, (SELECT count(*)::int FROM users WHERE email = 'admin@first-run.test') AS admins`,
        );
        expect(made).toEqual({ workspaces: 1, admins: 1 });
      } finally {
        await Promise.all(servers.map((server) => server.close()));
      }
    });
  },
);
