import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityStatusSchema, activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import type { Customer } from '../../../shared/customers';
import { type ReportDefinition, type ReportResult, reportResultSchema, savedReportSchema } from '../../../shared/reports';
import { makeActivity, makeCustomer, makeListItem, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * The report generator (issue 18, seed 004): sums equal the rows the lists show, each grouping and
 * measure, days and weeks in the caller's time zone and week start, only what the caller may see
 * (restricted visibility, private activities), saved and shared reports, exports read back.
 */

let t: TestApp;
let admin: Client; // Copenhagen
let maja: Client; // manager
let ulla: Client; // user, responsible for Hemmelig
let ulf: Client; // user, sees nothing of Hemmelig once restricted
let lars: Client; // user in Los Angeles
let other: Client; // another workspace
let hemmelig: Customer;
let aaben: Customer;
let types: Record<string, string>;
let statuses: Record<string, string>;
let industryId: string;
let categoryIds: string[];

const FROM = '2026-03-01';
const TO = '2026-03-31';

const run = async (c: Client, def: Partial<ReportDefinition>, status = 200) => {
  const res = await c.post('/api/v1/reports/run', { subject: 'activities', groupBy: [], measures: ['count'], ...def });
  return parse(reportResultSchema, res, status);
};
const sum = (r: ReportResult, m: string) => r.rows.reduce((s, row) => s + (row.values[m] ?? 0), 0);

/** How many activities the search list has for these filters (every page). */
async function listCount(c: Client, query: string): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const res = await c.get(`/api/v1/activities?limit=500&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const page = res.json() as { items: unknown[]; nextCursor: string | null };
    expect(res.statusCode).toBe(200);
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [maja, ulla, ulf] = await Promise.all([
    newUser(t, admin, 'manager'),
    newUser(t, admin, 'user', { name: 'Ulla' }),
    newUser(t, admin, 'user', { name: 'Ulf' }),
  ]);
  lars = await newUser(t, admin, 'user', { name: 'Lars', timeZone: 'America/Los_Angeles' });
  other = await newWorkspace(t);
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await admin.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  statuses = Object.fromEntries(parse(listOf(activityStatusSchema), await admin.get('/api/v1/activity-statuses')).items.map((x) => [x.key, x.id]));
  industryId = (await makeListItem(t, admin, 'industries', { name: 'Wholesale' })).id as string;
  categoryIds = [
    (await makeListItem(t, admin, 'categories', { name: 'Gold', appliesTo: 'customer' })).id,
    (await makeListItem(t, admin, 'categories', { name: 'Nordic', appliesTo: 'customer' })).id,
  ] as string[];
  hemmelig = await makeCustomer(t, admin, { name: 'Hemmelig Handel ApS', responsibleId: ulla.user.id, industryId, categoryIds });
  aaben = await makeCustomer(t, admin, { name: 'Åben Grossist A/S', responsibleId: admin.user.id, categoryIds: [categoryIds[0]!] });
  const add = (by: Client, body: Parameters<typeof makeActivity>[2]) => makeActivity(t, by, { typeId: types.call, subject: 'Report row', ...body });
  await add(admin, { customerId: hemmelig.id, responsibleId: ulla.user.id, scheduledAt: '2026-03-03T10:00:00Z', done: true, statusId: statuses.done });
  await add(admin, { customerId: hemmelig.id, responsibleId: ulla.user.id, scheduledAt: '2026-03-10T10:00:00Z', typeId: types.meeting });
  await add(admin, { customerId: hemmelig.id, responsibleId: admin.user.id, scheduledAt: '2026-03-17T10:00:00Z' });
  await add(admin, { customerId: aaben.id, scheduledAt: '2026-03-04T10:00:00Z', done: true });
  await add(admin, { customerId: aaben.id, scheduledAt: '2026-03-20T10:00:00Z', typeId: types.meeting });
  await add(admin, { customerId: aaben.id, responsibleId: ulf.user.id, scheduledAt: '2026-03-25T10:00:00Z', typeId: types.quote });
  await add(admin, { subject: 'Internal', scheduledAt: '2026-03-26T10:00:00Z', typeId: types.meeting });
  // Private: seen only by who takes part, managers and admins included.
  await add(admin, { customerId: aaben.id, scheduledAt: '2026-03-12T10:00:00Z', private: true });
  await add(ulla, { customerId: hemmelig.id, responsibleId: ulla.user.id, scheduledAt: '2026-03-13T10:00:00Z', private: true });
  // Outside the period, and across midnight: Monday 2 March in Copenhagen, Sunday 1 March in Los Angeles.
  await add(admin, { customerId: aaben.id, scheduledAt: '2026-04-02T10:00:00Z' });
  await add(admin, { customerId: aaben.id, responsibleId: lars.user.id, scheduledAt: '2026-03-01T23:30:00Z', typeId: types.email });
});
afterAll(() => t.close());

describe('running a report', () => {
  it('adds up to the rows the activity search lists, per group and in total', async () => {
    const r = await run(maja, { filters: { from: FROM, to: TO }, groupBy: ['responsible', 'type'], measures: ['count', 'done', 'open', 'overdue'] });
    expect(r.columns.map((c) => c.key)).toEqual(['responsible', 'type', 'count', 'done', 'open', 'overdue']);
    const listed = await listCount(maja, `from=${FROM}&to=${TO}`);
    expect(r.totals.count).toBe(listed);
    expect(sum(r, 'count')).toBe(r.totals.count);
    expect(sum(r, 'done') + sum(r, 'open')).toBe(r.totals.count);
    expect(r.totals.done).toBe(await listCount(maja, `from=${FROM}&to=${TO}&done=true`));
    for (const row of r.rows) {
      const [who, type] = row.groups;
      expect(row.values.count).toBe(await listCount(maja, `from=${FROM}&to=${TO}&responsibleId=${who!.key}&typeId=${type!.key}`));
    }
    const ullaMeetings = r.rows.find((row) => row.groups[0]!.label === 'Ulla' && row.groups[1]!.key === types.meeting);
    expect(ullaMeetings?.values).toEqual({ count: 1, done: 0, open: 1, overdue: 1 });
  });

  it('groups by each key, with names, and counts a customer in each of its categories', async () => {
    const filters = { from: FROM, to: TO };
    const total = (await run(admin, { filters })).totals.count!;
    expect(total).toBe(9); // the admin sees their own private one, not Ulla's
    for (const grouping of ['responsible', 'type', 'status', 'customer', 'industry', 'campaign', 'day', 'week', 'month'] as const) {
      const r = await run(admin, { filters, groupBy: [grouping] });
      expect(sum(r, 'count'), grouping).toBe(total);
      expect(r.totals.count, grouping).toBe(total);
    }
    const byCustomer = await run(admin, { filters, groupBy: ['customer'] });
    expect(byCustomer.rows.map((row) => [row.groups[0]!.label, row.values.count])).toEqual([
      ['Åben Grossist A/S', 5],
      ['Hemmelig Handel ApS', 3],
      [null, 1],
    ]);
    const byIndustry = await run(admin, { filters, groupBy: ['industry'] });
    expect(byIndustry.rows.find((row) => row.groups[0]!.label === 'Wholesale')?.values.count).toBe(3);
    const byCategory = await run(admin, { filters, groupBy: ['category'] });
    expect(Object.fromEntries(byCategory.rows.map((row) => [row.groups[0]!.label, row.values.count]))).toEqual({ Gold: 8, Nordic: 3, null: 1 });
    expect(byCategory.totals.count).toBe(total); // each activity once in the totals
    const byMonth = await run(admin, { groupBy: ['month'], filters: { from: FROM, to: '2026-04-30' } });
    expect(byMonth.rows.map((row) => [row.groups[0]!.key, row.values.count])).toEqual([
      ['2026-03', 9],
      ['2026-04', 1],
    ]);
  });

  it("puts days and weeks in the caller's time zone and week start", async () => {
    const mine = (c: Client, groupBy: ReportDefinition['groupBy']) => run(c, { groupBy, filters: { typeId: types.email } });
    expect((await mine(admin, ['day'])).rows.map((r) => r.groups[0]!.key)).toEqual(['2026-03-02']);
    expect((await mine(lars, ['day'])).rows.map((r) => r.groups[0]!.key)).toEqual(['2026-03-01']);
    expect((await mine(admin, ['week'])).rows.map((r) => r.groups[0]!.key)).toEqual(['2026-03-02']);
    expect((await mine(lars, ['week'])).rows.map((r) => r.groups[0]!.key)).toEqual(['2026-02-23']);
    expect((await lars.patch('/api/v1/me', { weekStart: 7 })).statusCode).toBe(200);
    expect((await mine(lars, ['week'])).rows.map((r) => r.groups[0]!.key)).toEqual(['2026-03-01']);
    // The period is in the caller's days too: 1 March is Lars's, 2 March the admin's.
    expect((await run(lars, { filters: { from: FROM, to: FROM, typeId: types.email } })).totals.count).toBe(1);
    expect((await run(admin, { filters: { from: FROM, to: FROM, typeId: types.email } })).totals.count).toBe(0);
  });

  it('reaches the last day of year 9999 in any time zone', async () => {
    for (const c of [admin, lars]) {
      const r = await run(c, { filters: { from: FROM, to: '9999-12-31' }, groupBy: ['month'] });
      expect(r.totals.count).toBe(await listCount(c, `from=${FROM}&to=9999-12-31`));
      expect(r.rows.map((row) => row.groups[0]!.key)).toContain('2026-04'); // after TO: the period did not stop there
    }
  });

  it('counts only what the caller may see: restricted customers and private activities', async () => {
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      const filters = { from: FROM, to: TO };
      for (const c of [ulf, ulla, maja]) {
        const r = await run(c, { filters, groupBy: ['customer'] });
        expect(r.totals.count).toBe(await listCount(c, `from=${FROM}&to=${TO}`));
      }
      const ulfs = await run(ulf, { filters, groupBy: ['customer'] });
      expect(ulfs.rows.map((r) => r.groups[0]!.label)).not.toContain('Hemmelig Handel ApS');
      const ullas = await run(ulla, { filters, groupBy: ['customer'] });
      expect(ullas.rows.find((r) => r.groups[0]!.label === 'Hemmelig Handel ApS')?.values.count).toBe(4); // incl. her private one
      const majas = await run(maja, { filters, groupBy: ['customer'] });
      expect(majas.totals.count).toBe(8); // neither private one
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
    expect((await run(other, { filters: { from: FROM, to: TO } })).totals.count).toBe(0);
  });

  it('answers 400 naming the field for bad input', async () => {
    const field = async (body: object) => Object.keys(refusal(await admin.post('/api/v1/reports/run', body), 400).fields ?? {});
    const base = { subject: 'activities', groupBy: [], measures: ['count'] };
    expect(await field({ ...base, measures: ['amount'] })).toEqual(['measures']);
    expect(await field({ ...base, groupBy: ['type', 'day', 'month'] })).toEqual(['groupBy']);
    expect(await field({ ...base, groupBy: ['colour'] })).toEqual(['groupBy.0']);
    expect(await field({ ...base, groupBy: ['type', 'type'] })).toEqual(['groupBy']);
    expect(await field({ ...base, subject: 'invoices' })).toEqual(['subject']);
    expect(await field({ ...base, filters: { from: '2026-03-10', to: '2026-03-01' } })).toEqual(['filters.to']);
    expect(await field({ ...base, filters: { responsibleId: 'nobody' } })).toEqual(['filters.responsibleId']);
    expect(await field({ ...base, measures: [] })).toEqual(['measures']);
  });
});

describe('saved reports', () => {
  const definition: ReportDefinition = { subject: 'activities', groupBy: ['responsible', 'month'], measures: ['count', 'done'], chart: 'bar' };

  it('keeps a report its owner edits; shared, the workspace sees it; another workspace never', async () => {
    const created = parse(savedReportSchema, await ulla.post('/api/v1/reports', { name: 'Ulla per month', definition }), 201);
    expect(created).toMatchObject({ ownerId: ulla.user.id, shared: false, readyMade: false, definition });
    const names = async (c: Client) => parse(listOf(savedReportSchema), await c.get('/api/v1/reports')).items.map((r) => r.name);
    expect(await names(ulla)).toContain('Ulla per month');
    expect(await names(ulf)).not.toContain('Ulla per month');
    expect((await ulf.get(`/api/v1/reports/${created.id}`)).statusCode).toBe(404);
    parse(savedReportSchema, await ulla.patch(`/api/v1/reports/${created.id}`, { shared: true }), 200);
    expect(await names(ulf)).toContain('Ulla per month');
    expect((await ulf.patch(`/api/v1/reports/${created.id}`, { name: 'Mine now' })).statusCode).toBe(403);
    expect((await ulf.delete(`/api/v1/reports/${created.id}`)).statusCode).toBe(403);
    expect((await other.get(`/api/v1/reports/${created.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/reports/${created.id}`, { name: 'x' })).statusCode).toBe(404);
    expect(
      Object.keys(refusal(await ulla.patch(`/api/v1/reports/${created.id}`, { definition: { ...definition, measures: ['won'] } }), 400).fields ?? {}),
    ).toEqual(['measures']);
    expect((await ulla.delete(`/api/v1/reports/${created.id}`)).statusCode).toBe(204);
    expect((await ulla.get(`/api/v1/reports/${created.id}`)).statusCode).toBe(404);
  });

  it('lists the ready-made reports for everyone, read-only', async () => {
    const items = parse(listOf(savedReportSchema), await ulf.get('/api/v1/reports')).items.filter((r) => r.readyMade);
    expect(items.map((r) => r.id)).toEqual(
      expect.arrayContaining(['ready-activities-per-salesperson-week', 'ready-open-follow-ups-by-age', 'ready-budget-versus-won', 'ready-campaign-results']),
    );
    expect((await ulf.patch('/api/v1/reports/ready-campaign-results', { name: 'x' })).statusCode).toBe(403);
    expect((await ulf.get('/api/v1/reports/ready-nothing')).statusCode).toBe(404);
  });

  it('exports CSV (BOM, the reader’s delimiter) and XLSX that real readers open, named after the report', async () => {
    const report = parse(
      savedReportSchema,
      await admin.post('/api/v1/reports', { name: 'Marts: aktiviteter', definition: { ...definition, filters: { from: FROM, to: TO } } }),
      201,
    );
    const result = await run(admin, report.definition);
    const csv = await admin.get(`/api/v1/reports/${report.id}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('filename="Marts aktiviteter.csv"');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const parsed = Papa.parse<string[]>(csv.rawPayload.toString('utf8').slice(1).trim(), { delimiter: ',' });
    expect(parsed.data[0]).toEqual(['Responsible', 'Month', 'Count', 'Done']);
    expect(parsed.data).toHaveLength(result.rows.length + 2);
    expect(parsed.data.at(-1)).toEqual(['Total', '', String(result.totals.count), String(result.totals.done)]);

    const xlsx = await admin.get(`/api/v1/reports/${report.id}/export?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Marts  aktiviteter');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Responsible', 'Month', 'Count', 'Done']);
    expect(sheet.rowCount).toBe(result.rows.length + 2);
    expect(sheet.getRow(sheet.rowCount).getCell(3).value).toBe(result.totals.count);
    expect((await admin.get(`/api/v1/reports/${report.id}/export?format=pdf`)).statusCode).toBe(400);
  });

  it('uses ; and decimal commas for Danish readers', async () => {
    const dane = await newUser(t, admin, 'user', { locale: 'da', name: 'Dorte' });
    const report = parse(savedReportSchema, await dane.post('/api/v1/reports', { name: 'Uge', definition }), 201);
    const csv = await dane.get(`/api/v1/reports/${report.id}/export?format=csv`);
    const text = csv.rawPayload.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Ansvarlig;Måned;Antal;Udført');
    expect(Papa.parse<string[]>(text.trim()).meta.delimiter).toBe(';');
  });
});
