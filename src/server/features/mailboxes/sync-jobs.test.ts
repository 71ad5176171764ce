import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, rawMail, startDovecot } from '../../../../test/dovecot';
import { type Client, createTestApp, newWorkspace, type TestApp } from '../../../../test/helpers';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { recordingSink } from '../../../../test/message-sink';
import { type Database, openPostgres } from '../../db/client';
import { eq, sql } from 'drizzle-orm';
import { mailboxes, mailMessages } from '../../db/schema';
import { journalSink } from './journal-sink';
import type { MessageSink } from './message-sink';
import { syncMailbox } from './sync';
import { takeDue } from './sync.repository';

const KEY = 'the jobs test secret key, long enough';
const bob = { user: 'bob@mail.test', password: 'bob-imap-pw-3390' };
// The real journaling core, once the app (and its database) exists; recorded on the way.
let inner: MessageSink;
const journal = recordingSink((actor, raw, options) => inner(actor, raw, options));

let t: TestApp;
let dovecot: Dovecot;
let admin: Client;

const mail = (n: number) => rawMail({ from: 'kunde@customer.test', to: 'bob@mail.test', subject: `Job mail ${n}`, messageId: `job${n}@mail.test` });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [t, dovecot] = await Promise.all([
    createTestApp({ secretKey: KEY, jobs: true, messageSink: journal.sink, mailboxSyncIntervalSeconds: 3600, poolSize: 8 }),
    startDovecot([bob]),
  ]);
  inner = journalSink(t.database.db);
  admin = await newWorkspace(t);
  const customer = await makeCustomer(t, admin, { name: 'Kunde A/S', email: 'info@customer.test' });
  await makeContact(t, admin, customer.id, { firstName: 'Karen', lastName: 'Kunde', email: 'kunde@customer.test' });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await dovecot?.stop();
});

describe('mailbox sync on the job queue', () => {
  it('a new mailbox syncs at once in the background; "sync now" reads what came since', async () => {
    await dovecot.append(bob, 'INBOX', [mail(1), mail(2)]);
    const created = await admin.post('/api/v1/mailboxes', {
      host: dovecot.host,
      port: dovecot.port,
      tls: false,
      username: bob.user,
      password: bob.password,
      folders: ['INBOX'],
    });
    const id = created.json().id;
    const first = await until(
      async () => (await admin.get(`/api/v1/mailboxes/${id}`)).json(),
      (box) => box.lastSyncAt !== null,
    );
    expect(first).toMatchObject({ status: 'idle', lastError: null });
    expect(journal.subjects()).toEqual(['Job mail 1', 'Job mail 2']);

    await dovecot.append(bob, 'INBOX', [mail(3)]);
    const asked = await admin.post(`/api/v1/mailboxes/${id}/sync`);
    expect(asked.statusCode).toBe(202);
    expect(['queued', 'syncing', 'idle']).toContain(asked.json().status);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Job mail 3'),
    );
    expect(journal.subjects()).toEqual(['Job mail 1', 'Job mail 2', 'Job mail 3']);
  });

  it('two syncs of one mailbox at once (two connections, as two processes): one runs, the other stands back; nothing twice', async () => {
    await dovecot.append(bob, 'INBOX', [4, 5, 6, 7, 8].map(mail));
    const id = (await admin.get('/api/v1/mailboxes')).json().items[0].id;
    // On PostgreSQL a second pool on the same database, as a second server process has; the embedded database is one process.
    const url = (t.database.db as unknown as { $client: unknown }).$client;
    const second = t.database.engine === 'postgres' && url instanceof pg.Pool ? openPostgres(String(url.options.connectionString), 3) : null;
    const dbs: Database[] = [t.database.db, second?.db ?? t.database.db];
    const before = journal.received.length;
    try {
      const results = await Promise.all(dbs.map((db) => syncMailbox(db, id, { secretKey: KEY, sink: journal.sink, timeoutMs: 5000 })));
      expect(results.map((r) => r.state).sort()).toEqual(['busy', 'done']);
    } finally {
      await second?.close();
    }
    const subjects = journal.received.slice(before).map((r) => r.subject);
    expect(subjects).toEqual(['Job mail 4', 'Job mail 5', 'Job mail 6', 'Job mail 7', 'Job mail 8']);
    expect(journal.received.slice(before).map((r) => r.outcome)).toEqual(Array(5).fill('created'));
    const stored = await t.database.db.select({ subject: mailMessages.subject }).from(mailMessages).where(eq(mailMessages.workspaceId, admin.user.workspaceId));
    expect(stored.map((m) => m.subject).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Job mail ${n}`));
  });

  it('the periodic run queues a mailbox once its interval has passed, and only once however many ask', async () => {
    const id = (await admin.get('/api/v1/mailboxes')).json().items[0].id;
    expect(await takeDue(t.database.db, 3600)).toEqual([]);
    await t.database.db.update(mailboxes).set({ lastAttemptAt: sql`now() - interval '2 hours'` }).where(eq(mailboxes.id, id));
    const asked = await Promise.all([takeDue(t.database.db, 3600), takeDue(t.database.db, 3600)]);
    expect(asked.flat()).toEqual([id]);
    expect((await admin.get(`/api/v1/mailboxes/${id}`)).json().status).toBe('queued');
  });
});
