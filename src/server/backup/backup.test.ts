import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { documentListSchema, documentSchema } from '../../shared/documents';
import { commentSchema } from '../../shared/comments';
import { buildApp } from '../app';
import { type DatabaseHandle, openEmbedded, openPostgres } from '../db/client';
import { appliedMigrations } from './tables';
import { backupToFile, copyDatabase, detectFormat, portableInput, restoreFromFile } from './backup';
import { restorePortable } from './portable';
import { type Client, createTestApp, newUser, newWorkspace, PASSWORD, signIn, TEST_KDF_COST, type TestApp } from '../../../test/helpers';
import { makeChain, makeContact, makeCustomer, parse } from '../../../test/factories';
import { dumpTables, emptyDatabase, emptyPostgres, tempDir } from '../../../test/empty-db';

/**
 * Backup and restore (issue 19, point 5): a workspace with customers, contacts, a follow-up chain,
 * a document, a comment and settings goes through a backup into a new, empty database and comes
 * back row for row; the app works on the copy; a database with rows is never restored into.
 */
let t: TestApp;
let admin: Client;
let dir: string;
const documentBytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));

async function upload(by: Client, activityId: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(documentBytes)], { type: 'application/pdf' }), 'Tilbud æøå.pdf');
  const request = new Request('http://tend.test/', { method: 'POST', body: form });
  const headers = { ...by.headers, 'content-type': request.headers.get('content-type') ?? '', 'sec-fetch-site': 'same-origin' };
  const payload = Buffer.from(await request.arrayBuffer());
  return parse(documentSchema, await t.app.inject({ method: 'POST', url: `/api/v1/activities/${activityId}/documents`, payload, headers }), 201);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  const seller = await newUser(t, admin, 'user');
  await admin.patch('/api/v1/workspace', { weekStart: 7 });
  const customers = [];
  for (const name of ['Ærø Fisk ApS', 'Győr Kft', 'Tromsø AS']) customers.push(await makeCustomer(t, admin, { name }));
  for (const customer of customers) await makeContact(t, admin, customer.id);
  const chain = await makeChain(t, seller, 3, { customerId: customers[0].id });
  await upload(seller, chain[0].id);
  parse(commentSchema, await admin.post(`/api/v1/activities/${chain[1].id}/comments`, { text: 'Ring igen på torsdag' }), 201);
  dir = tempDir('tend-backup-');
}, 120_000);

afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The app on a restored database: the admin signs in with the same password and sees the same customers and document. */
async function expectAppWorks(database: DatabaseHandle) {
  const app = await buildApp({ database, kdfCost: TEST_KDF_COST, mail: { smtpUrl: null, from: 'Tend <tend@tend.test>' }, jobs: false });
  await app.ready();
  try {
    const restored = await signIn(app, admin.user.email, PASSWORD);
    const res = await restored.get('/api/v1/customers?limit=50');
    expect(res.statusCode).toBe(200);
    const list = res.json() as { items: { id: string; name: string }[] };
    expect(list.items.map((c) => c.name).sort()).toEqual(['Győr Kft', 'Tromsø AS', 'Ærø Fisk ApS']);
    const activities = (await restored.get(`/api/v1/customers/${list.items[0].id}`)).statusCode;
    expect(activities).toBe(200);
  } finally {
    await app.close();
  }
}

async function expectSameRows(source: DatabaseHandle, target: DatabaseHandle) {
  expect(await appliedMigrations(target.db)).toEqual(await appliedMigrations(source.db));
  const [before, after] = [await dumpTables(source.db), await dumpTables(target.db)];
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const table of Object.keys(before)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
  expect(before.documents).toHaveLength(1);
  expect(before.activities.length).toBeGreaterThanOrEqual(3);
}

describe('the portable backup', { timeout: 240_000 }, () => {
  it('restores into a new empty database of this engine row for row, and the app works on it', async () => {
    const file = path.join(dir, 'portable.tend');
    expect((await backupToFile(t.database, file, 'portable', null)).format).toBe('portable');
    expect(await detectFormat(file)).toBe('portable');
    const target = await emptyDatabase();
    try {
      const { counts } = await restorePortable(target.db, portableInput(file));
      expect(counts.documents).toBe(1);
      await expectSameRows(t.database, target);
      // The follow-up chain is linked as before, and the document's bytes are the uploaded ones.
      const restoredApp = await buildApp({ database: target, kdfCost: TEST_KDF_COST, mail: { smtpUrl: null, from: 'Tend <t@t.test>' }, jobs: false });
      await restoredApp.ready();
      const again = await signIn(restoredApp, admin.user.email);
      const links = (await dumpTables(target.db)).activities.map((r) => JSON.parse(r)).filter((a) => a.previous_activity_id !== null);
      expect(links.length).toBeGreaterThanOrEqual(2);
      const docs = (await dumpTables(target.db)).documents.map((r) => JSON.parse(r));
      const listed = parse(documentListSchema, await again.get(`/api/v1/activities/${docs[0].activity_id}/documents`)).items;
      const download = await again.get(`/api/v1/documents/${listed[0].id}/content`);
      expect(Buffer.from(download.rawPayload)).toEqual(documentBytes);
      await restoredApp.close();
      await expectAppWorks(target);
      // A second restore finds rows and changes nothing.
      const beforeRefusal = await dumpTables(target.db);
      await expect(restorePortable(target.db, portableInput(file))).rejects.toThrow(/not empty/);
      expect(await dumpTables(target.db)).toEqual(beforeRefusal);
    } finally {
      await target.close();
    }
  });

  it.runIf(inject('engine') === 'postgres')('moves PostgreSQL to the embedded engine and back', async () => {
    const embedded = await emptyDatabase('embedded');
    const back = await emptyDatabase('postgres');
    try {
      await copyDatabase(t.database, embedded);
      await expectSameRows(t.database, embedded);
      await copyDatabase(embedded, back);
      await expectSameRows(t.database, back);
      await expectAppWorks(back);
    } finally {
      await embedded.close();
      await back.close();
    }
  });
});

describe('the native backup', { timeout: 240_000 }, () => {
  it.runIf(inject('engine') === 'embedded')("is PGlite's dump, restored into a new data directory", async () => {
    const file = path.join(dir, 'native.tend');
    expect((await backupToFile(t.database, file, 'native', null)).format).toBe('pglite');
    expect(await detectFormat(file)).toBe('pglite');
    const dataDir = path.join(dir, 'restored');
    const result = await restoreFromFile(file, { databaseUrl: null, dataDir }, () => openEmbedded(dataDir, 'migration'));
    expect(result.format).toBe('pglite');
    const restored = await openEmbedded(dataDir, 'migration');
    try {
      await expectSameRows(t.database, restored);
      await expectAppWorks(restored);
    } finally {
      await restored.close();
    }
    // Into an existing database with rows: refused.
    await expect(restoreFromFile(file, { databaseUrl: null, dataDir }, () => openEmbedded(dataDir, 'migration'))).rejects.toThrow(/not empty/);
  });

  it.runIf(inject('engine') === 'postgres')("is pg_dump's custom format, restored with pg_restore into a new database", async () => {
    const file = path.join(dir, 'native.dump');
    const url = (t.database.db as unknown as { $client: { options: { connectionString: string } } }).$client.options.connectionString;
    expect((await backupToFile(t.database, file, 'native', url)).format).toBe('pg_dump');
    expect(await detectFormat(file)).toBe('pg_dump');
    const empty = await emptyPostgres();
    try {
      await restoreFromFile(file, { databaseUrl: empty.url, dataDir: dir }, async () => openPostgres(empty.url, 2));
      const restored = openPostgres(empty.url, 3);
      try {
        await expectSameRows(t.database, restored);
        await expectAppWorks(restored);
      } finally {
        await restored.close();
      }
      await expect(restoreFromFile(file, { databaseUrl: empty.url, dataDir: dir }, async () => openPostgres(empty.url, 2))).rejects.toThrow(/not empty/);
    } finally {
      await empty.drop();
    }
  });
});
