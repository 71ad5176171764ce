import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeActivity, makeCustomer } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import type { CliIo } from '../command';
import { exportCommand, makeExportCommand } from './export';

/** `tend export` (issue 19): the user's view written to stdout or a file, streamed; wrong usage is exit code 2. */

let t: TestApp;
let admin: Client;
let ulf: Client;
let dir: string;

function memoryIo(): CliIo & { out: () => Buffer; err: () => string } {
  const chunks: Buffer[] = [];
  const errs: string[] = [];
  const stdout = new PassThrough();
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const stderr = new PassThrough();
  stderr.on('data', (c: Buffer) => errs.push(c.toString()));
  return { stdin: Readable.from([]), stdout, stderr, env: {}, out: () => Buffer.concat(chunks), err: () => errs.join('') };
}

// The test database, not closed by the command (the suite closes it).
const command = () => makeExportCommand(async () => ({ ...t.database, close: async () => {} }));
const workspaceOf = (c: Client) => c.user.workspaceId;

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  ulf = await newUser(t, admin, 'user', { name: 'Ulf' });
  dir = await mkdtemp(path.join(os.tmpdir(), 'tend-export-'));
  const mine = await makeCustomer(t, admin, { name: 'Ulfs Kunde, "Ø" ApS', responsibleId: ulf.user.id, status: 'lead' });
  await makeCustomer(t, admin, { name: 'Hemmelig A/S', responsibleId: admin.user.id, status: 'lead' });
  for (let i = 0; i < 12; i++)
    await makeActivity(t, admin, {
      customerId: mine.id,
      responsibleId: ulf.user.id,
      subject: `Opkald ${i}`,
      scheduledAt: `2026-02-${String(i + 1).padStart(2, '0')}T09:00:00Z`,
    });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t.close();
});

describe('tend export', () => {
  it('writes CSV to stdout in small batches, only what the user may see', async () => {
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      const io = memoryIo();
      const code = await command().run(['--workspace', workspaceOf(admin), '--user', ulf.user.email, '--entity', 'customers', '--format', 'csv', '-'], io);
      expect(code, io.err()).toBe(0);
      const rows = Papa.parse<string[]>(io.out().toString('utf8').slice(1), { skipEmptyLines: true }).data;
      expect(rows.slice(1).map((r) => r[0])).toEqual(['Ulfs Kunde, "Ø" ApS']);
      const acts = memoryIo();
      const args = [
        '--workspace',
        workspaceOf(admin),
        '--user',
        ulf.user.email.toUpperCase(),
        '--entity',
        'activities',
        '--format',
        'csv',
        '--batch-size',
        '5',
      ];
      expect(await command().run([...args, '--filter', 'from=2026-02-01', '--filter', 'to=2026-02-10'], acts)).toBe(0);
      expect(Papa.parse<string[]>(acts.out().toString('utf8').slice(1), { skipEmptyLines: true }).data).toHaveLength(11);
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
  });

  it('writes XLSX to a file that exceljs reads back', async () => {
    const file = path.join(dir, 'aktiviteter.xlsx');
    const io = memoryIo();
    const code = await command().run(
      ['--workspace', workspaceOf(admin), '--user', admin.user.email, '--entity', 'activities', '--format', 'xlsx', '--batch-size', '4', file],
      io,
    );
    expect(code, io.err()).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(13);
  });

  it('answers 2 naming the flag for wrong usage, 1 for an unknown user', async () => {
    const run = async (argv: string[]) => {
      const io = memoryIo();
      return { code: await command().run(argv, io), err: io.err() };
    };
    const base = ['--workspace', workspaceOf(admin), '--user', admin.user.email];
    expect(await run([...base, '--format', 'csv'])).toMatchObject({ code: 2, err: expect.stringContaining('--entity is required') });
    expect(await run([...base, '--entity', 'invoices', '--format', 'csv'])).toMatchObject({ code: 2, err: expect.stringContaining('--entity') });
    expect(await run([...base, '--entity', 'customers', '--format', 'pdf'])).toMatchObject({ code: 2, err: expect.stringContaining('--format') });
    expect(await run([...base, '--entity', 'customers', '--format', 'csv', '--filter', 'responsibleId=x'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--filter responsibleId'),
    });
    expect(await run(['--workspace', workspaceOf(admin), '--user', 'nobody@x.test', '--entity', 'customers', '--format', 'csv'])).toMatchObject({ code: 1 });
    expect(exportCommand.usage).toContain('--entity');
  });
});
