import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { rawMail, startDovecot } from '../../../../test/dovecot';
import { freshDatabaseEnv, type Started, startServer, waitForHealth } from '../../../../test/server-process';

const MAILS = 40;
const KEY = 'the two-process test secret key';
const carol = { user: 'carol@mail.test', password: 'carol-imap-pw-7731' };
const ADMIN = { email: 'admin@proc.test', password: 'admin password 2026' };

async function signIn(server: Started): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, 'content-type': 'application/json' };
}

const call = async (server: Started, headers: Record<string, string>, method: string, path: string, body: unknown = {}) =>
  fetch(`${server.url}${path}`, { method, headers, body: method === 'GET' ? undefined : JSON.stringify(body) });

async function counts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM mail_messages)::int AS messages, (SELECT count(*) FROM activities WHERE direction IS NOT NULL)::int AS activities,
            (SELECT count(*) FROM mailboxes WHERE idle_owner IS NOT NULL)::int AS holders`,
  );
  await client.end();
  return rows[0] as { messages: number; activities: number; holders: number };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Two real server processes on one PostgreSQL, both asked to sync one mailbox again and again
 * while they also run the periodic sync: one run at a time, every mail journaled once.
 * PostgreSQL only: an embedded data directory serves one process (sync-jobs.test.ts checks the
 * same lease with two syncs at once on both engines).
 */
describe.skipIf(inject('engine') === 'embedded')('two server processes syncing one mailbox (skipped on embedded: one process per data directory)', () => {
  it('journal every mail once', { timeout: 180_000 }, async () => {
    const dovecot = await startDovecot([carol]);
    try {
      await dovecot.append(
        carol,
        'INBOX',
        [...Array(MAILS).keys()].map((n) =>
          rawMail({ from: 'kunde@customer.test', to: carol.user, subject: `Proc mail ${n}`, messageId: `proc${n}@mail.test` }),
        ),
      );
      const env: Record<string, string> = {
        ...(await freshDatabaseEnv({ migrated: true })),
        TEND_SECRET_KEY: KEY,
        TEND_MAILBOX_SYNC_INTERVAL: '10',
        TEND_ADMIN_EMAIL: ADMIN.email,
        TEND_ADMIN_PASSWORD: ADMIN.password,
      };
      const first = await startServer(env);
      await waitForHealth(first, 120_000);
      const second = await startServer(env);
      await waitForHealth(second, 120_000);
      const servers = [first, second];
      const headers = await signIn(first);
      expect((await call(first, headers, 'POST', '/api/v1/customers', { name: 'Kunde A/S', email: 'info@customer.test' })).status).toBe(201);
      const created = await call(first, headers, 'POST', '/api/v1/mailboxes', {
        host: dovecot.host,
        port: dovecot.port,
        tls: false,
        username: carol.user,
        password: carol.password,
        folders: ['INBOX'],
      });
      const { id } = await created.json();
      // Both processes asked at once, several times, while the first sync runs.
      for (let round = 0; round < 5; round++) {
        await Promise.all(servers.map((server) => call(server, headers, 'POST', `/api/v1/mailboxes/${id}/sync`)));
      }
      const deadline = Date.now() + 90_000;
      let box = { status: '', lastSyncAt: null as string | null };
      while (Date.now() < deadline) {
        box = await (await call(second, headers, 'GET', `/api/v1/mailboxes/${id}`)).json();
        if (box.status === 'idle' && box.lastSyncAt && (await counts(env.DATABASE_URL)).messages === MAILS) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(box.status).toBe('idle');
      expect(await counts(env.DATABASE_URL)).toMatchObject({ messages: MAILS, activities: MAILS });
      for (const server of servers) expect(server.output()).not.toContain(carol.password);
      // IMAP IDLE (on by default): one of the two processes holds the mailbox, with one connection.
      const held = async () => (await counts(env.DATABASE_URL)).holders;
      await until(held, (n) => n === 1, 45_000);
      await until(
        () => dovecot.connections(carol),
        (n) => n === 1,
        15_000,
      );
      for (const server of servers) server.process.kill('SIGTERM');
      expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
      // Shut down: the IDLE connection is closed and the hold given back.
      await until(
        () => dovecot.connections(carol),
        (n) => n === 0,
        10_000,
      );
      expect(await held()).toBe(0);
    } finally {
      await dovecot.stop();
    }
  });
});
