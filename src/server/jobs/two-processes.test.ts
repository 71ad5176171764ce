import pg from 'pg';
import PgBoss from 'pg-boss';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startServer, waitForHealth, waitForOutput } from '../../../test/server-process';
import { startSmtpSink } from '../../../test/smtp-sink';

const JOBS = 30;
/** Queues mail.send jobs with pg-boss itself, from this test process. */
async function send(url: string, messages: object[]): Promise<(string | null)[]> {
  const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false, max: 2 });
  await boss.start();
  const ids = [];
  for (const message of messages) ids.push(await boss.send('mail.send', message));
  await boss.stop({ graceful: false });
  return ids;
}

async function stateOf(url: string, id: string | null) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT state FROM pgboss.job WHERE id = $1', [id]);
  await client.end();
  return rows[0]?.state;
}

const sentBy = (output: string) => output.split('\n').filter((line) => line.includes('"mail sent"')).length;

/**
 * Two real server processes on one PostgreSQL database share the job queue: every job runs on
 * one of them, once. PostgreSQL only: an embedded data directory serves one process (the second
 * would refuse to start), so there is nothing to share.
 */
describe.skipIf(inject('engine') === 'embedded')('two server processes on one PostgreSQL (skipped on embedded: one process per data directory)', () => {
  it('share the queue: each of many mails is sent exactly once; SIGTERM lets a mail in flight finish', { timeout: 180_000 }, async () => {
    const sink = await startSmtpSink();
    try {
      const env: Record<string, string> = { ...(await freshDatabaseEnv({ migrated: true })), TEND_SMTP_URL: sink.url, TEND_MAIL_FROM: 'Tend <jobs@tend.test>' };
      const servers = [await startServer(env), await startServer(env)];
      await Promise.all(servers.map((server) => waitForHealth(server, 120_000)));
      // A server answers while its queue starts; pg-boss drops a job sent to a queue not created yet.
      await Promise.all(servers.map((server) => waitForOutput(server, 'background jobs started')));

      // Jobs put in the queue from outside, as a third process would: both servers' workers compete for them.
      const queued = await send(
        env.DATABASE_URL,
        [...Array(JOBS).keys()].map((n) => ({ to: `person${n}@tend.test`, subject: `Job ${n}`, text: `Mail number ${n}` })),
      );
      expect(queued).not.toContain(null);

      for (let n = 0; n < JOBS; n++) await sink.waitFor(`person${n}@tend.test`, { timeoutMs: 90_000 });
      await new Promise((resolve) => setTimeout(resolve, 3000)); // a poll or two more on each server: no second copy
      expect(sink.messages.map((m) => m.subject).sort()).toEqual([...Array(JOBS).keys()].map((n) => `Job ${n}`).sort());
      const perServer = servers.map((server) => sentBy(server.output()));
      expect(perServer[0] + perServer[1]).toBe(JOBS);
      console.info(`mails sent per server process: ${perServer.join(' + ')}`);

      // SIGTERM while a mail is in flight: the server finishes sending it before it exits.
      sink.delayNext(1500);
      const inFlight = await send(env.DATABASE_URL, [{ to: 'late@tend.test', subject: 'In flight', text: 'Sent during shutdown' }]);
      while (sink.arriving() <= JOBS) await new Promise((resolve) => setTimeout(resolve, 50));
      for (const server of servers) server.process.kill('SIGTERM');
      expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
      expect((await sink.waitFor('late@tend.test', { timeoutMs: 1000 })).subject).toBe('In flight');
      expect(await stateOf(env.DATABASE_URL, inFlight[0])).toBe('completed');
      for (const server of servers) expect(server.output()).not.toContain(sink.password);
    } finally {
      await sink.close();
    }
  });
});
