import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activityType, makeActivity, makeCustomer } from '../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../test/races';
import { rows } from '../db/client';

/**
 * customer_participants (migration 0033), the table the visibility rule reads for "takes part in one
 * of the customer's activities", is kept by triggers: after every kind of change it holds exactly
 * what the activities say, and a restricted user sees (or no longer sees) the customer at once.
 */

let t: TestApp;
let admin: Client;
let ann: Client;
let bo: Client;
let cy: Client;
let typeId: string;

interface Part {
  user_id: string;
  customer_id: string;
  parts: number;
}

/** The trigger-kept rows of the workspace. */
const kept = async (workspaceId: string) =>
  rows<Part>(t.database.db, sql`SELECT user_id::text, customer_id::text, parts FROM customer_participants WHERE workspace_id = ${workspaceId} ORDER BY 1, 2`);

/** The same, counted from the activities (what tend_participants_rebuild would write). */
const counted = async (workspaceId: string) =>
  rows<Part>(
    t.database.db,
    sql`SELECT x.u::text AS user_id, x.c::text AS customer_id, count(*)::int AS parts FROM (
        SELECT responsible_id AS u, customer_id AS c FROM activities WHERE workspace_id = ${workspaceId} AND customer_id IS NOT NULL AND responsible_id IS NOT NULL
        UNION ALL
        SELECT au.user_id, a.customer_id FROM activity_users au JOIN activities a ON a.id = au.activity_id
        WHERE a.workspace_id = ${workspaceId} AND a.customer_id IS NOT NULL
      ) x GROUP BY 1, 2 ORDER BY 1, 2`,
  );

const expectInStep = async () => {
  const ws = admin.user.workspaceId;
  expect(await kept(ws)).toEqual(await counted(ws));
};

const sees = async (c: Client, customerId: string) => (await c.get(`/api/v1/customers/${customerId}`)).statusCode === 200;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
  [ann, bo, cy] = await Promise.all(['Ann', 'Bo', 'Cy'].map((name) => newUser(t, admin, 'user', { name })));
  typeId = await activityType(t, admin, 'call');
  expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('customer_participants stays right', () => {
  it('follows an activity through a change of responsible, of additional users, of customer and its deletion', async () => {
    const first = await makeCustomer(t, admin, { name: 'Første Deltager ApS', responsibleId: admin.user.id });
    const second = await makeCustomer(t, admin, { name: 'Anden Deltager ApS', responsibleId: admin.user.id });
    const a = await makeActivity(t, admin, { typeId, customerId: first.id, responsibleId: ann.user.id, additionalUserIds: [bo.user.id] });
    await makeActivity(t, admin, { typeId, customerId: first.id, responsibleId: ann.user.id });
    await expectInStep();
    expect([await sees(ann, first.id), await sees(bo, first.id), await sees(cy, first.id)]).toEqual([true, true, false]);

    // Another responsible: Ann still has the second activity, Cy now takes part.
    expect((await admin.patch(`/api/v1/activities/${a.id}`, { responsibleId: cy.user.id })).statusCode).toBe(200);
    await expectInStep();
    expect([await sees(ann, first.id), await sees(cy, first.id)]).toEqual([true, true]);

    // Additional users replaced: Bo loses it, Ann gains a second part.
    expect((await admin.patch(`/api/v1/activities/${a.id}`, { additionalUserIds: [ann.user.id] })).statusCode).toBe(200);
    await expectInStep();
    expect(await sees(bo, first.id)).toBe(false);

    // The activity moves to the other customer, with its responsible and additional users.
    expect((await admin.patch(`/api/v1/activities/${a.id}`, { customerId: second.id, contactId: null })).statusCode).toBe(200);
    await expectInStep();
    expect([await sees(cy, first.id), await sees(cy, second.id), await sees(ann, second.id)]).toEqual([false, true, true]);

    // Deleted: its parts go, additional users' too.
    expect((await admin.request('DELETE', `/api/v1/activities/${a.id}`)).statusCode).toBe(200);
    await expectInStep();
    expect([await sees(cy, second.id), await sees(ann, second.id), await sees(ann, first.id)]).toEqual([false, false, true]);
  });

  it('goes with a customer deleted for good, and an internal activity adds nothing', async () => {
    const gone = await makeCustomer(t, admin, { name: 'Forsvinder ApS', responsibleId: admin.user.id });
    await makeActivity(t, admin, { typeId, customerId: gone.id, responsibleId: bo.user.id, additionalUserIds: [cy.user.id] });
    await makeActivity(t, admin, { typeId, responsibleId: bo.user.id, additionalUserIds: [ann.user.id] });
    await expectInStep();
    expect((await admin.request('DELETE', `/api/v1/customers/${gone.id}`)).statusCode).toBe(200);
    expect((await admin.request('DELETE', `/api/v1/customers/${gone.id}/permanent`)).statusCode).toBe(200);
    await expectInStep();
    expect((await kept(admin.user.workspaceId)).some((p) => p.customer_id === gone.id)).toBe(false);
  });

  it('parallel changes of the same customer and user add up (PostgreSQL: really in parallel)', async () => {
    for (let round = 0; round < roundsOn(inject('engine'), 3); round++) {
      const shared = await makeCustomer(t, admin, { name: `Kapløb Deltager ${round} ApS`, responsibleId: admin.user.id });
      const made = await Promise.all(
        Array.from({ length: 8 }, () => makeActivity(t, admin, { typeId, customerId: shared.id, responsibleId: ann.user.id, additionalUserIds: [bo.user.id] })),
      );
      // Half deleted, half handed to Cy, at the same time as new ones are made.
      const answers = await Promise.all([
        ...made.slice(0, 4).map((x) => admin.request('DELETE', `/api/v1/activities/${x.id}`)),
        ...made.slice(4).map((x) => admin.patch(`/api/v1/activities/${x.id}`, { responsibleId: cy.user.id, additionalUserIds: [] })),
        ...Array.from({ length: 4 }, () =>
          admin.post('/api/v1/activities', { typeId, subject: 'Parallel', customerId: shared.id, responsibleId: bo.user.id, additionalUserIds: [ann.user.id] }),
        ),
      ]);
      expect(statusCounts(answers)).toEqual({ 200: 8, 201: 4 });
      await expectInStep();
    }
  });
});
