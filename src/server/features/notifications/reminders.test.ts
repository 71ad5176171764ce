import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { notificationListSchema } from '../../../shared/notifications';
import { activityType, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { startSmtpSink } from '../../../../test/smtp-sink';
import { deliverReminders } from './reminders.service';

let t: TestApp;
let alice: Client;
let callType: string;
let customerId: string;

const HOUR = 3_600_000;
const MIN = 60_000;
const inFuture = (ms: number) => new Date(Date.now() + ms);
/** A delivery run "at" a given instant, as the job runs it (mail is off in this app). */
const deliverAt = (at: Date) => deliverReminders(t.database.db, { mailer: t.app.mail, publicUrl: 'http://tend.test' }, at);

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  callType = await activityType(t, alice, 'call');
  customerId = (await makeCustomer(t, alice, { name: 'Påmindelse ApS' })).id;
});
afterAll(() => t.close());

async function activityWith(reminders: number[], at: Date, by = alice) {
  const body = { typeId: callType, subject: `Call at ${at.toISOString()}`, customerId, scheduledAt: at.toISOString(), reminders };
  return parse(activitySchema, await by.post('/api/v1/activities', body), 201);
}
const notificationsOf = async (c: Client) => parse(notificationListSchema, await c.get('/api/v1/notifications'));
const forActivity = async (c: Client, id: string) => (await notificationsOf(c)).items.filter((n) => n.activityId === id);

describe('reminders', () => {
  it('are validated: whole minutes from 0 to 4 weeks, at most 10', async () => {
    for (const reminders of [[-1], [40_321], [1.5], ['10'], [...Array(11).keys()]]) {
      const error = refusal(await alice.post('/api/v1/activities', { typeId: callType, subject: 'Bad', reminders }), 400);
      expect(Object.keys(error.fields ?? {}).join(), JSON.stringify(reminders)).toMatch(/^reminders/);
    }
  });

  it('are answered distinct and ascending, and changed by a PATCH', async () => {
    const a = await activityWith([60, 15, 60], inFuture(3 * HOUR));
    expect(a.reminders).toEqual([15, 60]);
    expect(parse(activitySchema, await alice.get(`/api/v1/activities/${a.id}`)).reminders).toEqual([15, 60]);
    expect(parse(activitySchema, await alice.patch(`/api/v1/activities/${a.id}`, { reminders: [5] })).reminders).toEqual([5]);
  });

  it('a due reminder becomes one notification, once, with what the bell shows', async () => {
    const at = inFuture(2 * HOUR);
    const a = await activityWith([30, 60], at);
    await deliverAt(new Date());
    expect(await forActivity(alice, a.id)).toEqual([]);
    await deliverAt(new Date(at.getTime() - 45 * MIN));
    await deliverAt(new Date(at.getTime() - 44 * MIN));
    const [n, ...more] = await forActivity(alice, a.id);
    expect(more).toEqual([]);
    expect(n).toMatchObject({
      kind: 'reminder',
      at: new Date(at.getTime() - 60 * MIN).toISOString(),
      readAt: null,
      subject: a.subject,
      customerName: 'Påmindelse ApS',
    });
    await deliverAt(new Date(at.getTime() + MIN));
    expect((await forActivity(alice, a.id)).map((x) => x.at)).toEqual(
      [new Date(at.getTime() - 30 * MIN), new Date(at.getTime() - 60 * MIN)].map((d) => d.toISOString()),
    );
  });

  it('are listed a page at a time, newest first, with a cursor; a made-up cursor is a 400 naming it', async () => {
    const carol = await newUser(t, alice, 'user');
    const at = inFuture(5 * HOUR);
    for (const minutes of [[10, 20], [30]]) await activityWith(minutes, at, carol);
    await deliverAt(new Date(at.getTime() + MIN));
    const first = parse(notificationListSchema, await carol.get('/api/v1/notifications?limit=2'));
    expect(first.items).toHaveLength(2);
    expect(first.unread).toBe(3);
    expect(first.nextCursor).not.toBeNull();
    const second = parse(notificationListSchema, await carol.get(`/api/v1/notifications?limit=2&cursor=${first.nextCursor}`));
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ats = [...first.items, ...second.items].map((n) => n.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(new Set([...first.items, ...second.items].map((n) => n.id)).size).toBe(3);
    expect(refusal(await carol.get('/api/v1/notifications?cursor=bogus'), 400).fields).toHaveProperty('cursor');
  });

  it('move with the activity when it is rescheduled', async () => {
    const at = inFuture(2 * HOUR);
    const a = await activityWith([30], at);
    const later = new Date(at.getTime() + 3 * HOUR);
    parse(activitySchema, await alice.patch(`/api/v1/activities/${a.id}`, { scheduledAt: later.toISOString() }));
    await deliverAt(new Date(at.getTime() - 10 * MIN));
    expect(await forActivity(alice, a.id)).toEqual([]);
    await deliverAt(new Date(later.getTime() - 20 * MIN));
    expect((await forActivity(alice, a.id)).map((n) => n.at)).toEqual([new Date(later.getTime() - 30 * MIN).toISOString()]);
  });

  it('move with a bulk reschedule too', async () => {
    const a = await activityWith([10], inFuture(HOUR));
    const later = inFuture(30 * HOUR);
    const res = await alice.post('/api/v1/activities/bulk', { ids: [a.id], action: 'reschedule', scheduledAt: later.toISOString() });
    expect(res.statusCode, res.body).toBe(200);
    await deliverAt(inFuture(2 * HOUR));
    expect(await forActivity(alice, a.id)).toEqual([]);
  });

  it('of a completed or deleted activity are not delivered', async () => {
    const done = await activityWith([30], inFuture(HOUR));
    const gone = await activityWith([30], inFuture(HOUR));
    expect((await alice.post(`/api/v1/activities/${done.id}/complete`, {})).statusCode).toBe(200);
    expect((await alice.delete(`/api/v1/activities/${gone.id}`)).statusCode).toBeLessThan(300);
    await deliverAt(inFuture(2 * HOUR));
    expect(await forActivity(alice, done.id)).toEqual([]);
  });

  it('of an activity already past when written are not delivered', async () => {
    const past = await activityWith([30], inFuture(-HOUR));
    await deliverAt(new Date());
    expect(await forActivity(alice, past.id)).toEqual([]);
  });

  it('go to the responsible only; each marks their own read (another user’s is a 404)', async () => {
    const bob = await newUser(t, alice, 'user', { name: 'Bob' });
    const at = inFuture(HOUR);
    const a = await activityWith([15], at, bob);
    await deliverAt(new Date(at.getTime() - 10 * MIN));
    const [n] = await forActivity(bob, a.id);
    expect(await forActivity(alice, a.id)).toEqual([]);
    expect((await alice.post(`/api/v1/notifications/${n.id}/read`)).statusCode).toBe(404);
    const before = (await notificationsOf(bob)).unread;
    expect(before).toBe(1);
    expect((await bob.post(`/api/v1/notifications/${n.id}/read`)).statusCode).toBe(200);
    const after = await notificationsOf(bob);
    expect(after.unread).toBe(0);
    expect(after.items[0].readAt).not.toBeNull();
    expect(parse(notificationListSchema, await alice.get('/api/v1/notifications')).unread).toBeGreaterThan(0);
    expect((await alice.post('/api/v1/notifications/read-all')).json().marked).toBeGreaterThan(0);
    expect((await notificationsOf(alice)).unread).toBe(0);
  });

  it('failed jobs are for admins, and none before the job queue ever started', async () => {
    const bob = await newUser(t, alice, 'user');
    expect((await bob.get('/api/v1/jobs/failed')).statusCode).toBe(403);
    // This app runs no background work, so the queue's tables were never made (the fuzz found a 500 here).
    const none = await alice.get('/api/v1/jobs/failed');
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ items: [] });
  });
});

describe('reminder mail', () => {
  it('goes to a real SMTP server in the user’s language, with a link, when e-mail reminders are on', { timeout: 30_000 }, async () => {
    const sink = await startSmtpSink();
    const m = await createTestApp({ smtpUrl: sink.url });
    try {
      const admin = await newWorkspace(m, { locale: 'da' });
      const type = await activityType(m, admin, 'call');
      const at = new Date(Date.now() + HOUR);
      const body = { typeId: type, subject: 'Ring til Søren', scheduledAt: at.toISOString(), reminders: [60] };
      const a = parse(activitySchema, await admin.post('/api/v1/activities', body), 201);
      await deliverReminders(m.database.db, { mailer: m.app.mail, publicUrl: 'https://crm.example.test' }, new Date(at.getTime() - 30 * MIN));
      const mail = await sink.waitFor(admin.user.email, { timeoutMs: 20_000 });
      expect(mail.subject).toBe('Påmindelse: Ring til Søren');
      expect(mail.text).toContain('Åbn den i Tend');
      expect(mail.links).toContain(`https://crm.example.test/activities/${a.id}`);
    } finally {
      await m.close();
      await sink.close();
    }
  });
});
