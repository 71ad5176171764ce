import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import type { Database } from '../../db/client';
import * as schema from '../../db/schema';
import type { Actor } from '../../db/scope';
import { completeActivity, createActivity } from './activities.service';
import { activityStatusSchema, activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { customerSchema } from '../../../shared/customers';
import { makeContact, makeCustomer, parse } from '../../../../test/factories';

/**
 * Creating and completing answer from the rows their INSERT and UPDATE return, not from a read
 * afterwards: these tests hold that answer to exactly what a read of the same activity gives.
 */

let t: TestApp;
let alice: Client;
let carl: Client;
let types: Record<string, string>;
let statuses: Record<string, string>;
let customer: { id: string; name: string };
let second: { id: string };
let third: { id: string };
let contact: { id: string };

type Json = Record<string, unknown> & { id: string };

const ok = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as Json;
};
const read = (id: string) => ok(alice.get(`/api/v1/activities/${id}`));

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  carl = await newUser(t, alice, 'user', { name: 'Carl Sørensen' });
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await alice.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  statuses = Object.fromEntries(parse(listOf(activityStatusSchema), await alice.get('/api/v1/activity-statuses')).items.map((x) => [x.key, x.id]));
  customer = await makeCustomer(t, alice, { name: 'Østergaard Tømrer ApS' });
  second = await makeCustomer(t, alice, { name: 'Kovács és Társa Kft.' });
  third = await makeCustomer(t, alice, { name: 'שלום בע״מ' });
  contact = await makeContact(t, alice, customer.id, { firstName: 'Søren', lastName: 'Bæk' });
});
afterAll(() => t.close());

describe('the answer of a write is what a read returns', () => {
  it('on create, whatever the request named', async () => {
    const bodies: object[] = [
      {
        typeId: types.call,
        subject: 'Ring',
        note: 'Spørg til prisen',
        customerId: customer.id,
        contactId: contact.id,
        scheduledAt: '2026-12-01T09:30:00+01:00',
      },
      // The customer comes from the contact, and so does its name.
      { typeId: types.call, subject: 'Via kontakten', contactId: contact.id },
      { typeId: types.note, subject: 'Internal, nobody named' },
      { typeId: types.call, subject: 'No status', statusId: null, customerId: customer.id },
      { typeId: types.meeting, subject: 'Møde', statusId: statuses.postponed, customerId: customer.id, endsAt: '2030-01-01T10:00:00Z', allDay: true },
      // Additional ids out of order, repeated, in capitals, and the own customer among them: stored once each, sorted.
      {
        typeId: types.call,
        subject: 'Many',
        customerId: customer.id,
        additionalCustomerIds: [third.id, second.id, customer.id, third.id].sort().reverse(),
        additionalUserIds: [carl.user.id.toUpperCase(), alice.user.id],
        responsibleId: carl.user.id,
      },
      { typeId: types.task, subject: 'Done at once', customerId: second.id, done: true },
    ];
    for (const body of bodies) {
      const created = await ok(alice.post('/api/v1/activities', body), 201);
      expect(await read(created.id), JSON.stringify(body)).toEqual(created);
    }
  });

  it('on create done with a customer-status rule: the customer moves, the answer is the read', async () => {
    await ok(alice.patch(`/api/v1/activity-types/${types.quote}`, { completionSetsCustomerStatus: 'customer' }));
    const lead = await makeCustomer(t, alice, { name: 'Leadsen ApS', status: 'lead' });
    const created = await ok(alice.post('/api/v1/activities', { typeId: types.quote, subject: 'Won', customerId: lead.id, done: true }), 201);
    expect(await read(created.id)).toEqual(created);
    expect(parse(customerSchema, await alice.get(`/api/v1/customers/${lead.id}`)).status).toBe('customer');
    await ok(alice.patch(`/api/v1/activity-types/${types.quote}`, { completionSetsCustomerStatus: null }));
  });

  it('on complete with a follow-up: both activities, with the chain links and the names', async () => {
    const a = await ok(
      alice.post('/api/v1/activities', {
        typeId: types.quote,
        subject: 'Tilbud',
        contactId: contact.id,
        additionalCustomerIds: [second.id],
        additionalUserIds: [carl.user.id],
        campaignId: '22222222-2222-4222-8222-222222222222',
      }),
      201,
    );
    const { activity, next } = (await ok(
      alice.post(`/api/v1/activities/${a.id}/complete`, {
        note: 'Sendt',
        followUp: { scheduledAt: '2026-12-01T10:00:00+01:00', typeId: types.follow_up, text: '  Følg op  ', responsibleId: carl.user.id },
      }),
    )) as unknown as { activity: Json; next: Json };
    expect(activity).toMatchObject({ done: true, nextActivityId: next.id, customerName: customer.name, contactName: 'Søren Bæk' });
    expect(next).toMatchObject({ previousActivityId: a.id, nextActivityId: null, customerName: customer.name, contactName: 'Søren Bæk', subject: 'Følg op' });
    expect(await read(a.id)).toEqual(activity);
    expect(await read(next.id)).toEqual(next);
    // Completing the follow-up without one of its own, with a chosen status.
    const last = (await ok(alice.post(`/api/v1/activities/${next.id}/complete`, { statusId: statuses.succeeded }))) as unknown as {
      activity: Json;
      next: null;
    };
    expect(last.next).toBeNull();
    expect(await read(next.id)).toEqual(last.activity);
  });

  it('on complete of an activity that already has its follow-up (from a PATCH)', async () => {
    const a = await ok(alice.post('/api/v1/activities', { typeId: types.meeting, subject: 'Møde' }), 201);
    const patched = await ok(
      alice.patch(`/api/v1/activities/${a.id}`, { followUp: { scheduledAt: '2026-12-05T10:00:00Z', typeId: types.call, text: 'Ring' } }),
    );
    const { activity } = (await ok(alice.post(`/api/v1/activities/${a.id}/complete`, { note: 'Holdt' }))) as unknown as { activity: Json };
    expect(activity.nextActivityId).toBe(patched.nextActivityId);
    expect(await read(a.id)).toEqual(activity);
  });

  it('completing an activity of a customer in the trash answers 404 and changes nothing', async () => {
    const c = await makeCustomer(t, alice, { name: 'Papirkurv ApS' });
    const a = await ok(alice.post('/api/v1/activities', { typeId: types.call, subject: 'Hidden', customerId: c.id }), 201);
    await ok(alice.delete(`/api/v1/customers/${c.id}`));
    const res = await alice.post(`/api/v1/activities/${a.id}/complete`, { followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text: 'x' } });
    expect(res.statusCode, res.body).toBe(404);
    await ok(alice.post(`/api/v1/customers/${c.id}/restore`));
    expect(await read(a.id)).toEqual(a);
  });

  it('two completions with follow-ups at once: one wins, the other leaves nothing behind', async () => {
    const a = await ok(alice.post('/api/v1/activities', { typeId: types.call, subject: 'Race', customerId: customer.id }), 201);
    const body = (text: string) => ({ note: text, followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: types.call, text } });
    const results = await Promise.all([
      alice.post(`/api/v1/activities/${a.id}/complete`, body('One')),
      alice.post(`/api/v1/activities/${a.id}/complete`, body('Two')),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json() as { activity: Json; next: Json };
    expect(await read(a.id)).toEqual(winner.activity);
    const chain = (await ok(alice.get(`/api/v1/activities/${a.id}/chain`))).items as Json[];
    expect(chain.map((x) => x.id)).toEqual([a.id, winner.next.id]);
  });
});

describe('statements per write', () => {
  /** The service on a handle that records every statement it sends (BEGIN and COMMIT aside: PGlite sends those itself). */
  function recording(log: string[]): Database {
    const logger = { logQuery: (query: string) => void (/^(begin|commit|rollback)/i.test(query) ? null : log.push(query)) };
    const client = (t.database.db as unknown as { $client: never }).$client;
    // The embedded engine on its own thread is reached through node-postgres too.
    return ((client as unknown) instanceof pg.Pool ? drizzlePg({ client, schema, logger }) : drizzlePglite({ client, schema, logger })) as unknown as Database;
  }
  const actor = (): Actor => ({
    userId: alice.user.id,
    workspaceId: alice.user.workspaceId,
    role: 'admin',
    locale: 'en',
    timeZone: 'Europe/Copenhagen',
    restricted: false,
  });

  it('creates with one look-up and one INSERT, and completes with a follow-up in one UPDATE and one INSERT (each with its change log INSERT)', async () => {
    const log: string[] = [];
    const db = recording(log);
    const created = await createActivity(db, actor(), {
      typeId: types.call,
      subject: 'Ring',
      note: 'x',
      customerId: customer.id,
      contactId: contact.id,
      scheduledAt: '2026-12-01T09:30:00+01:00',
    });
    // The look-up of every reference, defaults and names; the INSERT answering its row; its change log
    // entry; and the look-up of webhooks subscribed to the event (issue 19: no webhook, nothing more).
    const webhookLookUps = () => log.filter((q) => /from "webhooks"/i.test(q)).length;
    expect(log).toHaveLength(4);
    expect(webhookLookUps()).toBe(1);
    log.length = 0;
    await completeActivity(db, actor(), created.id, {
      note: 'Done',
      followUp: { scheduledAt: '2026-12-08T09:30:00+01:00', typeId: types.follow_up, text: 'Again' },
    });
    // The UPDATE (answering the activity and every check), the follow-up's INSERT, a change log entry
    // for each, and the webhook look-up of each event (completed, created).
    expect(webhookLookUps()).toBe(2);
    expect(log).toHaveLength(6);
  });

  it('asks for no webhooks when the request found none in the workspace (the session look-up says so)', async () => {
    const log: string[] = [];
    const db = recording(log);
    const quiet: Actor = { ...actor(), webhooks: false };
    const created = await createActivity(db, quiet, { typeId: types.call, subject: 'Ring', customerId: customer.id, scheduledAt: '2026-12-01T09:30:00+01:00' });
    expect(log.filter((q) => /from "webhooks"/i.test(q))).toEqual([]);
    expect(log).toHaveLength(3);
    log.length = 0;
    await completeActivity(db, quiet, created.id, {
      note: 'Done',
      followUp: { scheduledAt: '2026-12-08T09:30:00+01:00', typeId: types.follow_up, text: 'Again' },
    });
    expect(log.filter((q) => /from "webhooks"/i.test(q))).toEqual([]);
    expect(log).toHaveLength(4);
  });
});
