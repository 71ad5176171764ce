import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/customers';
import { type ReportDefinition, type ReportResult, reportResultSchema } from '../../../shared/reports';
import { campaigns, salesProjects, salesStages } from '../../db/schema';
import { makeActivity, makeBudget, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Reports over sales projects (issue 18): amounts won and lost per salesperson and month (the month
 * a project was won), budgets beside them, campaign grouping, only projects of customers the caller
 * may see.
 */

let t: TestApp;
let admin: Client;
let ulla: Client;
let ulf: Client;
let hemmelig: Customer;
let aaben: Customer;
let stages: Record<string, string>;
let campaignId: string;

const run = async (c: Client, def: Partial<ReportDefinition>, status = 200) =>
  parse(reportResultSchema, await c.post('/api/v1/reports/run', { subject: 'sales-projects', groupBy: [], measures: ['count'], ...def }), status);
const sum = (r: ReportResult, m: string) => r.rows.reduce((s, row) => s + (row.values[m] ?? 0), 0);

async function project(values: {
  customer: Customer;
  responsible: Client;
  stage: string;
  amount: number;
  closedAt?: string;
  expected?: string;
  campaign?: boolean;
}) {
  const db = t.database.db;
  await db.insert(salesProjects).values({
    workspaceId: admin.user.workspaceId,
    name: `Deal ${values.amount}`,
    customerId: values.customer.id,
    responsibleId: values.responsible.user.id,
    stageId: stages[values.stage]!,
    status: values.stage === 'won' || values.stage === 'lost' ? values.stage : 'open',
    amount: String(values.amount),
    // The workspace's own currency (an English workspace's is EUR): summed as it is.
    currency: 'EUR',
    expectedCloseDate: values.expected ?? null,
    closedAt: values.closedAt ? new Date(values.closedAt) : null,
    campaignId: values.campaign ? campaignId : null,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, ulf] = await Promise.all([newUser(t, admin, 'user', { name: 'Ulla' }), newUser(t, admin, 'user', { name: 'Ulf' })]);
  const db = t.database.db;
  const found = await db.select().from(salesStages).where(eq(salesStages.workspaceId, admin.user.workspaceId));
  stages = Object.fromEntries(['open', 'won', 'lost'].map((kind) => [kind, found.find((s) => s.kind === kind)!.id]));
  const [campaign] = await db.insert(campaigns).values({ workspaceId: admin.user.workspaceId, name: 'Spring fair' }).returning();
  campaignId = campaign!.id;
  hemmelig = await makeCustomer(t, admin, { name: 'Hemmelig Handel ApS', responsibleId: ulla.user.id });
  aaben = await makeCustomer(t, admin, { name: 'Åben Grossist A/S', responsibleId: ulf.user.id });
  await project({ customer: hemmelig, responsible: ulla, stage: 'won', amount: 1000, closedAt: '2026-03-10T10:00:00Z', campaign: true });
  await project({ customer: hemmelig, responsible: ulla, stage: 'won', amount: 500, closedAt: '2026-04-02T10:00:00Z' });
  await project({ customer: hemmelig, responsible: ulla, stage: 'lost', amount: 300, closedAt: '2026-03-20T10:00:00Z' });
  await project({ customer: aaben, responsible: ulf, stage: 'won', amount: 2000, closedAt: '2026-03-05T10:00:00Z', campaign: true });
  await project({ customer: aaben, responsible: ulf, stage: 'open', amount: 4000, expected: '2026-03-28' });
  await makeBudget(t, admin, { userIds: [ulla.user.id, ulf.user.id], year: 2026, amount: 1200 });
});
afterAll(() => t.close());

describe('sales project reports', () => {
  it('sums amounts won and lost per salesperson per month, the month it was won', async () => {
    const r = await run(admin, {
      groupBy: ['responsible', 'month'],
      measures: ['count', 'amount', 'won', 'lost'],
      filters: { from: '2026-03-01', to: '2026-04-30' },
    });
    const cells = r.rows.map((row) => [row.groups[0]!.label, row.groups[1]!.key, row.values.count, row.values.won, row.values.lost]);
    expect(cells).toEqual([
      ['Ulf', '2026-03', 2, 2000, 0],
      ['Ulla', '2026-03', 2, 1000, 300],
      ['Ulla', '2026-04', 1, 500, 0],
    ]);
    expect(r.totals).toEqual({ count: 5, amount: 7800, won: 3500, lost: 300 });
    expect(sum(r, 'amount')).toBe(r.totals.amount);
  });

  it('puts the budget beside what was won, per salesperson and month', async () => {
    const r = await run(admin, { groupBy: ['responsible', 'month'], measures: ['budget', 'won'], filters: { from: '2026-03-01', to: '2026-04-30' } });
    expect(r.rows.map((row) => [row.groups[0]!.label, row.groups[1]!.key, row.values.budget, row.values.won])).toEqual([
      ['Ulf', '2026-03', 1200, 2000],
      ['Ulf', '2026-04', 1200, 0],
      ['Ulla', '2026-03', 1200, 1000],
      ['Ulla', '2026-04', 1200, 500],
    ]);
    expect(r.totals).toEqual({ budget: 4800, won: 3500 });
    const field = (await admin.post('/api/v1/reports/run', { subject: 'sales-projects', groupBy: ['customer'], measures: ['budget'] })).json();
    expect(Object.keys(field.error.fields)).toEqual(['measures']);
  });

  it('groups by campaign and stage, with names', async () => {
    const r = await run(admin, { groupBy: ['campaign'], measures: ['count', 'won'] });
    expect(r.rows.map((row) => [row.groups[0]!.label, row.values.count, row.values.won])).toEqual([
      ['Spring fair', 2, 3000],
      [null, 3, 500],
    ]);
    const byStage = await run(admin, { groupBy: ['status'], measures: ['count'] });
    expect(sum(byStage, 'count')).toBe(5);
    expect(byStage.rows.every((row) => row.groups[0]!.label)).toBe(true);
  });

  it('counts only projects of customers the caller may see', async () => {
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      expect((await run(ulla, { measures: ['count', 'won'] })).totals).toEqual({ count: 3, won: 1500 });
      expect((await run(ulf, { measures: ['count', 'won'] })).totals).toEqual({ count: 2, won: 2000 });
      expect((await run(admin, { measures: ['count'] })).totals.count).toBe(5);
    } finally {
      await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
    }
    // A customer in the trash takes its projects out of every report.
    expect((await admin.delete(`/api/v1/customers/${aaben.id}`)).statusCode).toBeLessThan(300);
    expect((await run(admin, { measures: ['count'] })).totals.count).toBe(3);
    expect((await admin.post(`/api/v1/customers/${aaben.id}/restore`)).statusCode).toBeLessThan(300);
    const other = await newWorkspace(t);
    expect((await run(other, { measures: ['count'] })).totals.count).toBe(0);
    await makeActivity(t, other, { subject: 'x' }); // another workspace's data never leaks either way
    expect(
      (
        await t.database.db
          .select()
          .from(salesProjects)
          .where(and(eq(salesProjects.workspaceId, other.user.workspaceId)))
      ).length,
    ).toBe(0);
  });
});
