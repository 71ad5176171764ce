import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/client';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { importCommandWith } from './import';

/** `tend import` (issue 19): the proposed mapping, progress and result printed, exit code 1 when rows failed, 2 on wrong usage. */

let t: TestApp;
let admin: Client;
let dir: string;

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr, env: {} }, out: () => out, err: () => err };
}

const command = () => importCommandWith(async () => ({ ...t.database, close: async () => undefined }));

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  dir = await mkdtemp(path.join(os.tmpdir(), 'tend-import-'));
});
afterAll(() => t.close());

describe('tend import', () => {
  it('imports a file as the user, prints the result, and exits 1 listing the failed rows', async () => {
    const file = path.join(dir, 'kunder.csv');
    await writeFile(file, 'Firmanavn;E-mail\nCLI Kunde ApS;cli@kunde.dk\nFejl ApS;ikke-en-mail\n');
    const s = io();
    const code = await command().run(['--workspace', admin.user.workspaceId, '--user', admin.user.email, '--entity', 'customers', file], s.io);
    expect(s.out()).toContain('Firmanavn → name');
    expect(s.out()).toContain('1 created, 0 updated, 1 failed');
    expect(s.out()).toMatch(/row 3: email: /);
    expect(code).toBe(1);
    const again = io();
    await writeFile(file, 'Firmanavn;E-mail\nCLI Kunde ApS;cli@kunde.dk\n');
    expect(await command().run(['--workspace', admin.user.workspaceId, '--user', admin.user.email, file, '--match', 'email'], again.io)).toBe(0);
    expect(again.out()).toContain('0 created, 1 updated, 0 failed');
    const n = await rows<{ n: number }>(t.database.db, sql`SELECT count(*) AS n FROM customers WHERE name = 'CLI Kunde ApS'`);
    expect(Number(n[0].n)).toBe(1);
  });
  it('answers 2 naming the flag on wrong usage, and 1 for an unknown user', async () => {
    const s = io();
    expect(await command().run(['--user', 'x@y.z', 'f.csv'], s.io)).toBe(2);
    expect(s.err()).toContain('--workspace');
    const m = io();
    expect(await command().run(['--workspace', 'w', '--user', 'x@y.z', '--match', 'phone', 'f.csv'], m.io)).toBe(2);
    expect(m.err()).toContain('--match');
    const u = io();
    expect(await command().run(['--workspace', admin.user.workspaceId, '--user', 'nobody@x.test', 'f.csv'], u.io)).toBe(1);
    expect(u.err()).toContain('nobody@x.test');
  });
});
