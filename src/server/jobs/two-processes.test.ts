import PgBoss from 'pg-boss';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startServer, waitForHealth } from '../../../test/server-process';
import { startSmtpSink } from '../../../test/smtp-sink';

const JOBS = 30;
const sentBy = (output: string) => output.split('\n').filter((line) => line.includes('"mail sent"')).length;

/**
 * Two real server processes on one PostgreSQL database share the job queue: every job runs on
 * one of them, once. PostgreSQL only: an embedded data directory serves one process (the second
 * would refuse to start), so there is nothing to share.
 */
describe.skipIf(inject('engine') === 'embedded')('two server processes on one PostgreSQL (skipped on embedded: one process per data directory)', () => {
  it('share the queue: each of many mails is sent exactly once, and both stop cleanly on SIGTERM', { timeout: 180_000 }, async () => {
    const sink = await startSmtpSink();
    try {
      const env: Record<string, string> = { ...(await freshDatabaseEnv({ migrated: true })), TEND_SMTP_URL: sink.url, TEND_MAIL_FROM: 'Tend <jobs@tend.test>' };
      const servers = [await startServer(env), await startServer(env)];
      await Promise.all(servers.map((server) => waitForHealth(server, 120_000)));

      // Jobs put in the queue from outside, as a third process would: both servers' workers compete for them.
      const boss = new PgBoss({ connectionString: env.DATABASE_URL, supervise: false, schedule: false, max: 2 });
      await boss.start();
      for (let n = 0; n < JOBS; n++) await boss.send('mail.send', { to: `person${n}@tend.test`, subject: `Job ${n}`, text: `Mail number ${n}` });
      await boss.stop({ graceful: false });

      for (let n = 0; n < JOBS; n++) await sink.waitFor(`person${n}@tend.test`, { timeoutMs: 90_000 });
      await new Promise((resolve) => setTimeout(resolve, 3000)); // a poll or two more on each server: no second copy
      expect(sink.messages.map((m) => m.subject).sort()).toEqual([...Array(JOBS).keys()].map((n) => `Job ${n}`).sort());
      const perServer = servers.map((server) => sentBy(server.output()));
      expect(perServer[0] + perServer[1]).toBe(JOBS);
      console.info(`mails sent per server process: ${perServer.join(' + ')}`);

      for (const server of servers) server.process.kill('SIGTERM');
      expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
      for (const server of servers) expect(server.output()).not.toContain(sink.password);
    } finally {
      await sink.close();
    }
  });
});
