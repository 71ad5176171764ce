import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { salesProjectSchema } from '../../../shared/sales';
import { makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';

/** Parallel changes of one project's follow-up (real parallel requests on PostgreSQL) never make two open follow-ups. */
const onPostgres = process.env.TEND_TEST_ENGINE === 'postgres';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

describe.runIf(onPostgres)('sales project follow-up races', () => {
  it('ten parallel PATCHes of the follow-up leave one open follow-up activity', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Race A/S' });
    for (let round = 0; round < 3; round++) {
      const p = parse(salesProjectSchema, await admin.post('/api/v1/sales-projects', { name: `Race ${round}`, customerId: customer.id }), 201);
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          admin.patch(`/api/v1/sales-projects/${p.id}`, { followUpAt: `2026-12-${String(10 + i).padStart(2, '0')}T09:00:00Z` }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(200));
      const items = parse(listOf(activitySchema), await admin.get(`/api/v1/sales-projects/${p.id}/activities`), 200).items;
      expect(items.filter((a) => !a.done)).toHaveLength(1);
      const now = parse(salesProjectSchema, await admin.get(`/api/v1/sales-projects/${p.id}`), 200);
      expect(items[0].scheduledAt).toBe(new Date(now.followUpAt!).toISOString());
    }
  });
});
