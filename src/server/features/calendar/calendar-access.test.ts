import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarAnswerSchema, calendarUsersAnswerSchema } from '../../../shared/calendar';
import { activityType, makeActivity, makeCustomer, makeGroup, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Whose calendars one may see (the workspace's calendarVisibility; managers and admins see all),
 * 403 for a hidden calendar and 404 for another workspace's user, restricted customer visibility
 * inside a calendar, and rescheduling through the activity PATCH.
 */

let t: TestApp;
let admin: Client;
let maja: Client; // manager
let ulla: Client; // in Sales
let pia: Client; // in Sales Aarhus, a subgroup of Sales
let ulf: Client; // in no group
let stranger: Client; // another workspace's admin
let typeId: string;

const calendarOf = (c: Client, users: Client[]) => c.get(`/api/v1/calendar?from=2026-05-04&to=2026-05-10&userIds=${users.map((u) => u.user.id).join(',')}`);
const visibleNames = async (c: Client) => parse(calendarUsersAnswerSchema, await c.get('/api/v1/calendar/users'), 200).items.map((u) => u.name);
const setVisibility = async (body: Record<string, string>) => expect((await admin.patch('/api/v1/workspace', body)).statusCode).toBe(200);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  stranger = await newWorkspace(t);
  maja = await newUser(t, admin, 'manager', { name: 'Maja' });
  [ulla, pia, ulf] = await Promise.all(['Ulla', 'Pia', 'Ulf'].map((name) => newUser(t, admin, 'user', { name })));
  const sales = await makeGroup(t, admin, { name: 'Sales' }, [{ userId: ulla.user.id }]);
  await makeGroup(t, admin, { name: 'Sales Aarhus', parentId: sales.id }, [{ userId: pia.user.id }]);
  typeId = await activityType(t, admin, 'meeting');
});
afterAll(() => t.close());

describe('calendar visibility', () => {
  it("everyone: every user's calendar", async () => {
    await setVisibility({ calendarVisibility: 'everyone' });
    expect(await visibleNames(ulf)).toEqual(expect.arrayContaining(['Maja', 'Pia', 'Ulf', 'Ulla']));
    expect((await calendarOf(ulf, [ulla, pia, maja])).statusCode).toBe(200);
  });

  it("groups: one's own groups and the groups below them; managers and admins see all", async () => {
    await setVisibility({ calendarVisibility: 'groups' });
    expect(await visibleNames(ulla)).toEqual(['Pia', 'Ulla']);
    expect(await visibleNames(pia)).toEqual(['Pia']);
    expect(await visibleNames(ulf)).toEqual(['Ulf']);
    expect((await calendarOf(ulla, [ulla, pia])).statusCode).toBe(200);
    const err = refusal(await calendarOf(pia, [pia, ulla]), 403);
    expect(err.reason).toEqual({ code: 'calendar_not_visible' });
    for (const c of [maja, admin]) {
      expect(await visibleNames(c)).toEqual(expect.arrayContaining(['Maja', 'Pia', 'Ulf', 'Ulla']));
      expect((await calendarOf(c, [ulla, pia, ulf])).statusCode).toBe(200);
    }
  });

  it('own: only one’s own calendar', async () => {
    await setVisibility({ calendarVisibility: 'own' });
    expect(await visibleNames(ulla)).toEqual(['Ulla']);
    expect((await calendarOf(ulla, [ulla])).statusCode).toBe(200);
    expect(refusal(await calendarOf(ulla, [pia]), 403).reason?.code).toBe('calendar_not_visible');
    expect((await calendarOf(maja, [ulla, pia])).statusCode).toBe(200);
    await setVisibility({ calendarVisibility: 'everyone' });
  });

  it("answers 404 for another workspace's user or an unknown id, whatever the setting", async () => {
    expect(refusal(await calendarOf(ulla, [ulla, stranger]), 404).reason?.code).toBe('user_not_found');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await ulla.get(`/api/v1/calendar?from=2026-05-04&to=2026-05-10&userIds=${unknown}`)).statusCode).toBe(404);
    expect(await visibleNames(stranger)).not.toContain('Ulla');
  });

  it('answers 403 for a deactivated colleague, as /calendar/users leaves them out, for admins too', async () => {
    const gone = await newUser(t, admin, 'user', { name: 'Gert' });
    expect((await calendarOf(ulla, [gone])).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/users/${gone.user.id}`, { active: false })).statusCode).toBe(200);
    expect(await visibleNames(ulla)).not.toContain('Gert');
    for (const c of [ulla, admin]) expect(refusal(await calendarOf(c, [ulla, gone]), 403).reason?.code).toBe('calendar_not_visible');
    expect(refusal(await calendarOf(ulla, [gone, stranger]), 404).reason?.code).toBe('user_not_found');
  });
});

describe('restricted customer visibility in a calendar', () => {
  it('leaves out activities of customers the caller may not see, and says which ones they may move', async () => {
    const own = await makeCustomer(t, admin, { name: 'Ullas kunde', responsibleId: ulla.user.id });
    const hidden = await makeCustomer(t, admin, { name: 'Skjult kunde', responsibleId: maja.user.id });
    const at = (h: number) => `2026-05-05T${String(h).padStart(2, '0')}:00:00Z`;
    const onOwn = await makeActivity(t, ulf, { typeId, responsibleId: ulf.user.id, customerId: own.id, scheduledAt: at(8) });
    const onHidden = await makeActivity(t, ulf, { typeId, responsibleId: ulf.user.id, customerId: hidden.id, scheduledAt: at(9) });
    const internal = await makeActivity(t, ulf, { typeId, responsibleId: ulf.user.id, customerId: null, scheduledAt: at(10) });
    await setVisibility({ customerVisibility: 'restricted' });
    try {
      const items = parse(calendarAnswerSchema, await calendarOf(ulla, [ulf]), 200).items;
      expect(items.map((i) => i.id).sort()).toEqual([onOwn.id, internal.id].sort());
      expect(items.every((i) => i.editable)).toBe(true);
      // Ulf takes part in all three: his own calendar holds them all.
      expect(parse(calendarAnswerSchema, await calendarOf(ulf, [ulf]), 200).items).toHaveLength(3);
      expect(parse(calendarUsersAnswerSchema, await ulla.get('/api/v1/calendar/users'), 200).items.find((u) => u.userId === ulf.user.id)?.access).toBe('read');
    } finally {
      await setVisibility({ customerVisibility: 'everyone' });
    }
    expect(parse(calendarAnswerSchema, await calendarOf(ulla, [ulf]), 200).items.map((i) => i.id)).toContain(onHidden.id);
  });
});

describe('rescheduling from the calendar (PATCH of scheduledAt, endsAt, responsibleId)', () => {
  it('moves, resizes and reassigns an activity in one PATCH', async () => {
    const a = await makeActivity(t, ulla, { typeId, responsibleId: ulla.user.id, scheduledAt: '2026-05-06T08:00:00Z', endsAt: '2026-05-06T09:00:00Z' });
    const body = { scheduledAt: '2026-05-07T10:00:00+02:00', endsAt: '2026-05-07T11:30:00+02:00', responsibleId: pia.user.id };
    const res = await ulla.patch(`/api/v1/activities/${a.id}`, body);
    expect(res.statusCode).toBe(200);
    const items = parse(calendarAnswerSchema, await calendarOf(ulla, [pia]), 200).items;
    expect(items.find((i) => i.id === a.id)).toMatchObject({
      scheduledAt: '2026-05-07T08:00:00.000Z',
      endsAt: '2026-05-07T09:30:00.000Z',
      calendarUserIds: [pia.user.id],
    });
  });

  it("refuses to reassign to another workspace's user as a field error, and changes nothing", async () => {
    const a = await makeActivity(t, ulla, { typeId, responsibleId: ulla.user.id, scheduledAt: '2026-05-06T08:00:00Z' });
    const err = refusal(await ulla.patch(`/api/v1/activities/${a.id}`, { scheduledAt: '2026-05-08T08:00:00Z', responsibleId: stranger.user.id }), 400);
    expect(err.fields).toHaveProperty('responsibleId');
    const items = parse(calendarAnswerSchema, await calendarOf(ulla, [ulla]), 200).items;
    expect(items.find((i) => i.id === a.id)?.scheduledAt).toBe('2026-05-06T08:00:00.000Z');
  });

  it("refuses to move another user's private (busy) activity: not found to the caller", async () => {
    const secret = await makeActivity(t, ulla, { typeId, responsibleId: ulla.user.id, private: true, scheduledAt: '2026-05-06T12:00:00Z' });
    const busy = parse(calendarAnswerSchema, await calendarOf(pia, [ulla]), 200).items.find((i) => i.id === secret.id);
    expect(busy).toMatchObject({ busy: true, editable: false });
    expect(refusal(await pia.patch(`/api/v1/activities/${secret.id}`, { scheduledAt: '2026-05-07T12:00:00Z' }), 404).reason?.code).toBe('activity_not_found');
  });

  it('refuses to move an activity of a customer shared for reading only, saying why', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Delt kunde', responsibleId: maja.user.id });
    const a = await makeActivity(t, maja, { typeId, responsibleId: maja.user.id, customerId: customer.id, scheduledAt: '2026-05-06T14:00:00Z' });
    expect((await admin.request('PUT', `/api/v1/customers/${customer.id}/shares`, { items: [{ userId: ulla.user.id, access: 'read' }] })).statusCode).toBe(200);
    await setVisibility({ customerVisibility: 'restricted' });
    try {
      const item = parse(calendarAnswerSchema, await calendarOf(ulla, [maja]), 200).items.find((i) => i.id === a.id);
      expect(item).toMatchObject({ editable: false });
      const err = refusal(await ulla.patch(`/api/v1/activities/${a.id}`, { scheduledAt: '2026-05-07T14:00:00Z' }), 403);
      expect(err.reason?.code).toBe('read_only_share');
    } finally {
      await setVisibility({ customerVisibility: 'everyone' });
    }
  });
});
