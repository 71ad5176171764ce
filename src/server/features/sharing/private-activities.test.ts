import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Activity, activitySchema } from '../../../shared/activities';
import type { Customer } from '../../../shared/customers';
import { activityType, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Private activities (issue 13): seen only by their responsible and additional users. Everyone
 * else, managers and admins included, finds them in no list, search, timeline, history or to-do,
 * and by id they are a 404. Visibility 'everyone' (the default) throughout.
 */

let t: TestApp;
let admin: Client;
let maja: Client; // manager
let ulla: Client; // user, responsible for the private activity
let pia: Client; // user, its additional user
let ulf: Client; // user, no part in it
let customer: Customer;
let secret: Activity;
let typeId: string;
const WORD = 'lægebesøg';

const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const ids = async (c: Client, url: string) => ((await c.get(url)).json() as { items: { id: string }[] }).items.map((i) => i.id);
const historyNames = async (c: Client) =>
  ((await c.get(`/api/v1/customers/${customer.id}/history?limit=200`)).json() as { items: { entityName: string | null }[] }).items.map((i) => i.entityName);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [maja, ulla, pia, ulf] = await Promise.all([newUser(t, admin, 'manager'), ...['Ulla', 'Pia', 'Ulf'].map((name) => newUser(t, admin, 'user', { name }))]);
  customer = await makeCustomer(t, admin, { name: 'Klinik ApS', responsibleId: ulla.user.id });
  typeId = await activityType(t, admin, 'meeting');
  const body = {
    typeId,
    subject: `Privat ${WORD}`,
    customerId: customer.id,
    additionalUserIds: [pia.user.id],
    private: true,
    scheduledAt: '2026-02-02T08:00:00Z',
  };
  secret = parse(activitySchema, await ulla.post('/api/v1/activities', body), 201);
});
afterAll(() => t.close());

describe('a private activity', () => {
  it('is read by its responsible and additional users', async () => {
    expect(secret.private).toBe(true);
    for (const c of [ulla, pia]) {
      expect(await status(c.get(`/api/v1/activities/${secret.id}`))).toBe(200);
      expect(await ids(c, `/api/v1/activities?q=${WORD}`)).toEqual([secret.id]);
      expect(await ids(c, `/api/v1/customers/${customer.id}/activities`)).toEqual([secret.id]);
    }
    expect(await ids(ulla, '/api/v1/todo')).toContain(secret.id);
    expect(await historyNames(ulla)).toContain(secret.subject);
  });

  it('is a 404 and absent from lists, searches, timelines, history and to-dos for everyone else, managers and admins too', async () => {
    for (const c of [maja, admin, ulf]) {
      expect(await status(c.get(`/api/v1/activities/${secret.id}`))).toBe(404);
      expect(await status(c.patch(`/api/v1/activities/${secret.id}`, { subject: 'Seen' }))).toBe(404);
      expect(await ids(c, `/api/v1/activities?q=${WORD}`)).toEqual([]);
      expect(await ids(c, `/api/v1/customers/${customer.id}/activities`)).toEqual([]);
      // Ulla's start page as someone else asks for it (the prepared statement), and everyone's.
      expect(await ids(c, `/api/v1/todo?responsibleId=${ulla.user.id}`)).toEqual([]);
      expect(await ids(c, '/api/v1/todo?responsibleId=all&limit=500')).not.toContain(secret.id);
      const counts = (await c.get(`/api/v1/todo/counts?responsibleId=${ulla.user.id}`)).json() as Record<string, number>;
      expect(counts.overdue + counts.today + counts.future).toBe(0);
      expect(await historyNames(c)).not.toContain(secret.subject);
    }
    expect(((await admin.get('/api/v1/audit-log?entity=activity')).json() as { items: { entityId: string }[] }).items.map((e) => e.entityId)).not.toContain(
      secret.id,
    );
  });

  it('passes its privacy on to its follow-up, and shows once it is no longer private', async () => {
    const done = await ulla.post(`/api/v1/activities/${secret.id}/complete`, {
      followUp: { scheduledAt: '2026-03-01T08:00:00Z', typeId, text: `Kontrol ${WORD}` },
    });
    const { next } = done.json() as { next: Activity };
    expect(next.private).toBe(true);
    expect(await status(maja.get(`/api/v1/activities/${next.id}`))).toBe(404);
    expect(parse(activitySchema, await ulla.patch(`/api/v1/activities/${secret.id}`, { private: false })).private).toBe(false);
    expect(await status(maja.get(`/api/v1/activities/${secret.id}`))).toBe(200);
    expect(await ids(maja, `/api/v1/activities?q=${WORD}`)).toEqual([secret.id]);
  });
});
