import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../../shared/common';
import { reportResultSchema } from '../../../shared/reports';
import { campaignResultsSchema, campaignSchema, salesProjectSchema, salesStageSchema } from '../../../shared/sales';
import { workspaceSchema } from '../../../shared/workspace';
import { makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';

/**
 * Amounts in several currencies (issue 18): the workspace's exchange rates turn them into its own
 * currency for campaign results and reports; an amount in a currency without a rate is left out
 * rather than added as if it were in the workspace's currency. Both engines.
 */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

describe('exchange rates', () => {
  it('an admin sets the whole set; a bad code or rate is a 400 naming it and changes nothing', async () => {
    const saved = parse(workspaceSchema, await admin.patch('/api/v1/workspace', { currency: 'EUR', exchangeRates: { DKK: 0.134, USD: 0.92 } }), 200);
    expect(saved.exchangeRates).toEqual({ DKK: 0.134, USD: 0.92 });
    expect(Object.keys(refusal(await admin.patch('/api/v1/workspace', { exchangeRates: { dkk: 0.134 } }), 400).fields as object).join()).toMatch(
      /^exchangeRates/,
    );
    expect(Object.keys(refusal(await admin.patch('/api/v1/workspace', { exchangeRates: { DKK: -1 } }), 400).fields as object)).toEqual(['exchangeRates.DKK']);
    expect(parse(workspaceSchema, await admin.get('/api/v1/workspace'), 200).exchangeRates).toEqual({ DKK: 0.134, USD: 0.92 });
  });

  it('campaign results and reports add won amounts in the workspace currency, leaving out a currency without a rate', async () => {
    await admin.patch('/api/v1/workspace', { currency: 'EUR', exchangeRates: { DKK: 0.134 } });
    const stages = parse(listOf(salesStageSchema), await admin.get('/api/v1/sales-stages'), 200).items;
    const won = stages.find((s) => s.kind === 'won')!.id;
    const customer = await makeCustomer(t, admin, { name: 'Valuta ApS' });
    const campaign = parse(campaignSchema, await admin.post('/api/v1/campaigns', { name: 'Three currencies' }), 201);
    for (const [amount, currency] of [
      [100, 'EUR'],
      [10_000, 'DKK'],
      [50, 'GBP'],
    ] as const) {
      const p = parse(
        salesProjectSchema,
        await admin.post('/api/v1/sales-projects', { name: `In ${currency}`, customerId: customer.id, campaignId: campaign.id, amount, currency }),
        201,
      );
      await admin.patch(`/api/v1/sales-projects/${p.id}`, { stageId: won });
    }
    const results = parse(campaignResultsSchema, await admin.get(`/api/v1/campaigns/${campaign.id}/results`), 200);
    expect(results).toMatchObject({ salesProjects: 3, wonAmount: 1440 });
    const report = parse(
      reportResultSchema,
      await admin.post('/api/v1/reports/run', { subject: 'sales-projects', groupBy: [], measures: ['won'], filters: { campaignId: campaign.id } }),
      200,
    );
    expect(report.totals.won).toBeCloseTo(1440, 6);
  });
});
