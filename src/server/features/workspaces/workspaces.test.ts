import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loginResultSchema, setupStateSchema } from '../../../shared/auth';
import { errorSchema, listOf } from '../../../shared/common';
import { customerStatusSchema } from '../../../shared/settings';
import { userSchema } from '../../../shared/users';
import { parse } from '../../../../test/factories';
import { withDatabase } from '../../../../test/global-setup';
import { PASSWORD, TEST_KDF_COST, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/client';
import { makeWorkspace } from '../../demo/records';

/** Many companies on one server: emails per workspace, sign-in across workspaces, sign-up, the CLI. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let counter = 0;
const login = (app: TestApp, payload: object) =>
  app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress: `192.0.2.${++counter % 250}` });

const workspaceWithAdmin = (name: string, email: string, password: string) => makeWorkspace(t.database.db, { name, email, password, kdfCost: TEST_KDF_COST });
/** A refusal read through the error contract. */
const refusal = (res: Parameters<typeof parse>[1], status: number) => parse(errorSchema, res, status).error;

const userBody = (email: string) => ({ email, name: 'Ny Sælger', password: 'long enough password', role: 'user' });

describe('emails are unique per workspace', () => {
  it('adding a user whose email exists in another workspace succeeds (nothing leaks); in the same workspace it is 409 naming email', async () => {
    const a = await newWorkspace(t);
    const b = await newWorkspace(t);
    const email = `shared-${randomBytes(4).toString('hex')}@firma.dk`;
    parse(userSchema, await a.post('/api/v1/users', userBody(email)), 201);
    parse(userSchema, await b.post('/api/v1/users', userBody(email.toUpperCase())), 201);
    expect(refusal(await b.post('/api/v1/users', userBody(email)), 409).fields).toEqual({ email: 'Already in use' });
    // Changing an email: taken in this workspace → 409; taken only elsewhere → fine.
    const other = parse(userSchema, await b.post('/api/v1/users', userBody(`other-${email}`)), 201);
    expect(refusal(await b.patch(`/api/v1/users/${other.id}`, { email }), 409).fields).toHaveProperty('email');
    expect((await a.patch(`/api/v1/users/${a.user.id}`, { email: b.user.email })).statusCode).toBe(200);
  });

  it('parallel adds of one email in one workspace: one 201, the rest 409, never a 500', async () => {
    const a = await newWorkspace(t);
    const email = `race-${randomBytes(4).toString('hex')}@firma.dk`;
    const codes = (await Promise.all(Array.from({ length: 8 }, () => a.post('/api/v1/users', userBody(email))))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(7);
  });
});

describe('signing in with an email that has accounts in several workspaces', () => {
  it('signs in where the password is right; asks to choose only among workspaces whose password matched', async () => {
    const email = `multi-${randomBytes(4).toString('hex')}@firma.dk`;
    const one = await workspaceWithAdmin('Bæk & Co', email, PASSWORD);
    const two = await workspaceWithAdmin('Fjord Shipping', email, PASSWORD);
    const three = await workspaceWithAdmin('Secret Client', email, 'a different password');

    const other = await login(t, { email, password: 'a different password' });
    expect(parse(loginResultSchema, other, 200).user.workspaceId).toBe(three.workspaceId);

    const choose = await login(t, { email, password: PASSWORD });
    const choice = refusal(choose, 400);
    expect(choice.fields).toEqual({ workspace: 'Choose a workspace' });
    expect(choice.choices).toEqual([
      { id: one.workspaceId, name: 'Bæk & Co' },
      { id: two.workspaceId, name: 'Fjord Shipping' },
    ]);
    expect(choose.cookies).toEqual([]);

    const byId = await login(t, { email, password: PASSWORD, workspace: two.workspaceId });
    expect(parse(loginResultSchema, byId).user).toMatchObject({ id: two.adminId, workspaceId: two.workspaceId });
    const byName = await login(t, { email, password: PASSWORD, workspace: 'bæk & co' });
    expect(parse(loginResultSchema, byName).user.workspaceId).toBe(one.workspaceId);

    const wrong = await login(t, { email, password: 'not it at all' });
    expect(refusal(wrong, 401).choices).toBeUndefined();
    expect((await login(t, { email, password: PASSWORD, workspace: three.workspaceId })).statusCode).toBe(401);
  });
});

describe('sign-up (TEND_SIGNUP=1)', () => {
  const body = (email: string) => ({ workspaceName: 'Acme ApS', name: 'Ann Admin', email, password: 'long enough password', locale: 'da' });

  it('is off by default: 404, and the web app is told so', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/signup', payload: body('x@acme.test') })).statusCode).toBe(404);
    expect(parse(setupStateSchema, await t.app.inject({ method: 'GET', url: '/api/v1/setup' }))).toMatchObject({ signup: false });
  });

  it('when on, creates a workspace with its lists and its admin, signs in, and is throttled per address', async () => {
    const open = await createTestApp({ signup: true });
    try {
      await newWorkspace(open); // not a first run
      expect(parse(setupStateSchema, await open.app.inject({ method: 'GET', url: '/api/v1/setup' }))).toEqual({ needed: false, signup: true, mail: false });
      const bad = await open.app.inject({ method: 'POST', url: '/api/v1/signup', payload: { ...body('nope'), workspaceName: '' } });
      expect(Object.keys(refusal(bad, 400).fields ?? {}).sort()).toEqual(['email', 'workspaceName']);
      const from = { remoteAddress: '198.51.100.200' };
      const res = await open.app.inject({ method: 'POST', url: '/api/v1/signup', payload: body('Ann@Acme.test'), ...from });
      expect(parse(loginResultSchema, res, 201).user).toMatchObject({ email: 'ann@acme.test', role: 'admin', locale: 'da' });
      const cookie = res.cookies.find((c) => c.name === 'tend_session')!;
      const statuses = await open.app.inject({ method: 'GET', url: '/api/v1/customer-statuses', headers: { cookie: `tend_session=${cookie.value}` } });
      expect(parse(listOf(customerStatusSchema), statuses).items.map((s) => s.name)).toEqual(['Emne', 'Kundeemne', 'Kunde', 'Tidligere kunde']);
      const codes: number[] = [];
      for (let i = 0; i < 6; i++)
        codes.push((await open.app.inject({ method: 'POST', url: '/api/v1/signup', payload: body(`s${i}@acme.test`), ...from })).statusCode);
      expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    } finally {
      await open.close();
    }
  });
});

describe('npm run workspace:create', () => {
  async function freshDatabaseEnv(): Promise<Record<string, string>> {
    if (inject('engine') === 'embedded') return { TEND_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'tend-cli-')), DATABASE_URL: '' };
    const name = `tend_cli_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return { DATABASE_URL: withDatabase(inject('databaseUrl'), name) };
  }

  function run(args: string[], env: Record<string, string>, stdin: string) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/workspace-cli.ts', ...args], {
      env: { ...process.env, TEND_ADMIN_PASSWORD: '', TEND_KDF_COST: '10', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.stdin.end(stdin);
    return new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  }

  it('creates a workspace and its admin (password from stdin, never argv), who can then sign in', async () => {
    const env = await freshDatabaseEnv();
    const args = ['--name', 'Acme A/S', '--admin-email', 'Boss@Acme.test', '--admin-name', 'Bo Boss', '--locale', 'da', '--time-zone', 'Europe/Oslo'];
    const refused = await run([...args, '--password', 'long enough password'], env, '');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/--password/);
    const short = await run(args, env, 'short\n');
    expect(short.code).toBe(1);
    expect(short.output).toMatch(/the password: At least 10 characters/);
    const created = await run(args, env, 'long enough password\n');
    expect(created.output).toMatch(/Created workspace "Acme A\/S"/);
    expect(created.output).not.toContain('long enough password');
    expect(created.code).toBe(0);

    const database = await openDatabase({ databaseUrl: env.DATABASE_URL || null, dataDir: env.TEND_DATA_DIR ?? '' });
    const app = await buildApp({ database, kdfCost: TEST_KDF_COST });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'boss@acme.test', password: 'long enough password' } });
      expect(parse(loginResultSchema, res).user).toMatchObject({ role: 'admin', locale: 'da', timeZone: 'Europe/Oslo' });
    } finally {
      await app.close();
      await database.close();
      if (env.TEND_DATA_DIR) fs.rmSync(env.TEND_DATA_DIR, { recursive: true, force: true });
    }
  }, 120_000); // a new embedded data directory is created and migrated in a child process
});
