import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema, activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { taskTemplateSchema, workAreaSchema } from '../../../shared/tasks';
import { makeCustomer, parse } from '../../../../test/factories';
import { runGenericByText } from '../../db/prepared';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';

/**
 * Word search pages (issue 20): whatever the page size, and however a search finds its matches (the
 * date windows of a faster search must keep this), the pages are the list's order (undated first,
 * then newest first) without repeats or gaps; a page after an undated activity goes on with the rest.
 */
let t: TestApp;
let admin: Client;
let callType: string;
let customer: { id: string };
let undatedTemplate: string;
const page = listOf(activitySchema);
type Page = { items: { id: string }[]; nextCursor: string | null };

beforeAll(async () => {
  t = await createTestApp();
  // A workspace of its own: the windows count back from its newest activity.
  admin = await newWorkspace(t);
  callType = parse(listOf(activityTypeSchema), await admin.get('/api/v1/activity-types')).items.find((x) => x.key === 'call')!.id;
  customer = await makeCustomer(t, admin, { name: 'Vinduespudser ApS' });
  const areas = parse(listOf(workAreaSchema), await admin.get('/api/v1/work-areas')).items;
  undatedTemplate = parse(taskTemplateSchema, await admin.post('/api/v1/task-templates', { name: 'Kolibri undated task', workAreaIds: [areas[0].id] }), 201).id;
});
afterAll(() => t.close());

const dated = async (subject: string, scheduledAt: string) =>
  parse(activitySchema, await admin.post('/api/v1/activities', { typeId: callType, subject, customerId: customer.id, scheduledAt }), 201);
/** A customer task without a deadline (issue 15): scheduledAt null, subject the template's name. */
const undated = async () => {
  const task = parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: undatedTemplate, customerId: customer.id }), 201);
  expect(task.scheduledAt).toBeNull();
  return task;
};

/** Every page of a list, `limit` at a time, following the cursors. */
async function pages(path: string, limit: number) {
  const result: string[][] = [];
  let cursor: string | null = null;
  do {
    const body: Page = parse(page, await admin.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`));
    result.push(body.items.map((x) => x.id));
    cursor = body.nextCursor;
  } while (cursor && result.length < 50);
  return result;
}

describe('word search pages across the date windows', () => {
  let expected: string[];

  beforeAll(async () => {
    // The newest activity of the workspace (no match) sets where the windows start.
    await dated('Nothing to find here', '2027-06-01T10:00:00Z');
    const u = [await undated(), await undated(), await undated()];
    const matches = [
      await dated('kolibri in the first week', '2027-05-30T10:00:00Z'),
      await dated('kolibri in the first week, earlier', '2027-05-28T10:00:00Z'),
      await dated('kolibri in the month', '2027-05-10T10:00:00Z'),
      await dated('kolibri in three months', '2027-03-20T10:00:00Z'),
      await dated('kolibri same time, one', '2027-03-20T09:00:00Z'),
      await dated('kolibri same time, two', '2027-03-20T09:00:00Z'),
      await dated('kolibri in the year', '2026-08-01T10:00:00Z'),
      await dated('kolibri long ago', '2021-01-01T10:00:00Z'),
      await dated('kolibri even longer ago', '2019-05-05T10:00:00Z'),
    ];
    for (let i = 0; i < 5; i++) await dated(`Other business ${i}`, `2027-05-${10 + i}T12:00:00Z`);
    const byId = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    const newest = (a: { scheduledAt: string | null; id: string }, b: { scheduledAt: string | null; id: string }) =>
      a.scheduledAt === b.scheduledAt ? byId(a.id, b.id) : (b.scheduledAt ?? '').localeCompare(a.scheduledAt ?? '');
    expected = [...u.map((x) => x.id).sort(byId), ...[...matches].sort(newest).map((x) => x.id)];
  });

  it('answers every match in one page, undated first, then newest first', async () => {
    const all = parse(page, await admin.get('/api/v1/activities?q=kolibri&limit=100'));
    expect(all.items.map((x) => x.id)).toEqual(expected);
    expect(all.nextCursor).toBeNull();
  });

  it('pages of every size reach the matches older than the first windows, in order, without repeats or gaps', async () => {
    for (const limit of [1, 2, 3, 4, 5, 7]) {
      const seen = await pages('/api/v1/activities?q=kolibri', limit);
      expect(seen.flat(), `limit ${limit}`).toEqual(expected);
      // Every page is full but the last: a window that came back short was widened, not handed out short.
      expect(
        seen.slice(0, -1).every((p) => p.length === limit),
        `limit ${limit}`,
      ).toBe(true);
    }
  });

  it('pages a partial word and two words the same way', async () => {
    expect((await pages('/api/v1/activities?q=olibr', 2)).flat()).toEqual(expected);
    const twoWords = parse(page, await admin.get('/api/v1/activities?q=kolibri%20same&limit=100')).items.map((x) => x.id);
    expect((await pages('/api/v1/activities?q=kolibri%20same', 1)).flat()).toEqual(twoWords);
    expect(twoWords).toHaveLength(2);
  });
  it('is never planned per search: each page size is planned once per connection, on its generic plan', async () => {
    for (let i = 0; i < 3; i++) parse(page, await admin.get('/api/v1/activities?q=kolibri&limit=3'));
    // Asked of the session that ran them: PGlite has one; PostgreSQL's pool hands the last connection back first.
    const plans = await runGenericByText(t.database.db, 'test_search_plans', (db) =>
      db
        .select({ generic: sql<number>`generic_plans`.mapWith(Number), custom: sql<number>`custom_plans`.mapWith(Number) })
        .from(sql`pg_prepared_statements`)
        .where(sql`name LIKE ${'%generic_activity_search_%'}`),
    );
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => p.custom === 0 && p.generic > 0)).toBe(true);
  });

  it('keeps a date range (both bounds) and pages within it', async () => {
    const range = 'from=2026-08-01&to=2027-05-10';
    // The list without a word (no windows) is the oracle: its activities whose subject has the word.
    const listed = parse(page, await admin.get(`/api/v1/activities?${range}&limit=500`)).items;
    const oracle = listed.filter((x) => x.subject.toLowerCase().includes('kolibri')).map((x) => x.id);
    expect(oracle).toHaveLength(5);
    expect((await pages(`/api/v1/activities?q=kolibri&${range}`, 2)).flat()).toEqual(oracle);
    expect((await pages('/api/v1/activities?q=kolibri&to=2021-01-01', 1)).flat()).toEqual(expected.slice(-2));
  });
});

describe('undated activities on later pages', () => {
  it('pages through undated activities in the search, the filtered list and the timeline (the keyset after an undated row)', async () => {
    const other = await makeCustomer(t, admin, { name: 'Udateret Tidslinje' });
    const mine = async () => parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: undatedTemplate, customerId: other.id }), 201);
    const undatedIds = [await mine(), await mine(), await mine()].map((x) => x.id).sort((a, b) => (a < b ? 1 : -1));
    const datedOne = parse(
      activitySchema,
      await admin.post('/api/v1/activities', { typeId: callType, subject: 'Kolibri dated', customerId: other.id, scheduledAt: '2025-01-01T10:00:00Z' }),
      201,
    );
    const expected = [...undatedIds, datedOne.id];
    for (const path of [
      `/api/v1/customers/${other.id}/activities`,
      `/api/v1/customers/${other.id}/activities?done=false`,
      `/api/v1/activities?customerId=${other.id}`,
      `/api/v1/activities?customerId=${other.id}&q=kolibri`,
    ]) {
      expect((await pages(path, 1)).flat(), path).toEqual(expected);
      expect((await pages(path, 2)).flat(), path).toEqual(expected);
    }
  });
});
