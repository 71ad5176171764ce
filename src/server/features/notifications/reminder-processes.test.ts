import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, type Started, startServer, waitForHealth } from '../../../../test/server-process';
import { startSmtpSink } from '../../../../test/smtp-sink';

const ADMIN = { TEND_ADMIN_EMAIL: 'admin@reminders.test', TEND_ADMIN_PASSWORD: 'correct horse battery', TEND_REMINDER_INTERVAL: '1' };

/** A signed-in caller of a real server (cookie session). */
async function signIn(server: Started) {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.TEND_ADMIN_EMAIL, password: ADMIN.TEND_ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await r.json()) as Record<string, unknown>;
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return call;
}

async function remindIn(call: Awaited<ReturnType<typeof signIn>>, subjects: string[], seconds: number) {
  const types = (await call('GET', '/api/v1/activity-types')) as { items: { id: string; key: string }[] };
  const typeId = types.items.find((t) => t.key === 'call')!.id;
  const scheduledAt = new Date(Date.now() + seconds * 1000).toISOString();
  for (const subject of subjects) await call('POST', '/api/v1/activities', { typeId, subject, scheduledAt, reminders: [0] });
}

const unreadOf = async (call: Awaited<ReturnType<typeof signIn>>) => ((await call('GET', '/api/v1/notifications')) as { unread: number }).unread;

describe('reminders with real server processes', () => {
  it('one that fell due while no server ran is delivered at the next start, once', { timeout: 180_000 }, async () => {
    const env = { ...(await freshDatabaseEnv({ migrated: true })), ...ADMIN };
    const first = await startServer(env);
    await waitForHealth(first, 120_000);
    await remindIn(await signIn(first), ['While away'], 4);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5000)); // it falls due while no server runs
    const second = await startServer(env);
    await waitForHealth(second, 120_000);
    const call = await signIn(second);
    const deadline = Date.now() + 30_000;
    while ((await unreadOf(call)) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => setTimeout(resolve, 2500)); // a few more runs: still one
    const list = (await call('GET', '/api/v1/notifications')) as { items: { subject: string }[] };
    expect(list.items.map((n) => n.subject)).toEqual(['While away']);
  });

  it.skipIf(inject('engine') === 'embedded')(
    'two processes on one PostgreSQL deliver each reminder (and its mail) once (skipped on embedded: one process per data directory)',
    { timeout: 180_000 },
    async () => {
      const sink = await startSmtpSink();
      try {
        const env = { ...(await freshDatabaseEnv({ migrated: true })), ...ADMIN, TEND_SMTP_URL: sink.url, TEND_MAIL_FROM: 'Tend <jobs@tend.test>' };
        const a = await startServer(env);
        await waitForHealth(a, 120_000);
        const b = await startServer(env);
        await waitForHealth(b, 120_000);
        const subjects = [...Array(15).keys()].map((n) => `Reminder ${n}`);
        await remindIn(await signIn(a), subjects, 5);
        const call = await signIn(b);
        const deadline = Date.now() + 60_000;
        while ((await unreadOf(call)) < subjects.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
        for (let n = 0; n < subjects.length; n++) await sink.waitFor(ADMIN.TEND_ADMIN_EMAIL, { timeoutMs: 30_000 });
        await new Promise((resolve) => setTimeout(resolve, 3000)); // more runs on both: no second copy
        expect(await unreadOf(call)).toBe(subjects.length);
        expect(sink.messages.map((m) => m.subject).sort()).toEqual(subjects.map((s) => `Reminder: ${s}`).sort());
      } finally {
        await sink.close();
      }
    },
  );
});
