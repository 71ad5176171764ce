import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { type DatabaseHandle, openEmbedded, openPostgres } from '../db/client';
import { commands } from './commands';
import { run } from './run';
import { signIn, TEST_KDF_COST } from '../../../test/helpers';
import { emptyPostgres, tempDir } from '../../../test/empty-db';

/** The command line (issue 19, point 4), driven through run(argv, io) with in-memory streams, on this run's engine. */
const engine = inject('engine');
let dir: string;
const dropped: (() => Promise<void>)[] = [];

interface Target {
  env: NodeJS.ProcessEnv;
  open(): Promise<DatabaseHandle>;
}

async function newTarget(): Promise<Target> {
  if (engine === 'embedded') {
    const dataDir = path.join(dir, `data-${dropped.length}-${Math.random().toString(36).slice(2)}`);
    dropped.push(async () => {});
    return { env: { TEND_DATA_DIR: dataDir, TEND_KDF_COST: String(TEST_KDF_COST) }, open: () => openEmbedded(dataDir, 'migration') };
  }
  const { url, drop } = await emptyPostgres();
  dropped.push(drop);
  return { env: { DATABASE_URL: url, TEND_KDF_COST: String(TEST_KDF_COST) }, open: async () => openPostgres(url, 2) };
}

async function tend(argv: string[], env: NodeJS.ProcessEnv = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await run(argv, {
    stdin: Readable.from(stdin ? [stdin] : []),
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    env,
  });
  return { code, stdout, stderr };
}

/** The app on the target's database for the time of `body` (the embedded data directory is one process's at a time). */
async function withApp<T>(target: Target, body: (app: FastifyInstance) => Promise<T>): Promise<T> {
  const database = await target.open();
  const app = await buildApp({ database, kdfCost: TEST_KDF_COST, mail: { smtpUrl: null, from: 'Tend <t@t.test>' }, jobs: false });
  await app.ready();
  try {
    return await body(app);
  } finally {
    await app.close();
    await database.close();
  }
}

const login = (app: FastifyInstance, email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

beforeAll(() => {
  dir = tempDir('tend-cli-');
});

afterAll(async () => {
  for (const drop of dropped) await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('tend --help and wrong usage', () => {
  it('lists every command with its summary, and each command explains itself', async () => {
    const overview = await tend(['--help']);
    expect(overview.code).toBe(0);
    for (const command of commands) {
      expect(overview.stdout).toContain(`${command.name}`);
      expect(overview.stdout).toContain(command.summary);
      const help = await tend([...command.name.split(' '), '--help']);
      expect({ name: command.name, code: help.code }).toEqual({ name: command.name, code: 0 });
      expect(help.stdout).toContain(`Usage: tend ${command.name}`);
      expect(help.stdout).toContain('Example');
    }
  });

  it('names an unknown command or flag on stderr and exits 2, without a stack trace', async () => {
    const unknown = await tend(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const unknownSub = await tend(['user', 'delete']);
    expect(unknownSub.code).toBe(2);
    expect(unknownSub.stderr).toContain("unknown command 'user delete'");
    expect(unknownSub.stderr).toContain('create, reset-password');
    const flag = await tend(['user', 'create', '--workspace', 'x', '--emial', 'a@b.test']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("'--emial'");
    expect(flag.stderr).not.toMatch(/\n\s+at /);
    expect((await tend([])).code).toBe(2);
    const missing = await tend(['backup']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('FILE is required');
    const format = await tend(['backup', 'x.tend', '--format', 'zip']);
    expect(format).toMatchObject({ code: 2 });
    expect(format.stderr).toContain('--format');
  });

  it('runs as a real process through bin/tend.mjs', async () => {
    const bin = path.resolve('bin/tend.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help']);
    expect(stdout).toContain('user reset-password');
    const failed = await promisify(execFile)(process.execPath, [bin, 'nope']).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain("unknown command 'nope'");
  }, 60_000);
});

describe('workspaces, users and passwords', { timeout: 240_000 }, () => {
  it('creates a workspace and a user who signs in with the password from stdin; reset-password ends their sessions', async () => {
    const target = await newTarget();
    const created = await tend(['workspace', 'create', '--name', 'Acme ApS', '--admin-email', 'ann@acme.test', '--admin-name', 'Ann Admin'], {
      ...target.env,
      TEND_ADMIN_PASSWORD: 'ann-secret-123',
    });
    expect(created.stderr).toBe('');
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Created workspace "Acme ApS"');

    const user = await tend(
      ['user', 'create', '--workspace', 'acme aps', '--email', 'Bo@Acme.test', '--name', 'Bo Berg', '--role', 'manager'],
      target.env,
      'bo-secret-123\n',
    );
    expect(user.stderr).toBe('');
    expect(user.stdout).toContain('Created manager bo@acme.test');
    // The users service's rules hold at the command line too: one email once per workspace, a real role, a long enough password.
    const again = await tend(['user', 'create', '--workspace', 'Acme ApS', '--email', 'bo@acme.test', '--name', 'Bo'], target.env, 'bo-secret-123\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has this email');
    expect(
      (await tend(['user', 'create', '--workspace', 'Acme ApS', '--email', 'c@acme.test', '--name', 'C', '--role', 'boss'], target.env, 'c-secret-123\n')).code,
    ).toBe(2);
    const short = await tend(['user', 'create', '--workspace', 'Acme ApS', '--email', 'c@acme.test', '--name', 'C'], target.env, 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('the password: At least 10 characters');
    const nowhere = await tend(['user', 'create', '--workspace', 'Nowhere', '--email', 'c@acme.test', '--name', 'C'], target.env, 'c-secret-123\n');
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("no workspace 'Nowhere'");

    const cookie = await withApp(target, async (app) => {
      const res = await login(app, 'bo@acme.test', 'bo-secret-123');
      expect(res.statusCode).toBe(200);
      return `tend_session=${res.cookies.find((c) => c.name === 'tend_session')?.value}`;
    });
    const reset = await tend(['user', 'reset-password', '--email', 'bo@acme.test'], { ...target.env, TEND_PASSWORD: 'bo-new-secret-1' });
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    expect((await tend(['user', 'reset-password', '--email', 'nobody@acme.test'], target.env, 'whatever-123\n')).code).toBe(1);
    await withApp(target, async (app) => {
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
      expect((await login(app, 'bo@acme.test', 'bo-secret-123')).statusCode).toBe(401);
      const client = await signIn(app, 'bo@acme.test', 'bo-new-secret-1');
      expect(client.user.role).toBe('manager');
    });
  });
});

describe('tend migrate, backup and restore', { timeout: 300_000 }, () => {
  it('backs up, refuses to restore into a database with rows, and restores into an empty one', async () => {
    const source = await newTarget();
    expect((await tend(['migrate'], source.env)).stdout).toContain('Applied 0000_');
    expect((await tend(['migrate'], source.env)).stdout).toContain('up to date');
    const made = await tend(['workspace', 'create', '--name', 'Tromsø AS', '--admin-email', 'a@t.test', '--admin-name', 'A'], source.env, 'a-secret-1234\n');
    expect(made.code).toBe(0);
    const file = path.join(dir, `cli-${engine}.tend`);
    for (const format of ['portable', 'auto']) {
      const name = format === 'auto' ? `${file}.native` : file;
      const backup = await tend(['backup', name, '--format', format], source.env);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
    }
    const exists = await tend(['backup', file], source.env);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('--force');
    const refused = await tend(['restore', file], source.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not empty');
    for (const name of [file, `${file}.native`]) {
      const target = await newTarget();
      const restored = await tend(['restore', name], target.env);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      await withApp(target, async (app) => {
        expect((await login(app, 'a@t.test', 'a-secret-1234')).statusCode).toBe(200);
      });
    }
    expect((await tend(['restore', path.join(dir, 'missing.tend')], source.env)).stderr).toContain('does not exist');
  });

  it.runIf(engine === 'embedded')('says to stop the server when the data directory is in use', { timeout: 120_000 }, async () => {
    const target = await newTarget();
    const held = await target.open();
    try {
      // Another process (the real entry) finds the directory held by this one.
      const locked = await promisify(execFile)(process.execPath, [path.resolve('bin/tend.mjs'), 'migrate'], { env: { ...process.env, ...target.env } }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(locked).toMatchObject({ code: 1 });
      expect((locked as { stderr: string }).stderr).toContain('Stop the server first');
    } finally {
      await held.close();
    }
  });
});
