import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { auditEntrySchema } from '../../../shared/history';
import { listOf } from '../../../shared/common';
import type { Customer } from '../../../shared/customers';
import { campaignResultsSchema, campaignSchema, salesProjectSchema, salesStageSchema } from '../../../shared/sales';
import { activityType, makeActivity, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Issue 18 through the API (both engines): the sales-stages list, sales projects with their one
 * open follow-up (moved, not duplicated; chained after done), winning through the type/status rule,
 * visibility of projects of customers the caller may not see, campaigns and their results.
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // user, responsible for Hemmelig
let ulf: Client; // user, sees nothing of Hemmelig when restricted
let acme: Customer;
let hemmelig: Customer;
let stages: { id: string; key: string | null; kind: string; probability: number }[];

const stage = (key: string) => stages.find((s) => s.key === key)!.id;
const projects = listOf(salesProjectSchema);
const dialogue = async (c: Client, id: string) => parse(listOf(activitySchema), await c.get(`/api/v1/sales-projects/${id}/activities`), 200).items;
const openFollowUps = async (c: Client, id: string) => (await dialogue(c, id)).filter((a) => !a.done);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, ulf] = await Promise.all([newUser(t, admin, 'user', { name: 'Ulla' }), newUser(t, admin, 'user', { name: 'Ulf' })]);
  acme = await makeCustomer(t, admin, { name: 'Acme A/S', status: 'prospect' });
  hemmelig = await makeCustomer(t, admin, { name: 'Hemmelig ApS', responsibleId: ulla.user.id });
  stages = parse(listOf(salesStageSchema), await admin.get('/api/v1/sales-stages'), 200).items;
});
afterAll(() => t.close());

describe('sales stages', () => {
  it('a new workspace has standard stages with probability and kind; admins write, others 403; in use is 409', async () => {
    expect(stages.map((s) => [s.key, s.kind, s.probability])).toEqual([
      ['prospecting', 'open', 10],
      ['qualified', 'open', 25],
      ['proposal', 'open', 50],
      ['negotiation', 'open', 75],
      ['won', 'won', 100],
      ['lost', 'lost', 0],
    ]);
    expect((await ulla.post('/api/v1/sales-stages', { name: 'Demo', probability: 40 })).statusCode).toBe(403);
    const demo = parse(salesStageSchema, await admin.post('/api/v1/sales-stages', { name: 'Demo', probability: 40 }), 201);
    expect(demo).toMatchObject({ kind: 'open', probability: 40 });
    expect(refusal(await admin.post('/api/v1/sales-stages', { name: 'X', probability: 140 }), 400).fields).toHaveProperty('probability');
    await admin.post('/api/v1/sales-projects', { name: 'Uses demo', customerId: acme.id, stageId: demo.id });
    expect(refusal(await admin.delete(`/api/v1/sales-stages/${demo.id}`), 409).usage).toEqual({ 'sales projects': 1 });
  });
});

describe('sales projects', () => {
  it('creates with defaults (first open stage, its probability, the workspace currency) and filters the list', async () => {
    const p = parse(salesProjectSchema, await admin.post('/api/v1/sales-projects', { name: 'Website 2027', customerId: acme.id, amount: 12000 }), 201);
    expect(p).toMatchObject({ stageId: stage('prospecting'), status: 'open', probability: 10, currency: 'EUR', amount: 12000, responsibleId: admin.user.id });
    const list = parse(projects, await admin.get(`/api/v1/sales-projects?customerId=${acme.id}&stageId=${stage('prospecting')}`), 200);
    expect(list.items.map((i) => i.id)).toContain(p.id);
    expect(parse(projects, await admin.get(`/api/v1/sales-projects?status=won&customerId=${acme.id}`), 200).items).toEqual([]);
    expect(refusal(await admin.post('/api/v1/sales-projects', { name: 'x', customerId: acme.id, stageId: acme.id }), 400).fields).toHaveProperty('stageId');
  });

  it("is in the customer's history: created, moved to another stage with a new amount, deleted; a refused change records nothing", async () => {
    const customer = await makeCustomer(t, admin, { name: 'Historik ApS' });
    const p = parse(salesProjectSchema, await admin.post('/api/v1/sales-projects', { name: 'Shop 2027', customerId: customer.id, amount: 5000 }), 201);
    expect((await admin.patch(`/api/v1/sales-projects/${p.id}`, { stageId: stage('proposal'), amount: 7500 })).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/sales-projects/${p.id}`, { stageId: customer.id })).statusCode).toBe(400);
    expect((await admin.delete(`/api/v1/sales-projects/${p.id}`)).statusCode).toBe(200);
    const history = parse(listOf(auditEntrySchema), await admin.get(`/api/v1/customers/${customer.id}/history`), 200).items;
    const entries = history.filter((entry) => entry.entity === 'sales_project');
    expect(entries.map((entry) => [entry.action, entry.entityId, entry.entityName])).toEqual([
      ['delete', p.id, 'Shop 2027'],
      ['update', p.id, 'Shop 2027'],
      ['create', p.id, 'Shop 2027'],
    ]);
    const moved = Object.fromEntries(entries[1].changes.map((c) => [c.field, [c.beforeLabel ?? c.before, c.afterLabel ?? c.after]]));
    expect(moved).toMatchObject({ stageId: ['Prospecting', 'Proposal'], amount: [5000, 7500], probability: [10, 50] });
    // Ulf may not see the customer under restricted visibility: its history is a 404 to him.
    await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' });
    try {
      expect((await ulf.get(`/api/v1/customers/${customer.id}/history`)).statusCode).toBe(404);
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
  });

  it('pages by cursor', async () => {
    for (const n of [1, 2, 3]) await admin.post('/api/v1/sales-projects', { name: `Paged ${n}`, customerId: acme.id });
    const first = parse(projects, await admin.get('/api/v1/sales-projects?limit=2'), 200);
    const second = parse(projects, await admin.get(`/api/v1/sales-projects?limit=2&cursor=${first.nextCursor}`), 200);
    expect(first.nextCursor).not.toBeNull();
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0].id);
  });

  it('keeps one open follow-up: created, moved while open, a new chained one after it is done', async () => {
    const p = parse(
      salesProjectSchema,
      await admin.post('/api/v1/sales-projects', {
        name: 'Follow me',
        customerId: acme.id,
        followUpAt: '2026-12-10T09:00:00Z',
        followUpText: 'Call about the offer',
      }),
      201,
    );
    let open = await openFollowUps(admin, p.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ subject: 'Call about the offer', scheduledAt: '2026-12-10T09:00:00.000Z', salesProjectId: p.id, customerId: acme.id });
    const firstId = open[0].id;
    await admin.patch(`/api/v1/sales-projects/${p.id}`, { followUpAt: '2026-12-12T10:00:00Z', followUpText: 'Call again' });
    open = await openFollowUps(admin, p.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ id: firstId, subject: 'Call again', scheduledAt: '2026-12-12T10:00:00.000Z' });
    expect((await admin.post(`/api/v1/activities/${firstId}/complete`, {})).statusCode).toBe(200);
    await admin.patch(`/api/v1/sales-projects/${p.id}`, { followUpAt: '2026-12-20T10:00:00Z' });
    const all = await dialogue(admin, p.id);
    open = all.filter((a) => !a.done);
    expect(open).toHaveLength(1);
    expect(open[0].id).not.toBe(firstId);
    expect(open[0].previousActivityId).toBe(firstId);
    // In the to-do of its responsible.
    const todo = (await admin.get('/api/v1/todo?limit=500&bucket=future')).json() as { items: { id: string }[] };
    expect(todo.items.map((i) => i.id)).toContain(open[0].id);
  });

  it('winning sets the customer status through the follow-up type rule', async () => {
    const followUpType = await activityType(t, admin, 'follow_up');
    expect((await admin.patch(`/api/v1/activity-types/${followUpType}`, { completionSetsCustomerStatus: 'customer' })).statusCode).toBe(200);
    const p = parse(salesProjectSchema, await admin.post('/api/v1/sales-projects', { name: 'Big deal', customerId: acme.id, amount: 5000 }), 201);
    const won = parse(salesProjectSchema, await admin.patch(`/api/v1/sales-projects/${p.id}`, { stageId: stage('won') }), 200);
    expect(won).toMatchObject({ status: 'won', probability: 100 });
    expect(won.closedAt).not.toBeNull();
    expect(((await admin.get(`/api/v1/customers/${acme.id}`)).json() as Customer).status).toBe('customer');
    expect((await dialogue(admin, p.id)).filter((a) => a.done)).toHaveLength(1);
  });

  it('a project of a customer the caller may not see is a 404 and absent from lists', async () => {
    const p = parse(
      salesProjectSchema,
      await admin.post('/api/v1/sales-projects', { name: 'Secret', customerId: hemmelig.id, responsibleId: ulla.user.id }),
      201,
    );
    await makeActivity(t, admin, { typeId: await activityType(t, admin, 'call'), subject: 'Hi', customerId: acme.id, responsibleId: ulf.user.id });
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      expect((await ulf.get(`/api/v1/sales-projects/${p.id}`)).statusCode).toBe(404);
      expect((await ulf.patch(`/api/v1/sales-projects/${p.id}`, { name: 'x' })).statusCode).toBe(404);
      expect((await ulf.get(`/api/v1/sales-projects/${p.id}/activities`)).statusCode).toBe(404);
      expect(parse(projects, await ulf.get('/api/v1/sales-projects?limit=500'), 200).items.map((i) => i.id)).not.toContain(p.id);
      expect((await ulla.get(`/api/v1/sales-projects/${p.id}`)).statusCode).toBe(200);
      expect(refusal(await ulf.post('/api/v1/sales-projects', { name: 'x', customerId: hemmelig.id }), 400).fields).toHaveProperty('customerId');
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
  });
});

describe('campaigns', () => {
  it('managers and admins plan them; results count what the caller may see', async () => {
    expect((await ulf.post('/api/v1/campaigns', { name: 'Spring' })).statusCode).toBe(403);
    expect(refusal(await admin.post('/api/v1/campaigns', { name: 'Bad', startsOn: '2026-05-01', endsOn: '2026-04-01' }), 400).fields).toHaveProperty('endsOn');
    const c = parse(campaignSchema, await admin.post('/api/v1/campaigns', { name: 'Spring mailing', startsOn: '2026-03-01', endsOn: '2026-04-30' }), 201);
    const call = await activityType(t, admin, 'call');
    await makeActivity(t, admin, { typeId: call, subject: 'Camp 1', customerId: acme.id, campaignId: c.id });
    await makeActivity(t, admin, { typeId: call, subject: 'Camp 2', customerId: hemmelig.id, responsibleId: ulla.user.id, campaignId: c.id });
    const p = parse(
      salesProjectSchema,
      await admin.post('/api/v1/sales-projects', { name: 'From campaign', customerId: acme.id, campaignId: c.id, amount: 700 }),
      201,
    );
    await admin.patch(`/api/v1/sales-projects/${p.id}`, { stageId: stage('won') });
    expect(parse(campaignResultsSchema, await admin.get(`/api/v1/campaigns/${c.id}/results`), 200)).toMatchObject({
      activities: 3,
      customers: 2,
      salesProjects: 1,
      wonAmount: 700,
    });
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      const seen = parse(campaignResultsSchema, await ulf.get(`/api/v1/campaigns/${c.id}/results`), 200);
      expect(seen.customers).toBe(1);
      expect(seen.activities).toBe(2);
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
    expect(refusal(await admin.delete(`/api/v1/campaigns/${c.id}`), 409).usage).toMatchObject({ activities: 3, salesProjects: 1 });
    const other = await newWorkspace(t);
    expect((await other.get(`/api/v1/campaigns/${c.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/campaigns/${c.id}/results`)).statusCode).toBe(404);
  });
});
