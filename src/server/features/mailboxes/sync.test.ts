import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, rawMail, startDovecot } from '../../../../test/dovecot';
import { type Client, createTestApp, newWorkspace, type TestApp } from '../../../../test/helpers';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { recordingSink } from '../../../../test/message-sink';
import { activities, mailboxes, mailMessages } from '../../db/schema';
import { journalSink } from './journal-sink';
import type { MessageSink } from './message-sink';
import { syncMailbox } from './sync';

const KEY = 'the sync test secret key, long enough';
const alice = { user: 'alice@mail.test', password: 'alice-imap-pw-8261' };

let t: TestApp;
let dovecot: Dovecot;
let admin: Client;
let mailboxId: string;
let journal: MessageSink;

const mail = (n: number, to = 'kunde@customer.test', from = 'alice@mail.test') => rawMail({ from, to, subject: `Mail ${n}`, messageId: `m${n}@mail.test` });
/** The journal's own record: one activity per Message-ID in the workspace, with its direction. */
const journaled = () =>
  t.database.db
    .select({ subject: mailMessages.subject, direction: activities.direction, source: mailMessages.source, customerId: activities.customerId })
    .from(mailMessages)
    .innerJoin(activities, eq(activities.id, mailMessages.activityId))
    .where(eq(mailMessages.workspaceId, admin.user.workspaceId))
    .orderBy(mailMessages.subject);
let customerId: string;

async function sync(sink: MessageSink, signal?: AbortSignal) {
  return syncMailbox(t.database.db, mailboxId, { secretKey: KEY, sink, signal, timeoutMs: 5000 });
}
const mailbox = async () => (await admin.get(`/api/v1/mailboxes/${mailboxId}`)).json();

beforeAll(async () => {
  [t, dovecot] = await Promise.all([createTestApp({ secretKey: KEY }), startDovecot([alice])]);
  admin = await newWorkspace(t);
  // The real journaling core: only mail that matches this customer (or its contact) is stored.
  journal = journalSink(t.database.db);
  customerId = (await makeCustomer(t, admin, { name: 'Kunde A/S', email: 'info@customer.test' })).id;
  await makeContact(t, admin, customerId, { firstName: 'Karen', lastName: 'Kunde', email: 'kunde@customer.test' });
  const res = await admin.post('/api/v1/mailboxes', {
    host: dovecot.host,
    port: dovecot.port,
    tls: false,
    username: alice.user,
    password: alice.password,
    folders: ['INBOX', 'Sent'],
  });
  expect(res.statusCode).toBe(201);
  mailboxId = res.json().id;
}, 60_000);
afterAll(async () => {
  await t?.close();
  await dovecot?.stop();
});

describe('IMAP sync against Dovecot', () => {
  it('first sync: reads every folder, sent mail as outgoing, matching mail journaled, the rest waits unmatched; progress and last sync on the mailbox', async () => {
    await dovecot.append(alice, 'INBOX', [mail(1), mail(2, 'friend@gmail.com'), mail(3)]);
    await dovecot.append(alice, 'Sent', [mail(4, 'kunde@customer.test', admin.user.email)]);
    const rec = recordingSink(journal);
    expect(await sync(rec.sink)).toEqual({ state: 'done', journaled: 3 });
    expect(rec.subjects()).toEqual(['Mail 1', 'Mail 2', 'Mail 3', 'Mail 4']);
    expect(rec.received.map((r) => r.outcome)).toEqual(['created', 'unmatched', 'created', 'created']);
    expect(rec.received.every((r) => r.options.source === 'imap' && !r.options.onlyMatched && r.actor.userId === admin.user.id)).toBe(true);
    expect(rec.received.map((r) => r.options.direction)).toEqual([undefined, undefined, undefined, 'out']);
    expect(await journaled()).toEqual([
      { subject: 'Mail 1', direction: 'in', source: 'imap', customerId },
      { subject: 'Mail 3', direction: 'in', source: 'imap', customerId },
      { subject: 'Mail 4', direction: 'out', source: 'imap', customerId },
    ]);
    const box = await mailbox();
    expect(box).toMatchObject({ status: 'idle', lastError: null, progress: null });
    expect(box.lastSyncAt).not.toBeNull();
  });

  it('a second sync reads only the new mail (resumes after the last UID)', async () => {
    await dovecot.append(alice, 'INBOX', [mail(5), mail(6)]);
    const rec = recordingSink(journal);
    expect(await sync(rec.sink)).toEqual({ state: 'done', journaled: 2 });
    expect(rec.subjects()).toEqual(['Mail 5', 'Mail 6']);
    const again = recordingSink(journal);
    await sync(again.sink);
    expect(again.received).toEqual([]);
  });

  it('stopped mid-sync (shutdown) and crashed mid-sync: the next run goes on where it stopped, nothing lost, nothing twice', async () => {
    await dovecot.append(
      alice,
      'INBOX',
      [7, 8, 9, 10, 11, 12].map((n) => mail(n)),
    );
    const stop = new AbortController();
    const first = recordingSink(journal, { before: (count) => count === 2 && stop.abort() });
    expect(await sync(first.sink, stop.signal)).toEqual({ state: 'aborted' });
    expect(first.subjects()).toEqual(['Mail 7', 'Mail 8', 'Mail 9']);
    expect((await mailbox()).status).toBe('idle');

    // A crash in the journal on the second message of this run: the run fails, the message is not passed.
    let calls = 0;
    const crashing: MessageSink = async (actor, raw, options) => {
      if (++calls === 2) throw new Error('the process died here');
      return journal(actor, raw, options);
    };
    const second = recordingSink(crashing);
    expect((await sync(second.sink)).state).toBe('error');
    expect(second.subjects()).toEqual(['Mail 10']);
    expect(await mailbox()).toMatchObject({ status: 'error', lastErrorCode: 'failed' });

    const third = recordingSink(journal);
    expect(await sync(third.sink)).toEqual({ state: 'done', journaled: 2 });
    expect(third.subjects()).toEqual(['Mail 11', 'Mail 12']);
    const all = [...first.received, ...second.received, ...third.received].map((r) => r.subject);
    expect(new Set(all).size).toBe(all.length);
    const stored = (await journaled()).map((m) => m.subject);
    expect(stored.filter((s) => ['Mail 7', 'Mail 8', 'Mail 9', 'Mail 10', 'Mail 11', 'Mail 12'].includes(s)).sort()).toEqual([
      'Mail 10',
      'Mail 11',
      'Mail 12',
      'Mail 7',
      'Mail 8',
      'Mail 9',
    ]);
    expect(await mailbox()).toMatchObject({ status: 'idle', lastError: null, lastErrorCode: null });
  });

  it('a changed UIDVALIDITY: the folder is read again from the start, the journal finds nothing new', async () => {
    await dovecot.recreate(alice, 'Sent');
    const before = (await journaled()).length;
    await dovecot.append(alice, 'Sent', [mail(4, 'kunde@customer.test', admin.user.email), mail(13, 'kunde@customer.test', admin.user.email)]);
    const rec = recordingSink(journal);
    expect(await sync(rec.sink)).toEqual({ state: 'done', journaled: 1 });
    expect(rec.subjects()).toEqual(['Mail 4', 'Mail 13']);
    expect(rec.received.map((r) => r.outcome)).toEqual(['duplicate', 'created']);
    expect((await journaled()).length).toBe(before + 1);
  });

  it('a wrong password: status error with a readable reason that holds no secret', async () => {
    const wrong = 'wrong-pw-59213';
    expect((await admin.patch(`/api/v1/mailboxes/${mailboxId}`, { password: wrong })).statusCode).toBe(200);
    const rec = recordingSink(journal);
    const result = await sync(rec.sink);
    expect(result).toMatchObject({ state: 'error', error: { code: 'auth_failed' } });
    const box = await mailbox();
    expect(box).toMatchObject({ status: 'error', lastErrorCode: 'auth_failed' });
    expect(box.lastError).toMatch(/refused the user name or password/);
    expect(JSON.stringify(box)).not.toContain(wrong);
    expect(JSON.stringify(box)).not.toContain(alice.password);
    await admin.patch(`/api/v1/mailboxes/${mailboxId}`, { password: alice.password });
    expect((await sync(recordingSink(journal).sink)).state).toBe('done');
  });

  it('the password is stored encrypted, and a changed key gives a clear error', async () => {
    const [row] = await t.database.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
    expect(row.passwordSealed).toMatch(/^v1\./);
    expect(row.passwordSealed).not.toContain(alice.password);
    const result = await syncMailbox(t.database.db, mailboxId, { secretKey: 'another key, also long enough', sink: journal });
    expect(result).toMatchObject({ state: 'error', error: { code: 'secret_key' } });
    expect((await mailbox()).lastError).toMatch(/TEND_SECRET_KEY/);
  });

  it('a missing folder and an unreachable server are said plainly', async () => {
    await admin.patch(`/api/v1/mailboxes/${mailboxId}`, { folders: ['INBOX', 'Nope'] });
    expect(await sync(journal)).toMatchObject({ state: 'error', error: { code: 'folder_missing' } });
    await admin.patch(`/api/v1/mailboxes/${mailboxId}`, { folders: ['INBOX', 'Sent'], port: 1 });
    expect(await sync(journal)).toMatchObject({ state: 'error', error: { code: 'connect_failed' } });
  });
});
