import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharesSchema } from '../../../shared/sharing';
import { makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';

/**
 * Shares changed at the same moment (PostgreSQL: really in parallel; PGlite: one after another,
 * a sequential check): a replacement is whole (one request's set, never a mix or a duplicate), and
 * bulk shares of the same targets meet on one row each.
 */

let t: TestApp;
let admin: Client;
let users: Client[];

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
  users = await Promise.all([1, 2, 3, 4].map((i) => newUser(t, admin, 'user', { name: `User ${i}` })));
});
afterAll(() => t.close());

describe('parallel shares', () => {
  it('parallel PUTs leave exactly one of the sets sent', async () => {
    for (let round = 0; round < roundsOn(inject('engine'), 5); round++) {
      const { id } = await makeCustomer(t, admin, { name: `Kapløb ${round} ApS` });
      const sets = Array.from({ length: 12 }, (_, i) => [
        { userId: users[i % 4].user.id, access: i % 2 ? 'edit' : 'read' },
        { userId: users[(i + 1) % 4].user.id, access: 'read' },
      ]);
      const answers = await Promise.all(sets.map((items) => admin.request('PUT', `/api/v1/customers/${id}/shares`, { items })));
      expect(statusCounts(answers)).toEqual({ 200: 12 });
      const { items } = parse(sharesSchema, await admin.get(`/api/v1/customers/${id}/shares`));
      const sorted = (s: { userId?: string; access: string }[]) => [...s].sort((a, b) => (a.userId ?? '').localeCompare(b.userId ?? ''));
      expect(sets.map((s) => JSON.stringify(sorted(s)))).toContain(JSON.stringify(sorted(items)));
    }
  });

  it('parallel bulk shares of the same customers never duplicate a share', async () => {
    const customers = await Promise.all([1, 2, 3].map((i) => makeCustomer(t, admin, { name: `Bulk ${i} ApS` })));
    const customerIds = customers.map((c) => c.id);
    const userIds = users.map((u) => u.user.id);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => admin.post('/api/v1/customers/shares', { customerIds, userIds, access: i % 2 ? 'edit' : 'read' })),
    );
    expect(statusCounts(answers)).toEqual({ 200: 10 });
    for (const id of customerIds) {
      const { items } = parse(sharesSchema, await admin.get(`/api/v1/customers/${id}/shares`));
      expect(items.map((s) => s.userId).sort()).toEqual([...userIds].sort());
    }
  });
});
