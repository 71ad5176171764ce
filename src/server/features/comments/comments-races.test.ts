import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Activity, activitySchema } from '../../../shared/activities';
import { commentSchema } from '../../../shared/comments';
import { listOf } from '../../../shared/common';
import { statusChangeSchema } from '../../../shared/customers';
import { listItemSchema } from '../../../shared/settings';
import { activityType, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts, unexpected } from '../../../../test/races';

let t: TestApp;
let admin: Client;
let call: Activity;
let customerId: string;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
  customerId = (await makeCustomer(t, admin, { name: 'Samtidig ApS', status: 'lead' })).id;
  const typeId = await activityType(t, admin, 'call');
  call = parse(activitySchema, await admin.post('/api/v1/activities', { typeId, subject: 'Ring', customerId, scheduledAt: '2026-05-04T09:00:00Z' }), 201);
});
afterAll(() => t.close());

describe('comments at the same time as other changes', () => {
  it('a keyword deleted while comments pick it: either the delete is refused (409) or the comments are (400), never a server error', async () => {
    for (let round = 0; round < roundsOn(t.database.engine, 5); round++) {
      const keyword = parse(listItemSchema, await admin.post('/api/v1/status-keywords', { name: `Race ${round}` }), 201);
      const comments = Array.from({ length: 6 }, () => admin.post(`/api/v1/activities/${call.id}/comments`, { text: 'x', keywordIds: [keyword.id] }));
      const all = await Promise.all([admin.delete(`/api/v1/status-keywords/${keyword.id}`), ...comments]);
      expect(unexpected(all, [200, 201, 400, 409]), JSON.stringify(statusCounts(all))).toBeNull();
      const [deleted, ...added] = all;
      const stored = parse(listOf(commentSchema), await admin.get(`/api/v1/activities/${call.id}/comments`)).items.filter((c) =>
        c.keywordIds.includes(keyword.id),
      );
      expect(stored).toHaveLength(added.filter((r) => r.statusCode === 201).length);
      if (deleted.statusCode === 200) expect(stored).toHaveLength(0);
      else expect(deleted.statusCode).toBe(409);
    }
  });

  it('comments setting statuses at once: each change is in the history once, and the customer ends in the last one recorded', async () => {
    const statuses = ['prospect', 'customer', 'former', 'lead', 'prospect', 'customer'];
    const all = await Promise.all(
      statuses.map((customerStatus) => admin.post(`/api/v1/activities/${call.id}/comments`, { text: customerStatus, customerStatus })),
    );
    expect(statusCounts(all)).toEqual({ 201: statuses.length });
    const history = parse(listOf(statusChangeSchema), await admin.get(`/api/v1/customers/${customerId}/status-history`)).items;
    const customer = (await admin.get(`/api/v1/customers/${customerId}`)).json() as { status: string };
    expect(history[0].toStatus).toBe(customer.status);
    // Each entry starts where the one before it ended: no change was lost in between.
    for (let i = 0; i + 1 < history.length; i++) expect(history[i].fromStatus).toBe(history[i + 1].toStatus);
  });
});
