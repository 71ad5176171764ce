import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import { activitySchema, activityStatusSchema, activityTypeSchema, activityWithNextSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { customerSchema } from '../../../shared/customers';
import { makeContact, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let alice: Client; // admin of workspace A
let carl: Client; // user in workspace A
let bob: Client; // admin of another workspace
let types: Record<string, string>;
let statuses: Record<string, string>;
let customer: { id: string };
let otherCustomer: { id: string };
let contact: { id: string };
let otherContact: { id: string };

type Answer = Promise<LightMyRequestResponse>;
const activities = listOf(activitySchema);
type Page = z.output<typeof activities>;
/** Answers read through the shared contract: an activity, a completion (with or without a follow-up), a page. */
const ok = async (res: Answer, status = 200) => parse(activitySchema, await res, status);
const completed = async (res: Answer) => parse(activityWithNextSchema, await res, 200);
const followedUp = async (res: Answer) => parse(activityWithNextSchema.extend({ next: activitySchema }), await res, 200);
const page = async (res: Answer): Promise<Page> => parse(activities, await res, 200);

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  carl = await newUser(t, alice, 'user', { name: 'Carl Sørensen' });
  bob = await newWorkspace(t);
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await alice.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  statuses = Object.fromEntries(parse(listOf(activityStatusSchema), await alice.get('/api/v1/activity-statuses')).items.map((x) => [x.key, x.id]));
  customer = await makeCustomer(t, alice, { name: 'Østergaard Tømrer ApS' });
  otherCustomer = await makeCustomer(t, alice, { name: 'Kovács és Társa Kft.' });
  contact = await makeContact(t, alice, customer.id, { firstName: 'Søren', lastName: 'Bæk' });
  otherContact = await makeContact(t, alice, otherCustomer.id, { firstName: 'Éva', lastName: 'Tóth' });
});
afterAll(() => t.close());

const newActivity = (c: Client, body: object) =>
  ok(c.post('/api/v1/activities', { typeId: types.call, subject: 'Call', customerId: customer.id, ...body }), 201);

describe('activity types and statuses', () => {
  it('seeds a new workspace with the contract keys in its language', async () => {
    const en = (await alice.get('/api/v1/activity-types')).json().items;
    expect(en.map((x: { key: string }) => x.key)).toEqual(['call', 'meeting', 'quote', 'email', 'note', 'follow_up', 'task']);
    expect(en[0]).toMatchObject({ key: 'call', name: 'Call', icon: 'phone', active: true, completionSetsCustomerStatus: null });
    expect(en[0].color).toMatch(/^#[0-9a-f]{6}$/);
    const st = (await alice.get('/api/v1/activity-statuses')).json().items;
    expect(st.map((x: { key: string; closed: boolean }) => [x.key, x.closed])).toEqual([
      ['scheduled', false],
      ['postponed', false],
      ['done', false],
      ['succeeded', true],
      ['cancelled', true],
    ]);
    const dane = await newWorkspace(t, { locale: 'da' });
    const da = (await dane.get('/api/v1/activity-types')).json().items;
    expect(da.find((x: { key: string }) => x.key === 'meeting').name).toBe('Møde');
    expect((await dane.get('/api/v1/activity-statuses')).json().items.find((x: { key: string }) => x.key === 'scheduled').name).toBe('Planlagt');
    // Each workspace has its own lists.
    expect(da[0].id).not.toBe(en[0].id);
  });
});

describe('creating and changing activities', () => {
  it('creates with defaults (responsible = caller, status scheduled) and reads it back', async () => {
    const a = await newActivity(alice, {
      subject: 'Ring om tilbud',
      note: 'Spørg til prisen',
      contactId: contact.id,
      scheduledAt: '2026-11-22T09:30:00+01:00',
    });
    expect(a).toMatchObject({
      subject: 'Ring om tilbud',
      note: 'Spørg til prisen',
      customerId: customer.id,
      contactId: contact.id,
      responsibleId: alice.user.id,
      statusId: statuses.scheduled,
      scheduledAt: '2026-11-22T08:30:00.000Z',
      allDay: false,
      done: false,
      doneAt: null,
      previousActivityId: null,
      nextActivityId: null,
      additionalCustomerIds: [],
      additionalUserIds: [],
      salesProjectId: null,
      campaignId: null,
      createdById: alice.user.id,
    });
    expect(await ok(alice.get(`/api/v1/activities/${a.id}`))).toEqual(a);
  });

  it('takes the customer from the contact, additional customers and users, sales project and campaign', async () => {
    const salesProjectId = '11111111-1111-4111-8111-111111111111';
    const a = await newActivity(alice, {
      customerId: undefined,
      contactId: contact.id,
      additionalCustomerIds: [otherCustomer.id],
      additionalUserIds: [carl.user.id],
      responsibleId: carl.user.id,
      salesProjectId,
      done: true,
    });
    expect(a).toMatchObject({
      customerId: customer.id,
      additionalCustomerIds: [otherCustomer.id],
      additionalUserIds: [carl.user.id],
      responsibleId: carl.user.id,
      salesProjectId,
      done: true,
      statusId: statuses.done,
    });
    expect(a.doneAt).not.toBeNull();
  });

  it('stores an all-day activity on the date written', async () => {
    const a = await newActivity(alice, { scheduledAt: '2026-12-24T00:00:00+13:00', allDay: true });
    expect(a.scheduledAt).toBe('2026-12-24T00:00:00.000Z');
  });

  it("happens now without a time, or today (the caller's) when all-day", async () => {
    const before = Date.now();
    const now = await newActivity(alice, {});
    expect(Date.parse(now.scheduledAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(now.scheduledAt ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
    const today = await newActivity(alice, { allDay: true });
    const copenhagenToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    expect(today.scheduledAt).toBe(`${copenhagenToday}T00:00:00.000Z`);
  });

  it('rejects bad input naming the field, and stores nothing', async () => {
    const count = async () => (await alice.get('/api/v1/activities?limit=500')).json().items.length;
    const before = await count();
    const cases: [object, string][] = [
      [{ contactId: otherContact.id }, 'contactId'],
      [{ scheduledAt: 'tomorrow' }, 'scheduledAt'],
      [{ scheduledAt: '2026-11-22T09:30:00' }, 'scheduledAt'],
      [{ scheduledAt: '2026-13-45T09:30:00Z' }, 'scheduledAt'],
      [{ scheduledAt: '2026-11-22T10:00:00Z', endsAt: '2026-11-22T09:00:00Z' }, 'endsAt'],
      [{ typeId: 'nope' }, 'typeId'],
      [{ subject: '  ' }, 'subject'],
      [{ customerId: '00000000-0000-4000-8000-000000000000' }, 'customerId'],
      [{ additionalCustomerIds: ['00000000-0000-4000-8000-000000000000'] }, 'additionalCustomerIds'],
      [{ additionalUserIds: [bob.user.id] }, 'additionalUserIds'],
      [{ responsibleId: bob.user.id }, 'responsibleId'],
      [{ contactId: '00000000-0000-4000-8000-000000000000' }, 'contactId'],
    ];
    for (const [body, field] of cases) {
      const res = await alice.post('/api/v1/activities', { typeId: types.call, subject: 'X', customerId: customer.id, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(body)).toHaveProperty(field);
    }
    // Ids from another workspace are unknown here.
    const bobsTypes = (await bob.get('/api/v1/activity-types')).json().items;
    const bobsCustomer = await makeCustomer(t, bob, { name: 'Bob Corp' });
    expect((await alice.post('/api/v1/activities', { typeId: bobsTypes[0].id, subject: 'X' })).json().error.fields).toHaveProperty('typeId');
    expect((await alice.post('/api/v1/activities', { typeId: types.call, subject: 'X', customerId: bobsCustomer.id })).json().error.fields).toHaveProperty(
      'customerId',
    );
    expect(await count()).toBe(before);
  });

  it('changes fields and moves to another customer, dropping the old contact', async () => {
    const a = await newActivity(alice, { contactId: contact.id });
    const changed = await ok(alice.patch(`/api/v1/activities/${a.id}`, { subject: 'Møde i Győr', typeId: types.meeting, note: '' }));
    expect(changed).toMatchObject({ subject: 'Møde i Győr', typeId: types.meeting, note: null, contactId: contact.id });
    const moved = await ok(alice.patch(`/api/v1/activities/${a.id}`, { customerId: otherCustomer.id }));
    expect(moved).toMatchObject({ customerId: otherCustomer.id, contactId: null });
    const bad = await alice.patch(`/api/v1/activities/${a.id}`, { contactId: contact.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('contactId');
    const ticked = await ok(alice.patch(`/api/v1/activities/${a.id}`, { done: true }));
    expect(ticked.done).toBe(true);
    expect(ticked.doneAt).not.toBeNull();
  });

  it("answers 404 for another workspace's activity on every route", async () => {
    const a = await newActivity(alice, {});
    for (const res of [
      await bob.get(`/api/v1/activities/${a.id}`),
      await bob.patch(`/api/v1/activities/${a.id}`, { subject: 'Stolen' }),
      await bob.delete(`/api/v1/activities/${a.id}`),
      await bob.post(`/api/v1/activities/${a.id}/complete`, {}),
      await bob.post(`/api/v1/activities/${a.id}/reopen`),
      await bob.get(`/api/v1/activities/${a.id}/chain`),
      await bob.get(`/api/v1/customers/${customer.id}/activities`),
      await bob.get(`/api/v1/contacts/${contact.id}/activities`),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await ok(alice.get(`/api/v1/activities/${a.id}`))).subject).toBe('Call');
    expect((await bob.get('/api/v1/activities')).json().items).toEqual([]);
    expect((await alice.get('/api/v1/activities/not-an-id')).json().error.fields).toHaveProperty('id');
  });

  it('describes every activity and to-do route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/activity-types',
      '/api/v1/activity-statuses',
      '/api/v1/activities',
      '/api/v1/activities/{id}',
      '/api/v1/activities/{id}/complete',
      '/api/v1/activities/{id}/reopen',
      '/api/v1/activities/{id}/chain',
      '/api/v1/customers/{id}/activities',
      '/api/v1/contacts/{id}/activities',
      '/api/v1/todo',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.paths['/api/v1/activities/{id}/complete'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/todo'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['responsibleId', 'typeId', 'from', 'to', 'period', 'includeDone', 'cursor', 'limit']),
    );
  });

  it('requires sign-in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/activities' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/todo' })).statusCode).toBe(401);
  });
});

describe('follow-up chains', () => {
  it('completes and creates the next activity in one step', async () => {
    const a = await newActivity(alice, {
      subject: 'Send tilbud',
      contactId: contact.id,
      typeId: types.quote,
      campaignId: '22222222-2222-4222-8222-222222222222',
    });
    const { activity, next } = await followedUp(
      alice.post(`/api/v1/activities/${a.id}/complete`, {
        note: 'Tilbud sendt',
        followUp: { scheduledAt: '2026-12-01T10:00:00+01:00', typeId: types.follow_up, text: 'Følg op på tilbud', responsibleId: carl.user.id },
      }),
    );
    expect(activity).toMatchObject({ done: true, note: 'Tilbud sendt', statusId: statuses.done, nextActivityId: next.id });
    expect(next).toMatchObject({
      subject: 'Følg op på tilbud',
      typeId: types.follow_up,
      customerId: customer.id,
      contactId: contact.id,
      responsibleId: carl.user.id,
      previousActivityId: a.id,
      nextActivityId: null,
      done: false,
      statusId: statuses.scheduled,
      scheduledAt: '2026-12-01T09:00:00.000Z',
      campaignId: '22222222-2222-4222-8222-222222222222',
    });
    // Completing again, or a second follow-up from the same activity: 409, nothing created.
    expect((await alice.post(`/api/v1/activities/${a.id}/complete`, {})).statusCode).toBe(409);
    const twice = await alice.patch(`/api/v1/activities/${a.id}`, {
      followUp: { scheduledAt: '2026-12-02T10:00:00+01:00', typeId: types.call, text: 'Again' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('conflict');
    const chain = (await page(alice.get(`/api/v1/activities/${next.id}/chain`))).items;
    expect(chain.map((x) => x.id)).toEqual([a.id, next.id]);
  });

  it('chains from a PATCH without completing (the seed trigger), and refuses a fork', async () => {
    const a = await newActivity(alice, { subject: 'Første møde', typeId: types.meeting });
    const patched = await ok(
      alice.patch(`/api/v1/activities/${a.id}`, {
        note: 'Gik godt',
        followUp: { scheduledAt: '2026-12-05T00:00:00+01:00', allDay: true, typeId: types.call, text: 'Ring tilbage' },
      }),
    );
    expect(patched).toMatchObject({ done: false, note: 'Gik godt' });
    expect(patched.nextActivityId).toBeTruthy();
    const next = await ok(alice.get(`/api/v1/activities/${patched.nextActivityId}`));
    expect(next).toMatchObject({
      subject: 'Ring tilbage',
      allDay: true,
      scheduledAt: '2026-12-05T00:00:00.000Z',
      previousActivityId: a.id,
      responsibleId: alice.user.id,
    });
    // Completing it with another follow-up would fork the chain.
    const fork = await alice.post(`/api/v1/activities/${a.id}/complete`, {
      followUp: { scheduledAt: '2026-12-06T10:00:00Z', typeId: types.call, text: 'Fork' },
    });
    expect(fork.statusCode).toBe(409);
    expect((await ok(alice.get(`/api/v1/activities/${a.id}`))).done).toBe(false);
    // The refused PATCH changed nothing either.
    const refused = await alice.patch(`/api/v1/activities/${a.id}`, {
      subject: 'Changed',
      followUp: { scheduledAt: '2026-12-06T10:00:00Z', typeId: types.call, text: 'Fork' },
    });
    expect(refused.statusCode).toBe(409);
    expect((await ok(alice.get(`/api/v1/activities/${a.id}`))).subject).toBe('Første møde');
  });

  it('a failed complete changes nothing', async () => {
    const a = await newActivity(alice, { subject: 'Uændret' });
    const cases: [object, string][] = [
      [{ note: 'x', followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: '00000000-0000-4000-8000-000000000000', text: 'x' } }, 'followUp.typeId'],
      [{ note: 'x', followUp: { scheduledAt: 'next week', typeId: types.call, text: 'x' } }, 'followUp.scheduledAt'],
      [{ note: 'x', followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text: 'x', responsibleId: bob.user.id } }, 'followUp.responsibleId'],
      [{ note: 'x', followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text: '' } }, 'followUp.text'],
      [{ note: 'x', statusId: '00000000-0000-4000-8000-000000000000' }, 'statusId'],
    ];
    for (const [body, field] of cases) {
      const res = await alice.post(`/api/v1/activities/${a.id}/complete`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields, res.body).toHaveProperty(field);
    }
    expect(await ok(alice.get(`/api/v1/activities/${a.id}`))).toEqual(a);
  });

  it('completes with a chosen status, without a follow-up', async () => {
    const a = await newActivity(alice, {});
    const res = await completed(alice.post(`/api/v1/activities/${a.id}/complete`, { statusId: statuses.succeeded }));
    expect(res.next).toBeNull();
    expect(res.activity).toMatchObject({ done: true, statusId: statuses.succeeded, nextActivityId: null });
  });

  it('reopens without duplicating the follow-up', async () => {
    const a = await newActivity(alice, {});
    const { next } = await followedUp(
      alice.post(`/api/v1/activities/${a.id}/complete`, { followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text: 'Next' } }),
    );
    const reopened = await ok(alice.post(`/api/v1/activities/${a.id}/reopen`));
    expect(reopened).toMatchObject({ done: false, doneAt: null, statusId: statuses.scheduled, nextActivityId: next.id });
    expect((await alice.post(`/api/v1/activities/${a.id}/reopen`)).statusCode).toBe(409);
    const chain = (await page(alice.get(`/api/v1/activities/${a.id}/chain`))).items;
    expect(chain.map((x) => x.id)).toEqual([a.id, next.id]);
    // Completing again without a follow-up is fine; asking for another one is not.
    expect(
      (await alice.post(`/api/v1/activities/${a.id}/complete`, { followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text: 'Dup' } }))
        .statusCode,
    ).toBe(409);
    const again = await completed(alice.post(`/api/v1/activities/${a.id}/complete`, {}));
    expect(again.activity.done).toBe(true);
  });

  it('answers one of two simultaneous follow-ups with 409', async () => {
    const a = await newActivity(alice, {});
    const body = { followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text: 'Race' } };
    const results = await Promise.all([alice.patch(`/api/v1/activities/${a.id}`, body), alice.patch(`/api/v1/activities/${a.id}`, body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await page(alice.get(`/api/v1/activities/${a.id}/chain`))).items.length).toBe(2);
  });

  it('returns a long chain in order from any link, and heals it when a link is deleted', async () => {
    const first = await newActivity(alice, { subject: 'Link 0' });
    const ids = [first.id];
    for (let i = 1; i <= 4; i++) {
      const res = await followedUp(
        alice.post(`/api/v1/activities/${ids[i - 1]}/complete`, {
          followUp: { scheduledAt: `2026-12-0${i}T10:00:00Z`, typeId: types.call, text: `Link ${i}` },
        }),
      );
      ids.push(res.next.id);
    }
    for (const id of [ids[0], ids[2], ids[4]]) {
      const chain = (await page(alice.get(`/api/v1/activities/${id}/chain`))).items;
      expect(chain.map((x) => x.subject)).toEqual(['Link 0', 'Link 1', 'Link 2', 'Link 3', 'Link 4']);
    }
    const deleted = await ok(alice.delete(`/api/v1/activities/${ids[2]}`));
    expect(deleted.id).toBe(ids[2]);
    expect((await alice.get(`/api/v1/activities/${ids[2]}`)).statusCode).toBe(404);
    const healed = (await page(alice.get(`/api/v1/activities/${ids[4]}/chain`))).items;
    expect(healed.map((x) => x.subject)).toEqual(['Link 0', 'Link 1', 'Link 3', 'Link 4']);
    expect((await ok(alice.get(`/api/v1/activities/${ids[3]}`))).previousActivityId).toBe(ids[1]);
  });
});

describe('timelines', () => {
  it("shows a customer's own and additional activities, newest first, with filters", async () => {
    const c = await makeCustomer(t, alice, { name: 'Timeline A/S' });
    const p = await makeContact(t, alice, c.id, { firstName: 'Ida', lastName: '' });
    const old = await newActivity(alice, { customerId: c.id, subject: 'Old', scheduledAt: '2025-01-01T10:00:00Z', done: true });
    const mid = await newActivity(alice, {
      customerId: customer.id,
      additionalCustomerIds: [c.id],
      subject: 'Shared',
      scheduledAt: '2026-01-01T10:00:00Z',
      typeId: types.meeting,
    });
    const recent = await newActivity(alice, { customerId: c.id, contactId: p.id, subject: 'Recent', scheduledAt: '2026-06-01T10:00:00Z' });
    const list = async (url: string) => (await page(alice.get(url))).items.map((x) => x.id);
    expect(await list(`/api/v1/customers/${c.id}/activities`)).toEqual([recent.id, mid.id, old.id]);
    expect(await list(`/api/v1/customers/${c.id}/activities?done=true`)).toEqual([old.id]);
    expect(await list(`/api/v1/customers/${c.id}/activities?done=false`)).toEqual([recent.id, mid.id]);
    expect(await list(`/api/v1/customers/${c.id}/activities?typeId=${types.meeting}`)).toEqual([mid.id]);
    expect(await list(`/api/v1/contacts/${p.id}/activities`)).toEqual([recent.id]);
    expect(await list(`/api/v1/customers/${customer.id}/activities?limit=500`)).toContain(mid.id);
    // Paging through a timeline.
    const first = await page(alice.get(`/api/v1/customers/${c.id}/activities?limit=2`));
    expect(first.items.map((x) => x.id)).toEqual([recent.id, mid.id]);
    const second = await page(alice.get(`/api/v1/customers/${c.id}/activities?limit=2&cursor=${first.nextCursor}`));
    expect(second.items.map((x) => x.id)).toEqual([old.id]);
    expect(second.nextCursor).toBeNull();
    // A contact's timeline pages the same way.
    const earlier = await newActivity(alice, { customerId: c.id, contactId: p.id, subject: 'Earlier with Ida', scheduledAt: '2025-06-01T10:00:00Z' });
    const ida1 = await page(alice.get(`/api/v1/contacts/${p.id}/activities?limit=1`));
    expect(ida1.items.map((x) => x.id)).toEqual([recent.id]);
    const ida2 = await page(alice.get(`/api/v1/contacts/${p.id}/activities?limit=1&cursor=${ida1.nextCursor}`));
    expect(ida2.items.map((x) => x.id)).toEqual([earlier.id]);
    expect(ida2.nextCursor).toBeNull();
    expect((await alice.get('/api/v1/customers/00000000-0000-4000-8000-000000000000/activities')).statusCode).toBe(404);
  });

  it('hides the activities of a customer in the trash and brings them back on restore', async () => {
    const c = await makeCustomer(t, alice, { name: 'Trash Kft.' });
    const a = await newActivity(alice, { customerId: c.id, subject: 'Hidden soon', scheduledAt: '2026-11-20T10:00:00Z' });
    const before = await ok(alice.get(`/api/v1/activities/${a.id}`));
    parse(customerSchema, await alice.delete(`/api/v1/customers/${c.id}`));
    expect((await alice.get(`/api/v1/activities/${a.id}`)).statusCode).toBe(404);
    expect((await alice.get(`/api/v1/customers/${c.id}/activities`)).statusCode).toBe(404);
    expect((await page(alice.get('/api/v1/activities?q=hidden'))).items.length).toBe(0);
    expect((await page(alice.get('/api/v1/todo?responsibleId=all&limit=500'))).items.map((x) => x.id)).not.toContain(a.id);
    parse(customerSchema, await alice.post(`/api/v1/customers/${c.id}/restore`));
    expect(await ok(alice.get(`/api/v1/activities/${a.id}`))).toEqual(before);
  });

  it('fills whole search pages past a trashed customer and keeps internal activities (no customer) while one is in the trash', async () => {
    const gone = await makeCustomer(t, alice, { name: 'Papirkurv ApS' });
    const word = `zebrafink${Date.now().toString(36)}`;
    // The trashed customer's activities are the newest matches: a page must skip them, not come back short.
    for (let i = 0; i < 3; i++) await newActivity(alice, { customerId: gone.id, subject: `${word} trashed ${i}`, scheduledAt: `2026-11-2${i}T10:00:00Z` });
    const internal = await newActivity(alice, { customerId: null, subject: `${word} internal`, scheduledAt: '2026-11-10T10:00:00Z' });
    const kept = await newActivity(alice, { subject: `${word} kept`, scheduledAt: '2026-11-05T10:00:00Z' });
    parse(customerSchema, await alice.delete(`/api/v1/customers/${gone.id}`));
    const first = await page(alice.get(`/api/v1/activities?q=${word}&limit=1`));
    expect(first.items.map((x) => x.id)).toEqual([internal.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = await page(alice.get(`/api/v1/activities?q=${word}&limit=1&cursor=${first.nextCursor}`));
    expect(second.items.map((x) => x.id)).toEqual([kept.id]);
    expect(second.nextCursor).toBeNull();
    const all = await page(alice.get(`/api/v1/activities?q=${word}`));
    expect(all.items.map((x) => x.id)).toEqual([internal.id, kept.id]);
  });
});

describe('search', () => {
  let ids: Record<string, string>;
  const salesProjectId = '33333333-3333-4333-8333-333333333333';
  const campaignId = '44444444-4444-4444-8444-444444444444';

  beforeAll(async () => {
    const mk = async (key: string, body: object) => [key, (await newActivity(alice, body)).id] as const;
    ids = Object.fromEntries([
      await mk('da', { subject: 'Møde om køkkenrenovering', note: 'Kunden ønsker tilbud på ege-låger', scheduledAt: '2024-03-01T10:00:00+01:00', done: true }),
      await mk('hu', {
        subject: 'Árajánlat küldése',
        note: 'Győri telephely bővítése, határidő péntek',
        customerId: otherCustomer.id,
        contactId: otherContact.id,
        scheduledAt: '2025-05-10T10:00:00+02:00',
        typeId: types.quote,
        salesProjectId,
      }),
      await mk('he', {
        subject: 'פגישה עם מנהל הרכש',
        note: 'לשלוח הצעת מחיר',
        scheduledAt: '2025-09-01T10:00:00+03:00',
        responsibleId: carl.user.id,
        campaignId,
      }),
      await mk('no', {
        subject: 'Oppfølging av tilbud',
        note: 'Ring Håkon om trelast',
        scheduledAt: '2026-02-01T10:00:00+01:00',
        statusId: statuses.postponed,
      }),
      await mk('en', {
        subject: 'Quarterly review',
        note: 'Discuss the AB test results',
        scheduledAt: '2026-04-01T10:00:00+02:00',
        additionalCustomerIds: [otherCustomer.id],
      }),
    ]);
  });

  const search = async (query: string) => {
    const items = (await page(alice.get(`/api/v1/activities?limit=500&${query}`))).items.map((x) => x.id);
    return Object.entries(ids)
      .filter(([, id]) => items.includes(id))
      .map(([key]) => key);
  };
  const q = (text: string) => search(`q=${encodeURIComponent(text)}`);

  it('finds words in subject and note in any language, ignoring case and accents', async () => {
    expect(await q('køkken')).toEqual(['da']);
    expect(await q('KOKKEN')).toEqual(['da']);
    expect(await q('moede')).toEqual([]); // ø folds to o, not oe
    expect(await q('mode koekken')).toEqual([]);
    expect(await q('møde ege')).toEqual(['da']);
    expect(await q('arajanlat')).toEqual(['hu']);
    expect(await q('győri határidő')).toEqual(['hu']);
    expect(await q('GYORI hatarido')).toEqual(['hu']);
    expect(await q('הרכש')).toEqual(['he']);
    expect(await q('מחיר פגישה')).toEqual(['he']);
    expect(await q('håkon')).toEqual(['no']);
    expect(await q('hakon trelast')).toEqual(['no']);
    expect(await q('tilbud')).toEqual(['da', 'no']);
  });

  it('matches partial words, needs every word, and treats LIKE wildcards literally', async () => {
    expect(await q('renover')).toEqual(['da']);
    expect(await q('ovation')).toEqual([]);
    expect(await q('novering')).toEqual(['da']);
    expect(await q('bővít')).toEqual(['hu']);
    expect(await q('quarter review')).toEqual(['en']);
    expect(await q('quarter nothinglikethis')).toEqual([]);
    expect(await q('AB')).toEqual(['en']); // two letters: start of a word
    expect(await q('ab test')).toEqual(['en']);
    expect(await q('עם')).toEqual(['he']); // a two-letter Hebrew word
    expect(await q('b')).toEqual(['hu']); // only "bővítése" starts with b

    expect(await q('%')).toEqual([]);
    expect(await q('_')).toEqual([]);
  });

  it('filters by every field of the contract', async () => {
    expect(await search(`customerId=${otherCustomer.id}`)).toEqual(['hu', 'en']);
    expect(await search(`contactId=${otherContact.id}`)).toEqual(['hu']);
    expect(await search(`responsibleId=${carl.user.id}`)).toEqual(['he']);
    expect(await search(`typeId=${types.quote}`)).toEqual(['hu']);
    expect(await search(`statusId=${statuses.postponed}`)).toEqual(['no']);
    expect(await search('done=true')).toEqual(['da']);
    expect((await search('done=false')).sort()).toEqual(['en', 'he', 'hu', 'no']);
    expect(await search(`salesProjectId=${salesProjectId}`)).toEqual(['hu']);
    expect(await search(`campaignId=${campaignId}`)).toEqual(['he']);
    expect(await search('from=2025-01-01&to=2025-12-31')).toEqual(['hu', 'he']);
    expect(await search('from=2025-09-01T10:00:00%2B03:00&to=2025-09-01T10:00:00%2B03:00')).toEqual(['he']);
    expect(await search('to=2024-03-01')).toEqual(['da']);
    // An unencoded + arrives as a space and still means +.
    expect(await search('from=2025-09-01T10:00:00+03:00&to=2025-09-01T10:00:00+03:00')).toEqual(['he']);
    expect(await search(`q=tilbud&done=false&statusId=${statuses.postponed}`)).toEqual(['no']);
  });

  it('rejects filters that are not dates or ids, naming them', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['to=2026-02-30T25:00:00Z', 'to'],
      ['customerId=abc', 'customerId'],
      ['done=maybe', 'done'],
      ['cursor=garbage', 'cursor'],
    ]) {
      const res = await alice.get(`/api/v1/activities?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.fields, query).toHaveProperty(field);
    }
  });

  it('answers a made-up cursor with 400 naming the cursor on every list, never a database error', async () => {
    const madeUp = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const lists = [
      '/api/v1/todo',
      '/api/v1/activities',
      `/api/v1/customers/${customer.id}/activities`,
      `/api/v1/contacts/${contact.id}/activities`,
      '/api/v1/customers',
      '/api/v1/customers?deleted=true',
      '/api/v1/contacts',
      '/api/v1/audit-log',
    ];
    for (const list of lists) {
      for (const values of [
        ['nope', 'nope'],
        ['2026-11-22T10:00:00.000Z', 'not-an-id'],
        ['nope', 'nope', 'nope'],
        [1, 2],
      ]) {
        const res = await alice.get(`${list}${list.includes('?') ? '&' : '?'}cursor=${madeUp(values)}`);
        expect(res.statusCode, `${list} ${JSON.stringify(values)}: ${res.body}`).toBe(400);
        expect(res.json().error.fields, list).toHaveProperty('cursor');
      }
    }
  });

  it('pages newest first without repeats or gaps', async () => {
    const all = (await page(alice.get('/api/v1/activities?limit=500'))).items.map((x) => x.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const body = await page(alice.get(`/api/v1/activities?limit=4${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...body.items.map((x) => x.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const dates = (await page(alice.get('/api/v1/activities?limit=500'))).items.map((x) => x.scheduledAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
