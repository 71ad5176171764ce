import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Activity, activitySchema } from '../../../shared/activities';
import { commentSchema, keywordCustomerSchema } from '../../../shared/comments';
import { listOf } from '../../../shared/common';
import { type Customer, statusChangeSchema } from '../../../shared/customers';
import { listItemSchema } from '../../../shared/settings';
import { rows } from '../../db/client';
import { activityType, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Comments on activities and status keywords (issue 15, point 6) through the API: the thread, the
 * keyword list's rules, the customer's status set by a comment and named in its history, "which
 * customers got keyword X between two days" in the asker's time zone, and visibility.
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // user, Los Angeles
let ulf: Client; // user, no part in the private activity
let customer: Customer;
let call: Activity;
let typeId: string;
let offerSent: string;

const comments = listOf(commentSchema);
const keywordCustomers = listOf(keywordCustomerSchema);
const history = listOf(statusChangeSchema);
const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const addKeyword = async (name: string) => parse(listItemSchema, await admin.post('/api/v1/status-keywords', { name }), 201).id;
const newActivity = async (by: Client, body: Record<string, unknown>) =>
  parse(activitySchema, await by.post('/api/v1/activities', { typeId, subject: 'Ring', scheduledAt: '2026-05-04T09:00:00Z', ...body }), 201);
const thread = async (c: Client, id: string) => parse(comments, await c.get(`/api/v1/activities/${id}/comments`)).items;
const rowCount = async (table: string) => Number((await rows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*) AS n FROM ${table}`)))[0].n);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, ulf] = await Promise.all([newUser(t, admin, 'user', { name: 'Ulla', timeZone: 'America/Los_Angeles' }), newUser(t, admin, 'user', { name: 'Ulf' })]);
  typeId = await activityType(t, admin, 'call');
  customer = await makeCustomer(t, admin, { name: 'Bæk & Søn', status: 'lead' });
  call = await newActivity(ulla, { customerId: customer.id });
  offerSent = await addKeyword('Offer sent');
});
afterAll(() => t.close());

describe('a comment', () => {
  it('is added with its author, keywords and checks, and read in the thread oldest first', async () => {
    const first = parse(
      commentSchema,
      await ulla.post(`/api/v1/activities/${call.id}/comments`, { text: 'Sent the offer', keywordIds: [offerSent, offerSent] }),
      201,
    );
    expect(first).toMatchObject({
      activityId: call.id,
      authorId: ulla.user.id,
      authorName: 'Ulla',
      text: 'Sent the offer',
      keywordIds: [offerSent],
      checks: {},
    });
    const second = parse(commentSchema, await admin.post(`/api/v1/activities/${call.id}/comments`, { text: 'Noted', checks: { called: true } }), 201);
    expect(second.checks).toEqual({ called: true });
    expect((await thread(ulf, call.id)).map((c) => c.id)).toEqual([first.id, second.id]);
  });

  it('shows in the change log of the customer as a comment on the activity', async () => {
    const res = await admin.get(`/api/v1/customers/${customer.id}/history?limit=200`);
    const items = (res.json() as { items: { entityId: string; after: Record<string, unknown> }[] }).items;
    expect(items.some((i) => i.entityId === call.id && i.after?.comment === 'Sent the offer')).toBe(true);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = await rowCount('activity_comments');
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'text', 'required'],
      [{ text: '   ' }, 'text', 'required'],
      [{ text: 'x'.repeat(5001) }, 'text', 'too_long'],
      [{ text: 'ok', keywordIds: ['nope'] }, 'keywordIds.0', 'invalid_id'],
      [{ text: 'ok', keywordIds: [crypto.randomUUID()] }, 'keywordIds', 'not_found_ref'],
      [{ text: 'ok', customerStatus: 'no_such_status' }, 'customerStatus', 'not_found_ref'],
      [{ text: 'ok', checks: { 'Not A Key': true } }, 'checks.Not A Key', 'invalid'],
      [{ text: 'ok', checks: { sent: 'yes' } }, 'checks.sent', 'invalid'],
    ];
    for (const [body, field, code] of cases) {
      const error = refusal(await ulla.post(`/api/v1/activities/${call.id}/comments`, body), 400);
      expect(Object.keys(error.fields ?? {}), JSON.stringify(body)).toContain(field);
      if (code !== 'invalid') expect(error.reasons?.[field]?.code, JSON.stringify(body)).toBe(code);
    }
    expect(await rowCount('activity_comments')).toBe(before);
    expect(parse(listItemSchema.extend({ status: listItemSchema.shape.name }).partial(), await admin.get(`/api/v1/customers/${customer.id}`)).status).toBe(
      'lead',
    );
  });

  it('cannot set a status on an activity without a customer', async () => {
    const internal = await newActivity(ulla, {});
    const error = refusal(await ulla.post(`/api/v1/activities/${internal.id}/comments`, { text: 'x', customerStatus: 'customer' }), 400);
    expect(error.reasons?.customerStatus?.code).toBe('no_customer');
  });

  it('takes only active keywords', async () => {
    const old = await addKeyword('Old keyword');
    expect(await status(admin.patch(`/api/v1/status-keywords/${old}`, { active: false }))).toBe(200);
    expect(refusal(await ulla.post(`/api/v1/activities/${call.id}/comments`, { text: 'x', keywordIds: [old] }), 400).fields).toHaveProperty('keywordIds');
  });
});

describe("a comment's customer status", () => {
  it("changes the customer's status and is recorded in its status history with the comment", async () => {
    const c = parse(commentSchema, await ulla.post(`/api/v1/activities/${call.id}/comments`, { text: 'They signed', customerStatus: 'customer' }), 201);
    expect(c.customerStatus).toBe('customer');
    expect(((await admin.get(`/api/v1/customers/${customer.id}`)).json() as Customer).status).toBe('customer');
    const [latest] = parse(history, await admin.get(`/api/v1/customers/${customer.id}/status-history`)).items;
    expect(latest).toMatchObject({ fromStatus: 'lead', toStatus: 'customer', userId: ulla.user.id, activityId: call.id, commentId: c.id, reason: 'comment' });
    expect((await thread(admin, call.id)).find((x) => x.id === c.id)?.customerStatus).toBe('customer');
  });
});

describe('the status-keywords list', () => {
  it('is read by everyone and written by admins only', async () => {
    expect(parse(listOf(listItemSchema), await ulf.get('/api/v1/status-keywords')).items.map((k) => k.id)).toContain(offerSent);
    expect(refusal(await ulf.post('/api/v1/status-keywords', { name: 'Mine' }), 403).code).toBe('forbidden');
    expect(refusal(await admin.post('/api/v1/status-keywords', { name: '' }), 400).fields).toHaveProperty('name');
  });

  it('refuses to delete a keyword in use (409) and deletes an unused one', async () => {
    const error = refusal(await admin.delete(`/api/v1/status-keywords/${offerSent}`), 409);
    expect(error.usage).toMatchObject({ comments: expect.any(Number) });
    const unused = await addKeyword('Unused');
    expect(await status(admin.delete(`/api/v1/status-keywords/${unused}`))).toBe(200);
  });
});

describe('customers with a keyword in a period', () => {
  let priceList: string;
  const at = async (commentId: string, iso: string) => {
    await t.database.db.execute(sql`UPDATE activity_comments SET created_at = ${iso}::timestamptz WHERE id = ${commentId}`);
    await t.database.db.execute(sql`UPDATE activity_comment_keywords SET at = ${iso}::timestamptz WHERE comment_id = ${commentId}`);
  };
  const commentOn = async (activity: Activity, iso: string) => {
    const c = parse(commentSchema, await admin.post(`/api/v1/activities/${activity.id}/comments`, { text: 'Price list', keywordIds: [priceList] }), 201);
    await at(c.id, iso);
  };
  const names = async (c: Client, from: string, to: string) =>
    parse(keywordCustomers, await c.get(`/api/v1/status-keywords/${priceList}/customers?from=${from}&to=${to}`)).items;

  beforeAll(async () => {
    priceList = await addKeyword('Price list sent');
    const edges: [string, string][] = [
      ['A before', '2026-05-01T06:59:59.999Z'], // 30 April 23:59:59.999 in Los Angeles
      ['B first instant', '2026-05-01T07:00:00Z'], // 1 May 00:00 in Los Angeles
      ['C last instant', '2026-06-01T06:59:59.999Z'], // 31 May 23:59:59.999 in Los Angeles
      ['D after', '2026-06-01T07:00:00Z'],
    ];
    for (const [name, iso] of edges) {
      const cust = await makeCustomer(t, admin, { name });
      await commentOn(await newActivity(admin, { customerId: cust.id }), iso);
    }
    const twice = await makeCustomer(t, admin, { name: 'E twice' });
    const a1 = await newActivity(admin, { customerId: twice.id });
    await commentOn(a1, '2026-05-20T10:00:00Z');
    await commentOn(await newActivity(admin, { customerId: twice.id }), '2026-05-10T10:00:00Z');
  });

  it("takes the days in the asker's time zone, both included, each customer once with its dates", async () => {
    const items = await names(ulla, '2026-05-01', '2026-05-31');
    expect(items.map((i) => i.customerName)).toEqual(['B first instant', 'C last instant', 'E twice']);
    expect(items[2].dates).toEqual(['2026-05-10T10:00:00.000Z', '2026-05-20T10:00:00.000Z']);
    // The same days in Copenhagen (the admin's zone) hold other instants.
    expect((await names(admin, '2026-05-01', '2026-05-31')).map((i) => i.customerName)).toEqual(['A before', 'B first instant', 'E twice']);
  });

  it('pages by name', async () => {
    const first = parse(keywordCustomers, await ulla.get(`/api/v1/status-keywords/${priceList}/customers?from=2026-05-01&to=2026-05-31&limit=2`));
    expect(first.items.map((i) => i.customerName)).toEqual(['B first instant', 'C last instant']);
    const next = parse(
      keywordCustomers,
      await ulla.get(`/api/v1/status-keywords/${priceList}/customers?from=2026-05-01&to=2026-05-31&limit=2&cursor=${first.nextCursor}`),
    );
    expect(next.items.map((i) => i.customerName)).toEqual(['E twice']);
    expect(next.nextCursor).toBeNull();
  });

  it('refuses a bad period naming the field, and an unknown keyword with 404', async () => {
    expect(refusal(await ulla.get(`/api/v1/status-keywords/${priceList}/customers?from=2026-05-31&to=2026-05-01`), 400).fields).toHaveProperty('to');
    expect(refusal(await ulla.get(`/api/v1/status-keywords/${priceList}/customers?from=2026-13-01&to=2026-05-01`), 400).fields).toHaveProperty('from');
    expect(refusal(await ulla.get(`/api/v1/status-keywords/${priceList}/customers?to=2026-05-01`), 400).fields).toHaveProperty('from');
    expect(await status(ulla.get(`/api/v1/status-keywords/${crypto.randomUUID()}/customers?from=2026-05-01&to=2026-05-31`))).toBe(404);
  });

  it('leaves out customers in the trash', async () => {
    const gone = await makeCustomer(t, admin, { name: 'F trashed' });
    await commentOn(await newActivity(admin, { customerId: gone.id }), '2026-05-15T10:00:00Z');
    expect((await names(ulla, '2026-05-01', '2026-05-31')).map((i) => i.customerName)).toContain('F trashed');
    expect(await status(admin.delete(`/api/v1/customers/${gone.id}`))).toBe(200);
    expect((await names(ulla, '2026-05-01', '2026-05-31')).map((i) => i.customerName)).not.toContain('F trashed');
  });
});

describe('visibility', () => {
  let secret: Activity;
  let hidden: string;
  beforeAll(async () => {
    hidden = await addKeyword('Hidden');
    const cust = await makeCustomer(t, admin, { name: 'Klinik ApS', responsibleId: ulla.user.id });
    secret = await newActivity(ulla, { customerId: cust.id, private: true });
    parse(commentSchema, await ulla.post(`/api/v1/activities/${secret.id}/comments`, { text: 'Private', keywordIds: [hidden] }), 201);
  });

  it("a private activity's comments are a 404 for others, and its keyword does not name its customer to them", async () => {
    expect(await thread(ulla, secret.id)).toHaveLength(1);
    expect(await status(ulf.get(`/api/v1/activities/${secret.id}/comments`))).toBe(404);
    expect(await status(admin.post(`/api/v1/activities/${secret.id}/comments`, { text: 'x' }))).toBe(404);
    const url = (from: string) => `/api/v1/status-keywords/${hidden}/customers?from=${from}&to=2099-12-31`;
    expect(parse(keywordCustomers, await ulla.get(url('2000-01-01'))).items.map((i) => i.customerName)).toEqual(['Klinik ApS']);
    expect(parse(keywordCustomers, await ulf.get(url('2000-01-01'))).items).toEqual([]);
  });

  it("another workspace's activity is a 404", async () => {
    const other = await newWorkspace(t);
    expect(await status(other.get(`/api/v1/activities/${call.id}/comments`))).toBe(404);
    expect(await status(other.post(`/api/v1/activities/${call.id}/comments`, { text: 'x' }))).toBe(404);
    expect(await status(other.get(`/api/v1/status-keywords/${offerSent}/customers?from=2026-01-01&to=2026-12-31`))).toBe(404);
  });

  it('with restricted visibility: no access is a 404, a read share reads but cannot comment (403)', async () => {
    const rita = await newUser(t, admin, 'user', { name: 'Rita' });
    const cust = await makeCustomer(t, admin, { name: 'Delt ApS', responsibleId: ulla.user.id });
    const act = await newActivity(ulla, { customerId: cust.id });
    expect(await status(admin.request('PUT', `/api/v1/customers/${cust.id}/shares`, { items: [{ userId: rita.user.id, access: 'read' }] }))).toBe(200);
    expect(await status(admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' }))).toBe(200);
    try {
      expect(await status(ulf.get(`/api/v1/activities/${act.id}/comments`))).toBe(404);
      expect(await status(ulf.post(`/api/v1/activities/${act.id}/comments`, { text: 'x' }))).toBe(404);
      expect(await status(rita.get(`/api/v1/activities/${act.id}/comments`))).toBe(200);
      expect(refusal(await rita.post(`/api/v1/activities/${act.id}/comments`, { text: 'x' }), 403).reason?.code).toBe('read_only_share');
      expect(await thread(ulla, act.id)).toEqual([]);
    } finally {
      expect(await status(admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' }))).toBe(200);
    }
  });
});
