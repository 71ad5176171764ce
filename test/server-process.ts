import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject, onTestFinished } from 'vitest';
import { pgliteExtensions } from '../src/server/db/client';
import { withDatabase } from './global-setup';

/*
 * Real server processes (src/server/main.ts through tsx) for tests; each is killed when the test
 * that started it ends. Not by a module-level afterEach: files share their worker's modules
 * (isolate: false), so such a hook only joined the first file that imported this one, and the
 * servers of the files after it ran on after the suite (orphans holding CPU through a full run).
 */

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh database for one server: an empty data directory, or an empty PostgreSQL database.
 * `migrated` starts from the run's migrated template instead (a server then starts in about a
 * second rather than migrating an empty PGlite directory for several).
 */
export async function freshDatabaseEnv(options: { migrated?: boolean } = {}): Promise<Record<string, string>> {
  if (inject('engine') === 'embedded') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-proc-'));
    if (options.migrated) {
      const loadDataDir = new Blob([fs.readFileSync(inject('template'))]);
      await (await PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir })).close();
    }
    return { TEND_DATA_DIR: dataDir };
  }
  const name = `tend_proc_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${options.migrated ? ` TEMPLATE ${inject('template')}` : ''}`);
  await admin.end();
  return { DATABASE_URL: withDatabase(inject('databaseUrl'), name) };
}

export interface Started {
  process: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs `script` (the server by default) with the environment given, on a free port. Settings from
 * the calling shell that change behaviour (database, mail) are cleared; pass them in `env`, e.g.
 * `{ ...await freshDatabaseEnv(), TEND_SMTP_URL: sink.url }` (test/smtp-sink.ts).
 */
export async function startServer(env: Record<string, string>, args: string[] = [], script = 'src/server/main.ts'): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      TEND_SMTP_URL: '',
      TEND_MAIL_FROM: '',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TEND_KDF_COST: '10',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    child.kill('SIGKILL');
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

export async function waitForHealth(server: Started, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
    try {
      const res = await fetch(`${server.url}/api/health`);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer: ${server.output()}`);
}

/** Waits until the server has printed `text` (e.g. 'background jobs started', logged after it listens). */
export async function waitForOutput(server: Started, text: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes(text)) {
    if (server.process.exitCode !== null) throw new Error(`server exited before printing "${text}": ${server.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not print "${text}" within ${timeoutMs} ms: ${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
