import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, rawMail, startDovecot } from '../../../../test/dovecot';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { type Client, createTestApp, newWorkspace, type TestApp } from '../../../../test/helpers';
import { recordingSink } from '../../../../test/message-sink';
import { type Database, openPostgres } from '../../db/client';
import { mailboxes } from '../../db/schema';
import { startIdleHolders } from './idle';
import { journalSink } from './journal-sink';
import type { MessageSink } from './message-sink';
import { syncMailbox } from './sync';

const KEY = 'the idle test secret key, long enough';
const dana = { user: 'dana@mail.test', password: 'dana-imap-pw-5521' };
let inner: MessageSink;
const journal = recordingSink((actor, raw, options) => inner(actor, raw, options));

let t: TestApp;
let dovecot: Dovecot;
let admin: Client;
let mailboxId: string;

const mail = (n: number) => rawMail({ from: 'kunde@customer.test', to: dana.user, subject: `Idle mail ${n}`, messageId: `idle${n}@mail.test` });
const quiet = { info: () => undefined, warn: () => undefined } as never;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const holder = async () => {
  const [row] = await t.database.db.select({ owner: mailboxes.idleOwner, status: mailboxes.status }).from(mailboxes).where(eq(mailboxes.id, mailboxId));
  return row;
};

beforeAll(async () => {
  // The periodic sync waits an hour: only IDLE can bring new mail in within the test.
  [t, dovecot] = await Promise.all([
    createTestApp({
      secretKey: KEY,
      jobs: true,
      messageSink: journal.sink,
      mailboxSyncIntervalSeconds: 3600,
      mailboxIdle: { tickSeconds: 1, folderPollSeconds: 1 },
      poolSize: 8,
    }),
    startDovecot([dana]),
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

describe('IMAP IDLE (Dovecot offers it)', () => {
  it('a mail arriving while the app holds IDLE is journaled within seconds, without "Sync now" or the poll', async () => {
    await dovecot.append(dana, 'INBOX', [mail(1)]);
    const own = await dovecot.client(dana);
    await own.mailboxCreate('Sent');
    await own.logout();
    const created = await admin.post('/api/v1/mailboxes', {
      host: dovecot.host,
      port: dovecot.port,
      tls: false,
      username: dana.user,
      password: dana.password,
      folders: ['INBOX', 'Sent'],
    });
    mailboxId = created.json().id;
    await until(
      async () => (await admin.get(`/api/v1/mailboxes/${mailboxId}`)).json(),
      (box) => box.lastSyncAt !== null && box.status === 'idle',
    );
    expect(journal.subjects()).toEqual(['Idle mail 1']);
    // Held: the holder record is set and the one IDLE connection is open (the sync's own has closed).
    await until(holder, (row) => row.owner !== null);
    await until(
      () => dovecot.connections(dana),
      (n) => n === 1,
    );

    const appended = Date.now();
    await dovecot.append(dana, 'INBOX', [mail(2)]);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Idle mail 2'),
      10_000,
    );
    expect(Date.now() - appended).toBeLessThan(10_000);
    expect(journal.subjects()).toEqual(['Idle mail 1', 'Idle mail 2']);
    // A second mail right after is read too (one sync at a time, one more after it).
    await dovecot.append(dana, 'INBOX', [mail(3), mail(4)]);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Idle mail 4'),
      10_000,
    );
    expect(journal.subjects()).toEqual(['Idle mail 1', 'Idle mail 2', 'Idle mail 3', 'Idle mail 4']);
  });

  it('mail in the other folders (Sent) is noticed on the held connection by STATUS and read without the poll', async () => {
    await dovecot.append(dana, 'Sent', [rawMail({ from: dana.user, to: 'kunde@customer.test', subject: 'Idle reply', messageId: 'idle-reply@mail.test' })]);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Idle reply'),
      10_000,
    );
    expect(await dovecot.connections(dana)).toBeLessThanOrEqual(2);
    // IDLE on the inbox goes on after the STATUS checks.
    await dovecot.append(dana, 'INBOX', [mail(7)]);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Idle mail 7'),
      10_000,
    );
  });

  it('a dropped connection is made again after a back-off, and mail that came meanwhile is read', async () => {
    const owner = (await holder()).owner;
    await dovecot.kick(dana);
    await dovecot.append(dana, 'INBOX', [mail(5)]);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Idle mail 5'),
      20_000,
    );
    expect(journal.subjects().filter((s) => s.startsWith('Idle mail'))).toEqual([1, 2, 3, 4, 7, 5].map((n) => `Idle mail ${n}`));
    await until(
      () => dovecot.connections(dana),
      (n) => n === 1,
    );
    expect((await holder()).owner).toBe(owner);
    // Listening again: the next mail comes at once.
    await dovecot.append(dana, 'INBOX', [mail(6)]);
    await until(
      async () => journal.subjects(),
      (subjects) => subjects.includes('Idle mail 6'),
      10_000,
    );
  });

  it('with more processes asking, one holds the mailbox and one IDLE connection is open; it takes over when the holder stops', async () => {
    const first = (await holder()).owner;
    // On PostgreSQL other pools on the same database, as other server processes have; the embedded database is one process.
    const url = (t.database.db as unknown as { $client: unknown }).$client;
    const pools =
      t.database.engine === 'postgres' && url instanceof pg.Pool
        ? [openPostgres(String(url.options.connectionString), 3), openPostgres(String(url.options.connectionString), 3)]
        : [];
    const dbs: Database[] = pools.length ? pools.map((p) => p.db) : [t.database.db, t.database.db];
    const others = dbs.map((db) =>
      startIdleHolders(db, {
        secretKey: KEY,
        log: quiet,
        tickSeconds: 1,
        timeoutMs: 5000,
        sync: (id) => syncMailbox(db, id, { secretKey: KEY, sink: journal.sink }),
      }),
    );
    try {
      for (const other of others) other.start();
      // Several ticks of every holder: the first keeps it.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect((await holder()).owner).toBe(first);
      expect(others.map((o) => o.owner)).not.toContain(first);
      expect(await dovecot.connections(dana)).toBe(1);

      // The holding app stops (as a process shutting down): its connection ends and another takes over.
      await t.app.close();
      const next = await until(holder, (row) => row.owner !== null && row.owner !== first, 10_000);
      expect(others.map((o) => o.owner)).toContain(next.owner);
      await until(
        () => dovecot.connections(dana),
        (n) => n === 1,
      );
    } finally {
      await Promise.all(others.map((o) => o.stop()));
      await Promise.all(pools.map((p) => p.close()));
    }
    // Stopped: the IDLE connection is closed and the hold given back.
    await until(
      () => dovecot.connections(dana),
      (n) => n === 0,
      10_000,
    );
    expect((await holder()).owner).toBeNull();
  });
});
