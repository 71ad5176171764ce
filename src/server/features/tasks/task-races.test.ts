import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { taskTemplateSchema } from '../../../shared/tasks';
import { makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts, unexpected } from '../../../../test/races';

let t: TestApp;
let admin: Client;
let templateId: string;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
  templateId = parse(taskTemplateSchema, await admin.post('/api/v1/task-templates', { name: 'Weekly', due: 'recurring', recurrence: 'FREQ=WEEKLY' }), 201).id;
});
afterAll(() => t.close());

describe('a recurring task completed by several requests at once', () => {
  // PostgreSQL: the completes really overlap; PGlite runs them one by one (a sequential check).
  it('one complete wins and the series has exactly one open occurrence (10 rounds on PostgreSQL)', async () => {
    for (let round = 0; round < roundsOn(t.database.engine, 10); round++) {
      const customer = await makeCustomer(t, admin, { name: `Serie ${round}` });
      const task = parse(activitySchema, await admin.post('/api/v1/tasks', { templateId, customerId: customer.id, startsOn: '2026-03-02' }), 201);
      const answers = await Promise.all(Array.from({ length: 8 }, () => admin.post(`/api/v1/activities/${task.id}/complete`, {})));
      expect(unexpected(answers, [200, 409]), JSON.stringify(statusCounts(answers))).toBeNull();
      expect(statusCounts(answers)[200]).toBe(1);
      const all = parse(listOf(activitySchema), await admin.get(`/api/v1/customers/${customer.id}/activities?limit=50`)).items;
      expect(all.filter((a) => !a.done).map((a) => a.scheduledAt)).toEqual(['2026-03-09T00:00:00.000Z']);
      expect(all).toHaveLength(2);
    }
  });
});
