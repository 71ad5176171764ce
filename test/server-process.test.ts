import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startServer, waitForHealth } from './server-process';

/**
 * The real server process (src/server/main.ts through tsx): first-run admin from the
 * environment, demo data, refusing a newer database, and a clean exit on SIGTERM.
 */
describe('the server process', () => {
  it('creates the first admin from the environment, serves, and exits cleanly on SIGTERM', async () => {
    // Migrated but empty (no workspace): creating a PGlite directory from nothing takes most of
    // 30 s on a busy 2-core machine; the demo test below still starts from an empty directory.
    const env = await freshDatabaseEnv({ migrated: true });
    const server = await startServer({ ...env, TEND_ADMIN_EMAIL: 'boss@firma.dk', TEND_ADMIN_PASSWORD: 'a long admin password' });
    expect(await waitForHealth(server)).toEqual({ status: 'ok', database: inject('engine') });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@firma.dk', password: 'a long admin password' }),
    });
    expect(login.status).toBe(200);
    expect((await (await fetch(`${server.url}/api/v1/setup`)).json()).needed).toBe(false);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('shutting down');
    expect(server.output()).not.toContain('a long admin password');
  });

  it('loads the demo workspace with --demo on an empty database, printing progress', async () => {
    const server = await startServer(await freshDatabaseEnv(), ['--demo']);
    await waitForHealth(server, 120_000);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.tend.test', password: 'tend-demo-2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const customers = await (await fetch(`${server.url}/api/v1/customers?limit=500`, { headers: { cookie } })).json();
    expect(customers.items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(customers.items.map((c: { countryCode: string }) => c.countryCode))).toEqual(new Set(['DK', 'NO', 'HU', 'IL']));
    const users = await (await fetch(`${server.url}/api/v1/users`, { headers: { cookie } })).json();
    expect(new Set(users.items.map((u: { role: string }) => u.role))).toEqual(new Set(['admin', 'manager', 'user']));
    expect(server.output()).toMatch(/demo: customers \d+\/\d+/);
  }, 180_000);

  it('refuses to start on a database migrated by a newer version', async () => {
    const env = await freshDatabaseEnv();
    const first = await startServer(env);
    await waitForHealth(first);
    first.process.kill('SIGTERM');
    expect(await first.exited, first.output()).toBe(0);
    // Pretend a newer Tend migrated this database.
    if (env.DATABASE_URL) {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      await client.query(`INSERT INTO tend_migrations (tag) VALUES ('9999_next_year')`);
      await client.end();
    } else {
      const { PGlite } = await import('@electric-sql/pglite');
      const { pgliteExtensions } = await import('../src/server/db/client');
      const db = await PGlite.create(env.TEND_DATA_DIR, { extensions: pgliteExtensions });
      await db.query(`INSERT INTO tend_migrations (tag) VALUES ('9999_next_year')`);
      await db.close();
    }
    const second = await startServer(env);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Tend cannot start: This database was migrated by a newer version of Tend/);
  }, 120_000);
});
