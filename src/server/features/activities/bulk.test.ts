import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema, activityBulkResultSchema, activityTypeSchema } from '../../../shared/activities';
import { errorSchema, listOf } from '../../../shared/common';
import { statusChangeSchema } from '../../../shared/customers';
import { makeActivity, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let alice: Client;
let mia: Client;
let bob: Client; // another workspace
let types: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  mia = await newUser(t, alice, 'user', { name: 'Mia' });
  bob = await newWorkspace(t);
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await alice.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
});
afterAll(() => t.close());

const bulk = (c: Client, body: object) => c.post('/api/v1/activities/bulk', body);
const read = async (c: Client, id: string) => parse(activitySchema, await c.get(`/api/v1/activities/${id}`), 200);
const history = async (customerId: string) => parse(listOf(statusChangeSchema), await alice.get(`/api/v1/customers/${customerId}/status-history`), 200).items;
// Completions in the change log: each completed activity is one entry, however it was completed.
const auditCount = async () => (await alice.get('/api/v1/audit-log?limit=500&entity=activity&action=complete')).json().items.length as number;
const three = async (c: Client, extra: Parameters<typeof makeActivity>[2] = {}) =>
  Promise.all([1, 2, 3].map((i) => makeActivity(t, c, { subject: `Bulk ${i}`, scheduledAt: `2026-12-0${i}T09:00:00Z`, ...extra })));

describe('bulk changes to activities', () => {
  it('completes several activities with the same effects as completing each one (status, note, customer-status rule and its history)', async () => {
    const quote = types.quote;
    await alice.patch(`/api/v1/activity-types/${quote}`, { completionSetsCustomerStatus: 'customer' });
    try {
      const [single, bulked] = await Promise.all([makeCustomer(t, alice, { status: 'lead' }), makeCustomer(t, alice, { status: 'lead' })]);
      const one = await makeActivity(t, alice, { typeId: quote, subject: 'Quote', customerId: single.id });
      const many = await Promise.all([1, 2].map(() => makeActivity(t, alice, { typeId: quote, subject: 'Quote', customerId: bulked.id })));
      const before = await auditCount();
      expect((await alice.post(`/api/v1/activities/${one.id}/complete`, { note: 'Signed' })).statusCode).toBe(200);
      const singleAudit = (await auditCount()) - before;
      expect(singleAudit).toBe(1);
      const res = parse(activityBulkResultSchema, await bulk(alice, { ids: many.map((a) => a.id), action: 'complete', note: 'Signed' }), 200);
      expect((await auditCount()) - before - singleAudit).toBe(singleAudit * 2);
      expect(res.items.map((a) => a.id)).toEqual(many.map((a) => a.id));
      const singleDone = await read(alice, one.id);
      for (const item of res.items) {
        expect(item).toMatchObject({ done: true, note: 'Signed', statusId: singleDone.statusId });
        expect(item.doneAt).not.toBeNull();
      }
      const strip = (h: Awaited<ReturnType<typeof history>>) => h.map(({ fromStatus, toStatus, reason }) => ({ fromStatus, toStatus, reason }));
      // The second completion finds the customer already moved: one history entry, as with single completions.
      expect(strip(await history(bulked.id))).toEqual(strip(await history(single.id)));
      // Completed in id order: the first id's completion moved the customer.
      expect((await history(bulked.id)).find((h) => h.toStatus === 'customer')?.activityId).toBe(many.map((a) => a.id).sort()[0]);
    } finally {
      await alice.patch(`/api/v1/activity-types/${quote}`, { completionSetsCustomerStatus: null });
    }
  });

  it('reschedules several activities; an end moves with its start, all-day ones stay all-day', async () => {
    const timed = await makeActivity(t, alice, { subject: 'Meeting', scheduledAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:30:00Z' });
    const allDay = await makeActivity(t, alice, { subject: 'Whole day', allDay: true, scheduledAt: '2026-12-02T00:00:00Z' });
    const res = parse(
      activityBulkResultSchema,
      await bulk(alice, { ids: [timed.id, allDay.id], action: 'reschedule', scheduledAt: '2026-12-10T13:00:00+01:00' }),
      200,
    );
    const [a, b] = res.items;
    expect(a).toMatchObject({ scheduledAt: '2026-12-10T12:00:00.000Z', endsAt: '2026-12-10T13:30:00.000Z', allDay: false });
    expect(b).toMatchObject({ scheduledAt: '2026-12-10T00:00:00.000Z', endsAt: null, allDay: true });
  });

  it('reassigns several activities to another user, and refuses one who is not a user of the workspace', async () => {
    const items = await three(alice);
    const ids = items.map((a) => a.id);
    const res = parse(activityBulkResultSchema, await bulk(alice, { ids, action: 'reassign', responsibleId: mia.user.id }), 200);
    expect(res.items.map((a) => a.responsibleId)).toEqual([mia.user.id, mia.user.id, mia.user.id]);
    const bad = parse(errorSchema, await bulk(alice, { ids, action: 'reassign', responsibleId: bob.user.id }), 400);
    expect(bad.error.fields).toHaveProperty('responsibleId');
    for (const id of ids) expect((await read(alice, id)).responsibleId).toBe(mia.user.id);
  });

  it('changes nothing when one id is not found: 404 naming it (another workspace, unknown)', async () => {
    const mine = await three(alice);
    const theirs = await makeActivity(t, bob, { subject: 'Not yours' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const stranger of [theirs.id, unknown]) {
      for (const body of [
        { action: 'complete' },
        { action: 'reschedule', scheduledAt: '2027-01-01T09:00:00Z' },
        { action: 'reassign', responsibleId: mia.user.id },
      ]) {
        const res = parse(errorSchema, await bulk(alice, { ids: [...mine.map((a) => a.id), stranger], ...body }), 404);
        expect(res.error.fields?.ids, JSON.stringify(body)).toContain(stranger);
        expect(res.error.fields?.ids).not.toContain(mine[0].id);
      }
    }
    for (const a of mine) expect(await read(alice, a.id)).toMatchObject({ done: false, scheduledAt: a.scheduledAt, responsibleId: alice.user.id });
    expect((await read(bob, theirs.id)).done).toBe(false);
  });

  it('refuses to complete a done activity with 409 naming it, and completes none of the others', async () => {
    const [a, b, c] = await three(alice);
    expect((await alice.post(`/api/v1/activities/${b.id}/complete`)).statusCode).toBe(200);
    const res = parse(errorSchema, await bulk(alice, { ids: [a.id, b.id, c.id], action: 'complete' }), 409);
    expect(res.error.fields?.ids).toContain(b.id);
    expect((await read(alice, a.id)).done).toBe(false);
    expect((await read(alice, c.id)).done).toBe(false);
  });

  it('changes none when the status asked for is of another workspace', async () => {
    const items = await three(alice);
    const theirStatus = (await bob.get('/api/v1/activity-statuses')).json().items[0].id as string;
    const res = parse(errorSchema, await bulk(alice, { ids: items.map((a) => a.id), action: 'complete', statusId: theirStatus }), 400);
    expect(res.error.fields).toHaveProperty('statusId');
    for (const a of items) expect((await read(alice, a.id)).done).toBe(false);
  });

  it('rejects bad requests naming the field', async () => {
    const [a] = await three(alice);
    const cases: [object, string][] = [
      [{ ids: [], action: 'complete' }, 'ids'],
      [{ ids: [a.id, a.id], action: 'complete' }, 'ids'],
      [{ ids: Array.from({ length: 201 }, () => crypto.randomUUID()), action: 'complete' }, 'ids'],
      [{ ids: ['nope'], action: 'complete' }, 'ids.0'],
      [{ ids: [a.id], action: 'delete' }, 'action'],
      [{ ids: [a.id], action: 'reschedule' }, 'scheduledAt'],
      [{ ids: [a.id], action: 'reschedule', scheduledAt: 'tomorrow' }, 'scheduledAt'],
      [{ ids: [a.id], action: 'reassign' }, 'responsibleId'],
      [{ ids: [a.id], action: 'complete', responsibleId: mia.user.id }, 'responsibleId'],
      [{ ids: [a.id], action: 'reassign', responsibleId: mia.user.id, statusId: a.statusId }, 'statusId'],
    ];
    for (const [body, field] of cases) {
      const res = parse(errorSchema, await bulk(alice, body), 400);
      expect(res.error.fields, JSON.stringify(body).slice(0, 80)).toHaveProperty(field);
    }
    expect((await read(alice, a.id)).done).toBe(false);
  });

  it('lets any user of the workspace act on colleagues’ activities, as the single routes do (the policy allows change for everyone)', async () => {
    const items = await three(alice);
    const res = await bulk(mia, { ids: items.map((a) => a.id), action: 'reschedule', scheduledAt: '2027-02-01T09:00:00Z' });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('snooze: PATCH scheduledAt alone', () => {
  it('moves the end by the same amount, so a meeting keeps its length', async () => {
    const meeting = await makeActivity(t, alice, { subject: 'Review', scheduledAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T10:00:00Z' });
    const later = parse(activitySchema, await alice.patch(`/api/v1/activities/${meeting.id}`, { scheduledAt: '2026-12-03T14:00:00Z' }), 200);
    expect(later).toMatchObject({ scheduledAt: '2026-12-03T14:00:00.000Z', endsAt: '2026-12-03T15:00:00.000Z' });
    const earlier = parse(activitySchema, await alice.patch(`/api/v1/activities/${meeting.id}`, { scheduledAt: '2026-11-30T08:00:00Z' }), 200);
    expect(earlier).toMatchObject({ scheduledAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-11-30T09:00:00.000Z' });
    // A new end given with the start is taken as given; one without an end stays without.
    const both = parse(
      activitySchema,
      await alice.patch(`/api/v1/activities/${meeting.id}`, { scheduledAt: '2026-12-05T08:00:00Z', endsAt: '2026-12-05T12:00:00Z' }),
      200,
    );
    expect(both.endsAt).toBe('2026-12-05T12:00:00.000Z');
    const call = await makeActivity(t, alice, { subject: 'Call', scheduledAt: '2026-12-01T09:00:00Z' });
    expect(parse(activitySchema, await alice.patch(`/api/v1/activities/${call.id}`, { scheduledAt: '2026-12-02T09:00:00Z' }), 200).endsAt).toBeNull();
  });
});
