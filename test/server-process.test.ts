import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { withDatabase } from './global-setup';

/**
 * The real server process (src/server/main.ts through tsx): first-run admin from the
 * environment, demo data, refusing a newer database, and a clean exit on SIGTERM.
 */
const running: ChildProcess[] = [];
afterEach(() => running.splice(0).forEach((p) => p.kill('SIGKILL')));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh database for one server: an empty data directory, or an empty PostgreSQL database. */
async function freshDatabaseEnv(): Promise<Record<string, string>> {
  if (inject('engine') === 'embedded') return { TEND_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'tend-proc-')) };
  const name = `tend_proc_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { DATABASE_URL: withDatabase(inject('databaseUrl'), name) };
}

interface Started {
  process: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>, args: string[] = []): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env, PORT: String(port), HOST: '127.0.0.1', TEND_KDF_COST: '10', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

async function waitForHealth(server: Started, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    try {
      const res = await fetch(`${server.url}/api/health`);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer: ${server.output()}`);
}

describe('the server process', () => {
  it('creates the first admin from the environment, serves, and exits cleanly on SIGTERM', async () => {
    const env = await freshDatabaseEnv();
    const server = await startServer({ ...env, TEND_ADMIN_EMAIL: 'boss@firma.dk', TEND_ADMIN_PASSWORD: 'a long admin password' });
    expect(await waitForHealth(server)).toEqual({ status: 'ok', database: inject('engine') });
    const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'boss@firma.dk', password: 'a long admin password' }) });
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
    const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.tend.test', password: 'tend-demo-2026' }) });
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
    expect(await first.exited).toBe(0);
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
