import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawMail } from '../../../../test/dovecot';
import { type Client, createTestApp, newUser, newWorkspace, PASSWORD, TEST_KDF_COST, type TestApp } from '../../../../test/helpers';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { recordingSink } from '../../../../test/message-sink';
import { activities, mailMessages } from '../../db/schema';
import { makeWorkspace } from '../../demo/records';
import { journalSink } from '../mailboxes/journal-sink';
import type { MessageSink } from '../mailboxes/message-sink';
import { isDropboxAddress } from './dropbox';

const DROPBOX = 'log@tend.test';
// The real journaling core, once the app (and its database) exists; recorded on the way.
let inner: MessageSink;
const journal = recordingSink((actor, raw, options) => inner(actor, raw, options));

let t: TestApp;
let admin: Client;
let seller: Client;

function transport() {
  const port = t.app.dropbox?.port;
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5000 });
}

const sendRaw = (from: string, to: string[], raw: string | Buffer) => transport().sendMail({ envelope: { from, to }, raw });

beforeAll(async () => {
  t = await createTestApp({ dropbox: { listen: { host: '127.0.0.1', port: 0 }, address: DROPBOX }, messageSink: journal.sink });
  inner = journalSink(t.database.db);
  admin = await newWorkspace(t);
  seller = await newUser(t, admin, 'user');
  const customer = await makeCustomer(t, admin, { name: 'Kunde A/S', email: 'info@customer.test' });
  await makeContact(t, admin, customer.id, { firstName: 'Karen', lastName: 'Kunde', email: 'kunde@customer.test' });
});
afterAll(() => t?.close());

describe('the SMTP drop-box', () => {
  it('takes a mail from a user (Bcc to the drop-box) and journals it as that user', async () => {
    const raw = rawMail({ from: seller.user.email, to: 'kunde@customer.test', subject: 'Quote sent', messageId: 'bcc-1@tend.test' });
    const info = await sendRaw(seller.user.email, [DROPBOX], raw);
    expect(info.accepted).toEqual([DROPBOX]);
    const got = journal.received.find((r) => r.subject === 'Quote sent');
    expect(got?.actor.userId).toBe(seller.user.id);
    expect(got?.options).toMatchObject({ source: 'dropbox', onlyMatched: false });
    expect(got?.outcome).toBe('created');
    const [stored] = await t.database.db
      .select({ source: mailMessages.source, responsibleId: activities.responsibleId, direction: activities.direction })
      .from(mailMessages)
      .innerJoin(activities, eq(activities.id, mailMessages.activityId))
      .where(eq(mailMessages.messageId, '<bcc-1@tend.test>'));
    expect(stored).toEqual({ source: 'dropbox', responsibleId: seller.user.id, direction: 'out' });
  });

  it('takes the address with a +tag and in any case, and a sender address in another case', async () => {
    const raw = rawMail({ from: seller.user.email, to: 'kunde@customer.test', subject: 'Tagged', messageId: 'tag-1@tend.test' });
    const info = await sendRaw(seller.user.email.toUpperCase(), ['LOG+acme@Tend.Test'], raw);
    expect(info.accepted).toHaveLength(1);
    expect(journal.received.find((r) => r.subject === 'Tagged')?.actor.userId).toBe(seller.user.id);
  });

  it('refuses an unknown sender at RCPT with 550 and a clear text', async () => {
    const raw = rawMail({ from: 'someone@elsewhere.test', to: DROPBOX, subject: 'Spam', messageId: 'spam@x' });
    const error = await sendRaw('someone@elsewhere.test', [DROPBOX], raw).catch((e: { responseCode?: number; response?: string }) => e);
    expect(error).toMatchObject({ responseCode: 550 });
    expect(String((error as { response?: string }).response)).toMatch(/not a Tend user/);
    expect(journal.received.some((r) => r.subject === 'Spam')).toBe(false);
  });

  it('refuses any other recipient at RCPT with 550', async () => {
    const raw = rawMail({ from: seller.user.email, to: 'kunde@customer.test', subject: 'Relay', messageId: 'relay@x' });
    const error = await sendRaw(seller.user.email, ['kunde@customer.test'], raw).catch((e: { responseCode?: number }) => e);
    expect(error).toMatchObject({ responseCode: 550 });
    const mixed = await sendRaw(seller.user.email, ['kunde@customer.test', DROPBOX], raw);
    expect(mixed.rejected).toEqual(['kunde@customer.test']);
    expect(mixed.accepted).toEqual([DROPBOX]);
  });

  it('a message the journal cannot read is refused at DATA with 554', async () => {
    await expect(sendRaw(seller.user.email, [DROPBOX], 'just some words, no headers\r\n')).rejects.toMatchObject({ responseCode: 554 });
  });

  it('refuses a deactivated user', async () => {
    const gone = await newUser(t, admin, 'user');
    expect((await admin.patch(`/api/v1/users/${gone.user.id}`, { active: false })).statusCode).toBe(200);
    const raw = rawMail({ from: gone.user.email, to: DROPBOX, subject: 'Gone', messageId: 'gone@x' });
    await expect(sendRaw(gone.user.email, [DROPBOX], raw)).rejects.toMatchObject({ responseCode: 550 });
  });

  it('refuses a message over 25 MB with 552', { timeout: 60_000 }, async () => {
    const head = rawMail({ from: seller.user.email, to: DROPBOX, subject: 'Huge', messageId: 'huge@x', body: '' });
    const line = `${'x'.repeat(998)}\r\n`;
    const raw = Buffer.from(head + line.repeat(Math.ceil((25 * 1024 * 1024 + 10_000) / line.length)));
    await expect(sendRaw(seller.user.email, [DROPBOX], raw)).rejects.toMatchObject({ responseCode: 552 });
    expect(journal.received.some((r) => r.subject === 'Huge')).toBe(false);
  });

  it('an address with accounts in two workspaces: journaled in each, matched mail only', async () => {
    const shared = `both-${Date.now()}@tend.test`;
    await makeWorkspace(t.database.db, { email: shared, password: PASSWORD, kdfCost: TEST_KDF_COST });
    await makeWorkspace(t.database.db, { email: shared, password: PASSWORD, kdfCost: TEST_KDF_COST });
    const raw = rawMail({ from: shared, to: 'kunde@customer.test', subject: 'Twice', messageId: 'twice@x' });
    await sendRaw(shared, [DROPBOX], raw);
    const got = journal.received.filter((r) => r.subject === 'Twice');
    expect(new Set(got.map((r) => r.actor.workspaceId)).size).toBe(2);
    expect(got.every((r) => r.options.onlyMatched)).toBe(true);
    // No customer of theirs matches: nothing is stored in either workspace (not even as unmatched mail).
    expect(got.map((r) => r.outcome)).toEqual(['skipped', 'skipped']);
  });
});

describe('isDropboxAddress', () => {
  it.each([
    ['log@tend.test', true],
    ['LOG@TEND.TEST', true],
    ['log+acme@tend.test', true],
    ['log+@tend.test', true],
    ['logs@tend.test', false],
    ['log@tend.test.evil', false],
    ['x.log@tend.test', false],
    ['log@other.test', false],
  ])('%s → %s', (candidate, expected) => expect(isDropboxAddress(DROPBOX, candidate)).toBe(expected));
});
