import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../../shared/common';
import { activitySchema } from '../../../shared/activities';
import { type Customer, customerListItemSchema } from '../../../shared/customers';
import { activityExportQuerySchema } from '../../../shared/exports';
import { actorOf, makeActivity, makeContact, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { csvStream } from './export-writers';
import { prepareExport } from './export.service';

/**
 * Exports (issue 19): the lists' filters, CSV a spreadsheet program opens (BOM, escaping, the
 * reader's delimiter and words), XLSX read back, dates on the reader's clock, only what the caller
 * may see, another workspace's nothing, and a large list read in many small batches.
 */

let t: TestApp;
let admin: Client; // Copenhagen, English
let ulla: Client; // user, responsible for Hemmelig
let ulf: Client; // user, sees nothing of Hemmelig once restricted
let dorte: Client; // Danish reader
let other: Client; // another workspace
let hemmelig: Customer;
let tricky: Customer;
let hebrew: Customer;

const TRICKY = 'Åse "Quote", Comma & Co';

/** The CSV's rows (heading first), the BOM checked and taken off. */
function csvRows(body: Buffer, delimiter = ','): string[][] {
  expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const parsed = Papa.parse<string[]>(body.toString('utf8').slice(1), { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function exportCsv(c: Client, url: string, delimiter = ','): Promise<string[][]> {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('text/csv');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename=/);
  return csvRows(res.rawPayload, delimiter);
}

async function listedNames(c: Client, query: string): Promise<string[]> {
  return parse(listOf(customerListItemSchema), await c.get(`/api/v1/customers?limit=500&${query}`)).items.map((x) => x.name);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, ulf, dorte] = await Promise.all([
    newUser(t, admin, 'user', { name: 'Ulla' }),
    newUser(t, admin, 'user', { name: 'Ulf' }),
    newUser(t, admin, 'user', { name: 'Dorte', locale: 'da' }),
  ]);
  other = await newWorkspace(t);
  hemmelig = await makeCustomer(t, admin, { name: 'Hemmelig Handel ApS', status: 'customer', responsibleId: ulla.user.id, city: 'Århus' });
  tricky = await makeCustomer(t, admin, { name: TRICKY, status: 'lead', address: 'Vej 1\nBaghuset', phone: '+45 12 34 56 78', responsibleId: ulf.user.id });
  hebrew = await makeCustomer(t, admin, { name: 'חברת בדיקה בע"מ', status: 'customer', responsibleId: admin.user.id, city: 'תל אביב' });
  await makeCustomer(t, other, { name: 'Another workspace A/S' });
  await makeContact(t, admin, hemmelig.id, { firstName: 'Søren', lastName: 'Kierkegaard', email: 'soren@hemmelig.dk' });
  await makeContact(t, admin, tricky.id, { firstName: 'Ægir', lastName: 'Øst' });
  const base = { typeKey: 'call' as const, subject: 'Export row' };
  await makeActivity(t, admin, {
    ...base,
    customerId: hemmelig.id,
    responsibleId: ulla.user.id,
    scheduledAt: '2026-03-01T23:30:00Z',
    subject: 'Across midnight',
  });
  await makeActivity(t, admin, {
    ...base,
    customerId: tricky.id,
    responsibleId: ulf.user.id,
    scheduledAt: '2026-03-05T00:00:00Z',
    allDay: true,
    note: '=HYPERLINK("x")',
  });
  await makeActivity(t, admin, { ...base, customerId: tricky.id, scheduledAt: '2026-03-06T09:00:00Z', private: true, subject: 'Admin private' });
  await makeActivity(t, admin, { ...base, customerId: hebrew.id, scheduledAt: '2026-03-07T09:00:00Z', subject: 'פגישה' });
});
afterAll(() => t.close());

describe('customer export', () => {
  it('writes CSV that spreadsheet programs read: BOM, quotes, commas, new lines, æøå and Hebrew', async () => {
    const rows = await exportCsv(admin, '/api/v1/customers/export?format=csv');
    expect(rows[0]).toEqual([
      'Name',
      'Status',
      'Email',
      'Phone',
      'Website',
      'Address',
      'Postal code',
      'City',
      'Country',
      'Industry',
      'Responsible',
      'Created',
      'Changed',
    ]);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([...byName.keys()].sort()).toEqual((await listedNames(admin, '')).sort());
    const row = byName.get(TRICKY)!;
    expect(row[5]).toBe('Vej 1\nBaghuset');
    expect(row[3]).toBe('+45 12 34 56 78'); // a phone number is not taken for a formula
    expect(row[10]).toBe('Ulf');
    expect(byName.get('חברת בדיקה בע"מ')?.[7]).toBe('תל אביב');
    expect(byName.get('Hemmelig Handel ApS')?.[7]).toBe('Århus');
    expect(row[11]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('takes the list filters: exactly the customers the filtered list shows', async () => {
    const rows = await exportCsv(admin, '/api/v1/customers/export?format=csv&status=customer');
    expect(rows.slice(1).map((r) => r[0])).toEqual(await listedNames(admin, 'status=customer'));
    expect(rows).toHaveLength(3);
    const found = await exportCsv(admin, '/api/v1/customers/export?format=csv&q=hemmelig');
    expect(found.slice(1).map((r) => r[0])).toEqual(['Hemmelig Handel ApS']);
    const ullas = await exportCsv(admin, `/api/v1/customers/export?format=csv&responsibleId=${ulla.user.id}`);
    expect(ullas.slice(1).map((r) => r[0])).toEqual(['Hemmelig Handel ApS']);
  });

  it('answers 400 naming the field for a bad filter or format', async () => {
    const field = async (url: string) => Object.keys(refusal(await admin.get(url), 400).fields ?? {});
    expect(await field('/api/v1/customers/export?format=pdf')).toEqual(['format']);
    expect(await field('/api/v1/customers/export')).toEqual(['format']);
    expect(await field('/api/v1/customers/export?format=csv&responsibleId=nobody')).toEqual(['responsibleId']);
    expect(await field('/api/v1/customers/export?format=csv&sort=colour')).toEqual(['sort']);
    expect(await field('/api/v1/activities/export?format=csv&view=week')).toEqual(['view']);
    expect(await field('/api/v1/activities/export?format=csv&from=yesterday')).toEqual(['from']);
    expect(await field('/api/v1/contacts/export?format=xlsx&customerId=1')).toEqual(['customerId']);
  });

  it('writes XLSX that exceljs reads back, dates as dates on the reader’s clock', async () => {
    const res = await admin.get('/api/v1/customers/export?format=xlsx&status=customer');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/filename="customers-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Name');
    expect(sheet.rowCount).toBe(3);
    const names = [2, 3].map((i) => sheet.getRow(i).getCell(1).value);
    expect(names).toEqual(await listedNames(admin, 'status=customer'));
    expect(sheet.getRow(2).getCell(12).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(12).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('uses the reader’s language and delimiter', async () => {
    const rows = await exportCsv(dorte, '/api/v1/customers/export?format=csv', ';');
    expect(rows[0]?.slice(0, 3)).toEqual(['Navn', 'Status', 'E-mail']);
    expect(rows.map((r) => r[0])).toContain(TRICKY);
  });
});

describe('only what the caller may see', () => {
  it('leaves out customers hidden from a restricted user, private activities and other workspaces', async () => {
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      const ulfs = (await exportCsv(ulf, '/api/v1/customers/export?format=csv')).slice(1).map((r) => r[0]);
      expect(ulfs).toEqual([TRICKY]);
      const ullas = (await exportCsv(ulla, '/api/v1/customers/export?format=csv')).slice(1).map((r) => r[0]);
      expect(ullas).toEqual(['Hemmelig Handel ApS']);
      const contacts = (await exportCsv(ulf, '/api/v1/contacts/export?format=csv')).slice(1);
      expect(contacts.map((r) => r[0])).toEqual(['Ægir']);
      const activities = (await exportCsv(ulf, '/api/v1/activities/export?format=csv')).slice(1);
      expect(activities.map((r) => r[4])).toEqual(['Export row']); // not Hemmelig's, not the admin's private one
      const hidden = await ulf.get(`/api/v1/activities/export?format=csv&customerId=${hemmelig.id}`);
      expect(csvRows(hidden.rawPayload)).toHaveLength(1);
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
    const mine = (await exportCsv(admin, '/api/v1/activities/export?format=csv')).slice(1).map((r) => r[4]);
    expect(mine).toContain('Admin private');
    const ullas = (await exportCsv(ulla, '/api/v1/activities/export?format=csv')).slice(1).map((r) => r[4]);
    expect(ullas).not.toContain('Admin private');
    expect(ullas).toHaveLength(3);
    const theirs = await exportCsv(other, '/api/v1/customers/export?format=csv');
    expect(theirs.slice(1).map((r) => r[0])).toEqual(['Another workspace A/S']);
    expect(await exportCsv(other, '/api/v1/activities/export?format=csv')).toHaveLength(1);
  });
});

describe('activity and contact export', () => {
  it('shows dates on the reader’s clock, all-day ones as a date, and defuses formulas', async () => {
    const rows = await exportCsv(admin, `/api/v1/activities/export?format=csv&from=2026-03-01&to=2026-03-31`);
    expect(rows[0]?.slice(0, 5)).toEqual(['Date', 'Ends', 'Type', 'Status', 'Subject']);
    const bySubject = new Map(rows.slice(1).map((r) => [r[4], r]));
    expect(bySubject.get('Across midnight')?.[0]).toBe('2026-03-02 00:30'); // Copenhagen, an hour ahead of UTC
    expect(bySubject.get('Across midnight')?.[5]).toBe('Hemmelig Handel ApS');
    expect(bySubject.get('Across midnight')?.[7]).toBe('Ulla');
    const allDay = rows.find((r) => r[11]?.includes('HYPERLINK'))!;
    expect(allDay[0]).toBe('2026-03-05');
    expect(allDay[11]).toBe('\'=HYPERLINK("x")');
    expect(bySubject.get('פגישה')?.[5]).toBe('חברת בדיקה בע"מ');
  });

  it('takes the customer filter and the to-do’s filters', async () => {
    const own = (await exportCsv(admin, `/api/v1/activities/export?format=csv&customerId=${tricky.id}`)).slice(1);
    expect(own).toHaveLength(2);
    const todo = (await exportCsv(ulla, '/api/v1/activities/export?format=csv&view=todo')).slice(1);
    expect(todo.map((r) => r[4])).toEqual(['Across midnight']);
    const everyone = (await exportCsv(admin, '/api/v1/activities/export?format=csv&view=todo&responsibleId=all')).slice(1);
    expect(everyone).toHaveLength(4);
    expect((await admin.get('/api/v1/activities/export?format=csv&view=todo&groupId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('exports contacts with their customer’s name, as XLSX too', async () => {
    const rows = await exportCsv(admin, '/api/v1/contacts/export?format=csv');
    expect(rows[0]?.slice(0, 4)).toEqual(['First name', 'Last name', 'Title', 'Customer']);
    expect(rows.find((r) => r[0] === 'Søren')?.[3]).toBe('Hemmelig Handel ApS');
    const res = await admin.get(`/api/v1/contacts/export?format=xlsx&customerId=${tricky.id}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(2).getCell(4).value).toBe(TRICKY);
    expect(book.worksheets[0]!.rowCount).toBe(2);
  });
});

describe('a large export', () => {
  it('reads the list in many small keyset batches, every row once, the same as one big read', async () => {
    for (let i = 0; i < 40; i++) await makeCustomer(t, admin, { name: `Batch ${String(i).padStart(2, '0')}`, status: 'prospect' });
    const actor = actorOf(admin);
    const query = { format: 'csv' as const, status: 'prospect' };
    const table = await prepareExport(t.database.db, actor, { entity: 'customers', query }, { batchSize: 7 });
    const sizes: number[] = [];
    const names: string[] = [];
    for await (const batch of table.batches) {
      sizes.push(batch.length);
      names.push(...batch.map((r) => r[0] as string));
    }
    expect(sizes).toEqual([7, 7, 7, 7, 7, 5]);
    expect(names).toEqual(Array.from({ length: 40 }, (_, i) => `Batch ${String(i).padStart(2, '0')}`));
    const small = await prepareExport(t.database.db, actor, { entity: 'customers', query }, { batchSize: 7 });
    const chunks: Buffer[] = [];
    for await (const chunk of csvStream(small)) chunks.push(Buffer.from(chunk));
    const whole = await admin.get('/api/v1/customers/export?format=csv&status=prospect');
    expect(Buffer.concat(chunks).toString('utf8')).toBe(whole.body);
  });

  it('reads activities in batches of one, in the search’s order, each once', async () => {
    const actor = actorOf(admin);
    const query = activityExportQuerySchema.parse({ format: 'csv' });
    const table = await prepareExport(t.database.db, actor, { entity: 'activities', query }, { batchSize: 1 });
    const subjects: string[] = [];
    for await (const batch of table.batches) subjects.push(...batch.map((r) => r[4] as string));
    const listed = parse(listOf(activitySchema), await admin.get('/api/v1/activities?limit=500')).items.map((a) => a.subject);
    expect(subjects).toEqual(listed);
    expect(subjects).toHaveLength(4);
  });

  it('names every row’s customer and contact as the list does, and leaves out the trash', async () => {
    const contact = await makeContact(t, admin, tricky.id, { firstName: 'Kaj', lastName: 'Kontakt' });
    await makeActivity(t, admin, {
      typeKey: 'meeting',
      customerId: tricky.id,
      contactId: contact.id,
      subject: 'With a contact',
      scheduledAt: '2026-04-02T09:00:00Z',
    });
    const actor = actorOf(admin);
    const query = activityExportQuerySchema.parse({ format: 'csv' });
    const exported = async () => {
      // One row a batch: the keyset and the names, row by row.
      const table = await prepareExport(t.database.db, actor, { entity: 'activities', query }, { batchSize: 1 });
      const rows: [string, string | null, string | null][] = [];
      for await (const batch of table.batches) rows.push(...batch.map((r) => [r[4], r[5], r[6]] as [string, string | null, string | null]));
      return rows;
    };
    const listed = parse(listOf(activitySchema), await admin.get('/api/v1/activities?limit=500')).items;
    expect(await exported()).toEqual(listed.map((a) => [a.subject, a.customerName, a.contactName]));
    expect(listed.find((a) => a.subject === 'With a contact')?.contactName).toBe('Kaj Kontakt');

    expect((await admin.delete(`/api/v1/customers/${tricky.id}`)).statusCode).toBe(200);
    try {
      const subjects = (await exported()).map((r) => r[0]);
      const remaining = parse(listOf(activitySchema), await admin.get('/api/v1/activities?limit=500')).items.map((a) => a.subject);
      expect(subjects).toEqual(remaining);
      expect(subjects).not.toContain('With a contact');
      expect(subjects.length).toBeLessThan(listed.length);
    } finally {
      expect((await admin.post(`/api/v1/customers/${tricky.id}/restore`)).statusCode).toBe(200);
    }
  });
});
