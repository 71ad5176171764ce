import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../../shared/common';
import { customerListItemSchema } from '../../../shared/customers';
import { type Import, importSchema } from '../../../shared/imports';
import { rows } from '../../db/client';
import { makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Import through the API (issue 19, point 1) with the job queue running: upload → proposed mapping →
 * run → progress and result; bad rows listed and downloadable; the same file twice creates no
 * duplicates; match by email or name; another workspace's import is 404.
 */

let t: TestApp;
let admin: Client;
let other: Client;

async function upload(by: Client, content: Buffer | string, entity = 'customers', name = 'kunder.csv') {
  const form = new FormData();
  if (entity) form.append('entity', entity);
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  const request = new Request('http://tend.test/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  const headers = { ...by.headers, 'content-type': request.headers.get('content-type') ?? '', 'sec-fetch-site': 'same-origin' };
  return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload, headers });
}

async function finished(by: Client, id: string): Promise<Import> {
  for (let i = 0; i < 200; i++) {
    const imp = parse(importSchema, await by.get(`/api/v1/imports/${id}`));
    if (imp.status === 'done' || imp.status === 'failed') return imp;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

async function importFile(by: Client, content: Buffer | string, options: { entity?: string; match?: 'email' | 'name' } = {}) {
  const up = parse(importSchema, await upload(by, content, options.entity ?? 'customers'), 201);
  parse(importSchema, await by.post(`/api/v1/imports/${up.id}/run`, { mapping: up.mapping, match: options.match }), 202);
  return finished(by, up.id);
}

const count = async (by: Client, where = sql`true`) =>
  Number((await rows<{ n: number }>(t.database.db, sql`SELECT count(*) AS n FROM customers WHERE workspace_id = ${by.user.workspaceId} AND ${where}`))[0].n);

const DANISH = [
  'Firmanavn;E-mail;Telefon;Postnr.;By;Land',
  'Bæk & Søn ApS;info@baek.dk;+45 12 34 56 78;8000;Århus;DK',
  'Ørsted IT;kontakt@orsted.dk;;2100;København Ø;dk',
  ';tom@navn.dk;;;;DK',
  'Dårlig Mail A/S;ikke-en-mail;;;;DK',
  'Åen Træ;;;;;',
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp({ jobs: true });
  [admin, other] = await Promise.all([newWorkspace(t), newWorkspace(t)]);
});
afterAll(() => t.close());

describe('upload', () => {
  it('answers the columns, the first rows and a proposed mapping', async () => {
    const up = parse(importSchema, await upload(admin, DANISH), 201);
    expect(up.columns).toEqual(['Firmanavn', 'E-mail', 'Telefon', 'Postnr.', 'By', 'Land']);
    expect(up.sample[0]).toEqual(['Bæk & Søn ApS', 'info@baek.dk', '+45 12 34 56 78', '8000', 'Århus', 'DK']);
    expect(up.mapping).toEqual({ Firmanavn: 'name', 'E-mail': 'email', Telefon: 'phone', 'Postnr.': 'postalCode', By: 'city', Land: 'countryCode' });
    expect(up).toMatchObject({ status: 'uploaded', total: 5, done: 0, entity: 'customers' });
  });
  it('refuses a missing entity or file, naming the field', async () => {
    expect(refusal(await upload(admin, DANISH, ''), 400).fields).toHaveProperty('entity');
    expect(refusal(await upload(admin, DANISH, 'invoices'), 400).fields).toHaveProperty('entity');
    expect(refusal(await upload(admin, 'Navn\n'), 400).fields).toHaveProperty('file');
  });

  it('refuses a cut-short or boundary-less upload as a bad file, not a server error', async () => {
    const headers = { ...admin.headers, 'sec-fetch-site': 'same-origin' };
    for (const [contentType, payload] of [
      ['multipart/form-data; boundary=x', '{}'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="entity"\r\n\r\ncustomers'],
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload, headers: { ...headers, 'content-type': contentType } });
      expect(refusal(res, 400).fields, payload).toHaveProperty('file');
    }
  });
  it('refuses a mapping to an unknown column or without the name', async () => {
    const up = parse(importSchema, await upload(admin, DANISH), 201);
    expect(refusal(await admin.post(`/api/v1/imports/${up.id}/run`, { mapping: { Nope: 'name' } }), 400).fields).toHaveProperty(['mapping.Nope']);
    expect(refusal(await admin.post(`/api/v1/imports/${up.id}/run`, { mapping: { Firmanavn: null } }), 400).fields).toHaveProperty('mapping');
    expect(refusal(await admin.post(`/api/v1/imports/${up.id}/run`, { mapping: { Firmanavn: 'subject' } }), 400).fields).toHaveProperty(['mapping.Firmanavn']);
    expect(refusal(await admin.post(`/api/v1/imports/${up.id}/run`, { mapping: up.mapping, match: 'phone' }), 400).fields).toHaveProperty('match');
  });
});

describe('run', () => {
  it('keeps the good rows, lists the bad ones, and a second run creates no duplicates', async () => {
    const first = await importFile(admin, DANISH);
    expect(first).toMatchObject({ status: 'done', total: 5, done: 5, created: 3, updated: 0, failedCount: 2 });
    expect(first.failed).toEqual([
      { row: 4, field: 'name', message: expect.any(String) },
      { row: 5, field: 'email', message: expect.any(String) },
    ]);
    const baek = parse(listOf(customerListItemSchema), await admin.get(`/api/v1/customers?q=${encodeURIComponent('Bæk')}`)).items[0];
    expect(baek).toMatchObject({
      name: 'Bæk & Søn ApS',
      email: 'info@baek.dk',
      city: 'Århus',
      countryCode: 'DK',
      status: 'lead',
      responsibleId: admin.user.id,
    });
    expect(await count(admin, sql`name = 'Åen Træ'`)).toBe(1);
    const again = await importFile(admin, DANISH);
    expect(again).toMatchObject({ created: 0, updated: 3, failedCount: 2 });
    expect(await count(admin)).toBe(3);
  });
  it('downloads the bad rows with a reason, to fix and import again', async () => {
    const up = parse(importSchema, await upload(admin, DANISH), 201);
    await admin.post(`/api/v1/imports/${up.id}/run`, { mapping: up.mapping });
    await finished(admin, up.id);
    const res = await admin.get(`/api/v1/imports/${up.id}/failed.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('Firmanavn,E-mail,Telefon,Postnr.,By,Land,Error');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^Dårlig Mail A\/S,ikke-en-mail,,,,DK,email: /);
    const fixed = lines
      .map((l) => l.replace(/,[^,]*$/, ''))
      .join('\n')
      .replace('ikke-en-mail', 'post@darlig.dk')
      .replace(/^,tom@/m, 'Tom ApS,tom@');
    const result = await importFile(admin, fixed);
    expect(result).toMatchObject({ created: 2, failedCount: 0 });
    expect(await count(admin, sql`email = 'post@darlig.dk'`)).toBe(1);
  });
  it('matches by name when asked, and a row naming a customer twice updates it', async () => {
    await makeCustomer(t, admin, { name: 'Nordlys AS', email: 'gammel@nordlys.no' });
    const result = await importFile(admin, 'Navn,E-post,By\nNORDLYS AS,ny@nordlys.no,Tromsø\nNordlys AS,,Bodø\n', { match: 'name' });
    expect(result).toMatchObject({ created: 0, updated: 2, failedCount: 0 });
    const rowsNow = await rows<{ email: string; city: string }>(t.database.db, sql`SELECT email, city FROM customers WHERE name = 'Nordlys AS'`);
    expect(rowsNow).toEqual([{ email: 'ny@nordlys.no', city: 'Bodø' }]);
  });
  it('matches by email in any case before the name', async () => {
    await makeCustomer(t, admin, { name: 'Kis Kft', email: 'iroda@kis.hu' });
    const result = await importFile(admin, 'Cégnév;E-mail\nKis és Társa Kft;IRODA@kis.hu\n');
    expect(result).toMatchObject({ created: 0, updated: 1 });
    expect(await count(admin, sql`name = 'Kis és Társa Kft'`)).toBe(1);
  });
  it('reads Windows-1252 and ISO-8859-2 files and XLSX', async () => {
    await importFile(admin, Buffer.from('Firmanavn;By\nSølvgade Ærø ApS;Ærøskøbing\n', 'latin1'));
    expect(await count(admin, sql`name = 'Sølvgade Ærø ApS' AND city = 'Ærøskøbing'`)).toBe(1);
    const hu = Buffer.from([...'Név;Város\nKőfaragó Bt;Győr\n'].map((c) => ({ ő: 0xf5, ű: 0xfb })[c] ?? c.charCodeAt(0)));
    await importFile(admin, hu);
    expect(await count(admin, sql`name = 'Kőfaragó Bt' AND city = 'Győr'`)).toBe(1);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Ark1');
    sheet.addRow(['Name', 'Email', 'Zip']);
    sheet.addRow(['Excel Ltd', 'a@excel.test', 2100]);
    await importFile(admin, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await count(admin, sql`name = 'Excel Ltd' AND postal_code = '2100'`)).toBe(1);
  });
  it('imports contacts and activities onto the customers they name', async () => {
    await makeCustomer(t, admin, { name: 'Kontor Fjord AS', email: 'post@fjord.no' });
    const contacts = 'Firma;Navn;E-post;Stilling\nKontor Fjord AS;Kari Nordmann;kari@fjord.no;Daglig leder\npost@fjord.no;Ola Hansen;;\nUkjent AS;Per;;\n';
    expect(await importFile(admin, contacts, { entity: 'contacts' })).toMatchObject({ created: 2, failedCount: 1, failed: [{ row: 4, field: 'customer' }] });
    expect(await importFile(admin, contacts, { entity: 'contacts' })).toMatchObject({ created: 0, updated: 2 });
    const acts = 'Kunde;Emne;Dato;Udført\nKontor Fjord AS;Møte;04.05.2026 10:00;ja\nKontor Fjord AS;Tilbud;2026-05-06;nej\nKontor Fjord AS;Feil;i går;\n';
    expect(await importFile(admin, acts, { entity: 'activities' })).toMatchObject({ created: 2, failedCount: 1, failed: [{ row: 4, field: 'date' }] });
    expect(await importFile(admin, acts, { entity: 'activities' })).toMatchObject({ created: 0, updated: 2 });
    const done = await rows<{ subject: string; done: boolean }>(
      t.database.db,
      sql`SELECT subject, done FROM activities WHERE workspace_id = ${admin.user.workspaceId} ORDER BY subject`,
    );
    expect(done).toEqual([
      { subject: 'Møte', done: true },
      { subject: 'Tilbud', done: false },
    ]);
  });
});

describe('access', () => {
  it("answers 404 for another workspace's import, and for a colleague's unless admin", async () => {
    const up = parse(importSchema, await upload(admin, DANISH), 201);
    expect(refusal(await other.get(`/api/v1/imports/${up.id}`), 404)).toBeTruthy();
    expect(refusal(await other.post(`/api/v1/imports/${up.id}/run`, { mapping: up.mapping }), 404)).toBeTruthy();
    expect(refusal(await other.get(`/api/v1/imports/${up.id}/failed.csv`), 404)).toBeTruthy();
    const user = await newUser(t, admin, 'user');
    expect(refusal(await user.get(`/api/v1/imports/${up.id}`), 404)).toBeTruthy();
    const mine = parse(importSchema, await upload(user, 'Navn\nBrugerens Kunde\n'), 201);
    expect(parse(importSchema, await admin.get(`/api/v1/imports/${mine.id}`)).id).toBe(mine.id);
  });
  it('runs an upload once: a second run is 409', async () => {
    const up = parse(importSchema, await upload(other, 'Navn\nEn gang\n'), 201);
    expect((await other.post(`/api/v1/imports/${up.id}/run`, { mapping: up.mapping })).statusCode).toBe(202);
    expect(refusal(await other.post(`/api/v1/imports/${up.id}/run`, { mapping: up.mapping }), 409)).toBeTruthy();
  });
});
