import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, type DovecotUser, rawMail, startDovecot } from '../../../../test/dovecot';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { type Client, createTestApp, newUser, newWorkspace, type TestApp } from '../../../../test/helpers';
import { recordingSink } from '../../../../test/message-sink';
import { mailMessages } from '../../db/schema';
import { journalSink } from './journal-sink';
import { syncMailbox } from './sync';

/*
 * What issue 16 left open, against a real Dovecot: unmatched IMAP mail waits to be logged on a
 * customer the user picks, a new mailbox reads mail from its first-sync day on, and mail in a
 * sent-mail folder (or from an alias) is outgoing.
 */

const KEY = 'the sync gaps test secret key, long enough';
const inbox = { user: 'inbox@mail.test', password: 'inbox-imap-pw-1931' };
const since = { user: 'since@mail.test', password: 'since-imap-pw-2207' };
const alias = { user: 'alias@mail.test', password: 'alias-imap-pw-3318' };

let t: TestApp;
let dovecot: Dovecot;
let admin: Client;
let customerId: string;
const DAY = 86_400_000;

const connectMailbox = async (account: DovecotUser, extra: object = {}) => {
  const res = await admin.post('/api/v1/mailboxes', {
    host: dovecot.host,
    port: dovecot.port,
    tls: false,
    username: account.user,
    password: account.password,
    folders: ['INBOX', 'Sent'],
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; syncSince: string | null };
};
const sync = async (mailboxId: string) => {
  const rec = recordingSink(journalSink(t.database.db));
  const result = await syncMailbox(t.database.db, mailboxId, { secretKey: KEY, sink: rec.sink, timeoutMs: 5000 });
  return { result, rec };
};
/** Appends with the time the server says it arrived (IMAP's internal date, which SINCE searches). */
async function appendAt(account: DovecotUser, folder: string, raw: string, arrived: Date) {
  const client = await dovecot.client(account);
  try {
    if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
    await client.append(folder, raw, [], arrived);
  } finally {
    await client.logout().catch(() => client.close());
  }
}
const unmatched = async () =>
  (await admin.get('/api/v1/mail/unmatched?limit=100')).json().items as { id: string; subject: string; source: string; direction: string }[];
/** The Email activity a mail was journaled as (direction, customer, additional customers), or null. */
const mailOf = async (subject: string) => {
  const [row] = await t.database.db
    .select({ id: mailMessages.activityId })
    .from(mailMessages)
    .where(and(eq(mailMessages.workspaceId, admin.user.workspaceId), eq(mailMessages.subject, subject)));
  if (!row) return null;
  const activity = (await admin.get(`/api/v1/activities/${row.id}`)).json();
  return { direction: activity.direction, customerId: activity.customerId, additional: activity.additionalCustomerIds };
};

beforeAll(async () => {
  [t, dovecot] = await Promise.all([createTestApp({ secretKey: KEY }), startDovecot([inbox, since, alias])]);
  admin = await newWorkspace(t);
  customerId = (await makeCustomer(t, admin, { name: 'Kunde A/S', email: 'info@customer.test' })).id;
  await makeContact(t, admin, customerId, { firstName: 'Karen', lastName: 'Kunde', email: 'kunde@customer.test' });
  expect((await admin.post('/api/v1/mail-rules', { name: 'Private', pattern: '@private.test' })).statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await t?.close();
  await dovecot?.stop();
});

describe('unmatched IMAP mail waits to be logged on a customer the user picks', () => {
  it('matching mail is journaled, other mail waits on the Mail page, mail-rules mail is not stored at all', async () => {
    await dovecot.append(inbox, 'INBOX', [
      rawMail({ from: 'kunde@customer.test', to: admin.user.email, subject: 'Order 17', messageId: 'u1@customer.test' }),
      rawMail({ from: 'news@shop.test', to: admin.user.email, subject: 'Shop news', messageId: 'u2@shop.test' }),
      rawMail({ from: 'friend@private.test', to: admin.user.email, subject: 'Dinner on Friday', messageId: 'u3@private.test' }),
    ]);
    const box = await connectMailbox(inbox, { folders: ['INBOX'] });
    const { result, rec } = await sync(box.id);
    expect(result).toEqual({ state: 'done', journaled: 1 });
    expect(rec.received.map((r) => [r.subject, r.outcome])).toEqual([
      ['Order 17', 'created'],
      ['Shop news', 'unmatched'],
      ['Dinner on Friday', 'skipped'],
    ]);
    const waiting = await unmatched();
    expect(waiting.map((m) => [m.subject, m.source, m.direction])).toEqual([['Shop news', 'imap', 'in']]);
    expect(JSON.stringify(waiting)).not.toContain('Dinner');
  });

  it("a waiting IMAP mail is its user's alone: another admin neither lists it with all=true nor discards or logs it", async () => {
    const other = await newUser(t, admin, 'admin');
    const everyone = (await other.get('/api/v1/mail/unmatched?all=true&limit=100')).json().items as { subject: string }[];
    expect(everyone.map((m) => m.subject)).not.toContain('Shop news');
    const [waiting] = await unmatched();
    expect((await other.delete(`/api/v1/mail/unmatched/${waiting.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/mail/unmatched/${waiting.id}/assign`, { customerId })).statusCode).toBe(404);
    expect((await unmatched()).map((m) => m.subject)).toEqual(['Shop news']);
  });

  it('a message over 25 MB is not downloaded or stored (as a document or drop-box mail could not be); the next one is', async () => {
    const huge = rawMail({
      from: 'news@shop.test',
      to: admin.user.email,
      subject: 'Huge',
      messageId: 'u4@shop.test',
      body: `${'x'.repeat(78)}\r\n`.repeat(26 * 13_500),
    });
    await dovecot.append(inbox, 'INBOX', [huge, rawMail({ from: 'news@shop.test', to: admin.user.email, subject: 'Small', messageId: 'u5@shop.test' })]);
    const [box] = (await admin.get('/api/v1/mailboxes')).json().items;
    const { result, rec } = await sync(box.id);
    expect(result).toEqual({ state: 'done', journaled: 0 });
    expect(rec.subjects()).toEqual(['Small']);
    expect((await unmatched()).map((m) => m.subject)).toEqual(['Small', 'Shop news']);
    await admin.delete(`/api/v1/mail/unmatched/${(await unmatched())[0].id}`);
  }, 60_000);

  it('the user logs a waiting IMAP mail on a customer; the next sync does not bring it back', async () => {
    const [waiting] = await unmatched();
    const res = await admin.post(`/api/v1/mail/unmatched/${waiting.id}/assign`, { customerId });
    expect(res.statusCode).toBe(201);
    expect(res.json().activity).toMatchObject({ customerId, subject: 'Shop news', direction: 'in' });
    expect(await unmatched()).toEqual([]);
    const [box] = (await admin.get('/api/v1/mailboxes')).json().items;
    const again = await sync(box.id);
    expect(again.rec.received).toEqual([]);
    expect(await unmatched()).toEqual([]);
  });
});

describe('a new mailbox reads mail from its first-sync day on, then goes on by UID', () => {
  it('the first sync passes over mail that arrived before the day; a later one reads every new message', async () => {
    const now = Date.now();
    await appendAt(
      since,
      'INBOX',
      rawMail({ from: 'kunde@customer.test', to: admin.user.email, subject: 'Old news', messageId: 's1@customer.test' }),
      new Date(now - 90 * DAY),
    );
    await appendAt(
      since,
      'INBOX',
      rawMail({ from: 'kunde@customer.test', to: admin.user.email, subject: 'Last week', messageId: 's2@customer.test' }),
      new Date(now - 7 * DAY),
    );
    const box = await connectMailbox(since, { folders: ['INBOX'] });
    expect(box.syncSince).toBe(new Date(now - 30 * DAY).toISOString().slice(0, 10));
    const first = await sync(box.id);
    expect(first.rec.subjects()).toEqual(['Last week']);
    expect(await mailOf('Old news')).toBeNull();

    // Moved in later from an archive: an old arrival time, a new UID. Later syncs go on by UID.
    await appendAt(
      since,
      'INBOX',
      rawMail({ from: 'kunde@customer.test', to: admin.user.email, subject: 'From the archive', messageId: 's3@customer.test' }),
      new Date(now - 60 * DAY),
    );
    expect((await sync(box.id)).rec.subjects()).toEqual(['From the archive']);
    expect((await sync(box.id)).rec.subjects()).toEqual([]);
  });

  it('without a day (null) the first sync reads all of the folder', async () => {
    await admin.delete(`/api/v1/mailboxes/${(await admin.get('/api/v1/mailboxes')).json().items.at(-1).id}`);
    const box = await connectMailbox(since, { folders: ['INBOX'], syncSince: null });
    expect(box.syncSince).toBeNull();
    const { rec } = await sync(box.id);
    expect(rec.subjects()).toEqual(['Old news', 'Last week', 'From the archive']);
    expect(rec.received.map((r) => r.outcome)).toEqual(['created', 'duplicate', 'duplicate']);
  });
});

describe('mail in a sent-mail folder, or from an alias, is outgoing', () => {
  let aliasCustomer: string;

  it('Sent: outgoing whatever the From; INBOX: outgoing when the From is one of the mailbox aliases, which never match a customer', async () => {
    aliasCustomer = (await makeCustomer(t, admin, { name: 'Alias Holding', email: 'info@alias.test' })).id;
    await dovecot.append(alias, 'Sent', [
      rawMail({ from: 'Ole <ole.private@home.test>', to: 'kunde@customer.test', subject: 'Sent from home', messageId: 'a1@home.test' }),
      rawMail({ from: 'ole.private@home.test', to: 'someone@unknown.test', subject: 'Sent to a stranger', messageId: 'a2@home.test' }),
    ]);
    await dovecot.append(alias, 'INBOX', [
      rawMail({ from: 'Ole <OLE@alias.test>', to: 'kunde@customer.test', subject: 'Sent as alias', messageId: 'a3@alias.test' }),
      rawMail({ from: 'kunde@customer.test', to: 'ole@alias.test', subject: 'Reply to alias', messageId: 'a4@customer.test' }),
    ]);
    const box = await connectMailbox(alias, { aliases: ['ole@alias.test'] });
    const { rec } = await sync(box.id);
    expect(rec.received.map((r) => [r.subject, r.options.direction, r.outcome])).toEqual([
      ['Sent as alias', undefined, 'created'],
      ['Reply to alias', undefined, 'created'],
      ['Sent from home', 'out', 'created'],
      ['Sent to a stranger', 'out', 'unmatched'],
    ]);
    expect(await mailOf('Sent from home')).toEqual({ direction: 'out', customerId, additional: [] });
    expect(await mailOf('Sent as alias')).toEqual({ direction: 'out', customerId, additional: [] });
    expect(await mailOf('Reply to alias')).toEqual({ direction: 'in', customerId, additional: [] });
    expect(aliasCustomer).not.toBe(customerId);

    // Waiting, it stays outgoing; logged on a customer, it is still a sent mail.
    const stranger = (await unmatched()).find((m) => m.subject === 'Sent to a stranger');
    expect(stranger?.direction).toBe('out');
    const res = await admin.post(`/api/v1/mail/unmatched/${stranger?.id}/assign`, { customerId });
    expect(res.json().activity).toMatchObject({ customerId, direction: 'out' });
  });

  it("an alias is its own user's: a colleague's mail from that address is incoming and matches as usual", async () => {
    const colleague = await newUser(t, admin, 'user', { name: 'Kollega' });
    const raw = rawMail({ from: 'ole@alias.test', to: colleague.user.email, subject: 'To a colleague', messageId: 'a5@alias.test' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/mail/messages',
      payload: raw,
      headers: { ...colleague.headers, 'content-type': 'message/rfc822' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().activity).toMatchObject({ direction: 'in', customerId: aliasCustomer });
  });
});
