import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema, activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { statusChangeSchema } from '../../../shared/customers';
import { makeActivity, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts, unexpected } from '../../../../test/races';

let t: TestApp;
let alice: Client;
let types: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  alice = await newWorkspace(t);
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await alice.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  // Completing a quote moves its customer to "customer": a duplicated completion would show as two history entries.
  await alice.patch(`/api/v1/activity-types/${types.quote}`, { completionSetsCustomerStatus: 'customer' });
});
afterAll(() => t.close());

const read = async (id: string) => parse(activitySchema, await alice.get(`/api/v1/activities/${id}`), 200);
const history = async (customerId: string) => parse(listOf(statusChangeSchema), await alice.get(`/api/v1/customers/${customerId}/status-history`), 200).items;

describe('bulk changes racing other changes (real parallel requests on PostgreSQL, one by one on PGlite)', () => {
  it('two overlapping bulk completions: each activity is completed once, and the losing request changes nothing', async () => {
    for (let round = 0; round < roundsOn(t.database.engine, 10); round++) {
      const customers = await Promise.all([0, 1, 2, 3, 4, 5].map(() => makeCustomer(t, alice, { status: 'lead' })));
      const items = await Promise.all(customers.map((c) => makeActivity(t, alice, { typeId: types.quote, subject: 'Quote', customerId: c.id })));
      const ids = items.map((a) => a.id);
      const [first, second] = [ids.slice(0, 4), ids.slice(2)];
      const answers = await Promise.all([first, second].map((part) => alice.post('/api/v1/activities/bulk', { ids: part, action: 'complete' })));
      expect(unexpected(answers, [200, 409]), JSON.stringify(statusCounts(answers))).toBeNull();
      // They share two activities: exactly one can have completed them.
      expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
      const won = answers[0].statusCode === 200 ? first : second;
      for (const [i, id] of ids.entries()) {
        expect((await read(id)).done, `round ${round} activity ${i}`).toBe(won.includes(id));
        const moves = (await history(customers[i].id)).filter((h) => h.toStatus === 'customer');
        expect(moves, `round ${round} customer ${i}`).toHaveLength(won.includes(id) ? 1 : 0);
      }
    }
  });

  it('a bulk reschedule racing single changes of the same activities loses neither change', async () => {
    for (let round = 0; round < roundsOn(t.database.engine, 10); round++) {
      const items = await Promise.all([0, 1, 2, 3, 4].map((i) => makeActivity(t, alice, { subject: `Call ${i}`, scheduledAt: '2026-12-01T09:00:00Z' })));
      const at = `2027-01-0${(round % 9) + 1}T10:00:00.000Z`;
      const answers = await Promise.all([
        alice.post('/api/v1/activities/bulk', { ids: items.map((a) => a.id), action: 'reschedule', scheduledAt: at }),
        ...items.map((a, i) => alice.patch(`/api/v1/activities/${a.id}`, { subject: `Changed ${round} ${i}`, note: 'Called back' })),
      ]);
      expect(unexpected(answers, [200]), JSON.stringify(statusCounts(answers))).toBeNull();
      for (const [i, a] of items.entries()) {
        expect(await read(a.id), `round ${round} activity ${i}`).toMatchObject({ scheduledAt: at, subject: `Changed ${round} ${i}`, note: 'Called back' });
      }
    }
  });
});
