import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { customerSchema, statusChangeSchema } from '../../../shared/customers';
import { auditEntrySchema } from '../../../shared/settings';
import { activityType, makeActivity, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';

let t: TestApp;
let alice: Client;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  alice = await newWorkspace(t);
});
afterAll(() => t.close());

const customer = async (id: string) => parse(customerSchema, await alice.get(`/api/v1/customers/${id}`));
const trashed = async (name: string): Promise<string> => {
  const { id } = await makeCustomer(t, alice, { name });
  parse(customerSchema, await alice.delete(`/api/v1/customers/${id}`));
  return id;
};

type Change = { fromStatus: string | null; toStatus: string };
const history = async (id: string): Promise<Change[]> =>
  parse(listOf(statusChangeSchema), await alice.get(`/api/v1/customers/${id}/status-history`)).items.reverse();
const auditLength = async () => parse(listOf(auditEntrySchema), await alice.get('/api/v1/audit-log?entity=customer&limit=500')).items.length;
/** Sets the customer status completing an activity of the type gives (null: none). */
const setRule = async (typeId: string, status: string | null) =>
  parse(activityTypeSchema, await alice.patch(`/api/v1/activity-types/${typeId}`, { completionSetsCustomerStatus: status }));

/** Where the history does not chain: an entry whose "from" is not the previous entry's "to". */
function breaks(changes: Change[]): string[] {
  return changes.flatMap((c, i) => {
    const expected = i === 0 ? null : changes[i - 1].toStatus;
    return c.fromStatus === expected ? [] : [`#${i}: from ${c.fromStatus}, but the previous entry ended at ${expected}`];
  });
}

describe('a customer changed by several requests at once', () => {
  it('restore and deletion for good at once: exactly one of them happens (20 rounds on PostgreSQL)', async () => {
    const answers: string[] = [];
    const wrong: string[] = [];
    const rounds = roundsOn(t.database.engine, 20);
    for (let round = 0; round < rounds; round++) {
      const id = await trashed(`Restore or purge ${round}`);
      const [restore, purge] = await Promise.all([alice.post(`/api/v1/customers/${id}/restore`), alice.delete(`/api/v1/customers/${id}/permanent`)]);
      const pair = `${restore.statusCode}/${purge.statusCode}`;
      answers.push(pair);
      const now = await alice.get(`/api/v1/customers/${id}`);
      // Restored: it is live and the deletion was refused (409: not in the trash). Deleted: it is gone and the restore found nothing (404).
      if (
        !((pair === '200/409' && now.statusCode === 200 && parse(customerSchema, now).deletedAt === null) || (pair === '404/200' && now.statusCode === 404))
      ) {
        wrong.push(`round ${round}: restore ${restore.statusCode}, delete ${purge.statusCode}, then GET ${now.statusCode}`);
      }
    }
    expect(wrong, answers.join(' ')).toEqual([]);
  });

  it('two restores at once: one restores (recorded once), the other answers 409 and changes nothing (20 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const rounds = roundsOn(t.database.engine, 20);
    for (let round = 0; round < rounds; round++) {
      const id = await trashed(`Double restore ${round}`);
      const historyBefore = await history(id);
      const auditBefore = await auditLength();
      const results = await Promise.all([alice.post(`/api/v1/customers/${id}/restore`), alice.post(`/api/v1/customers/${id}/restore`)]);
      all.push(...results);
      const refused = results.find((r) => r.statusCode === 409);
      if (refused) expect(refusal(refused, 409).code).toBe('conflict');
      expect(await history(id)).toEqual(historyBefore);
      // The one restore that happened is recorded once; the refused one records nothing.
      expect(await auditLength()).toBe(auditBefore + 1);
      expect((await customer(id)).deletedAt).toBeNull();
    }
    expect(statusCounts(all)).toEqual({ 200: rounds, 409: rounds });
  });

  it('status changes at once, by hand and by completion rules: the history is one unbroken sequence (5 rounds on PostgreSQL)', async () => {
    const types: Record<string, string> = { quote: await activityType(t, alice, 'quote'), meeting: await activityType(t, alice, 'meeting') };
    await setRule(types.quote, 'customer');
    await setRule(types.meeting, 'prospect');
    const problems: string[] = [];
    const all: LightMyRequestResponse[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const { id } = await makeCustomer(t, alice, { name: `Status race ${round}`, status: 'lead' });
      const open = [];
      for (const type of ['quote', 'meeting', 'quote', 'meeting']) {
        open.push((await makeActivity(t, alice, { typeId: types[type], subject: type, customerId: id })).id);
      }
      const statuses = ['prospect', 'customer', 'former', 'lead', 'customer', 'former', 'prospect', 'lead', 'former', 'customer', 'lead', 'prospect'];
      const results = await Promise.all([
        ...statuses.map((status) => alice.patch(`/api/v1/customers/${id}`, { status })),
        ...open.map((activityId) => alice.post(`/api/v1/activities/${activityId}/complete`, {})),
      ]);
      all.push(...results);
      const changes = await history(id);
      problems.push(...breaks(changes).map((b) => `round ${round} ${b}`));
      const current = (await customer(id)).status;
      if (changes.at(-1)?.toStatus !== current) problems.push(`round ${round}: the history ends at ${changes.at(-1)?.toStatus}, the customer is ${current}`);
    }
    await setRule(types.quote, null);
    await setRule(types.meeting, null);
    expect(statusCounts(all)).toEqual({ 200: 16 * rounds });
    expect(problems).toEqual([]);
  });
});
