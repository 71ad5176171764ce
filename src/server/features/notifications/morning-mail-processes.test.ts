import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, type Started, startServer, waitForHealth } from '../../../../test/server-process';
import { startSmtpSink } from '../../../../test/smtp-sink';

const ADMIN = { TEND_ADMIN_EMAIL: 'admin@morning.test', TEND_ADMIN_PASSWORD: 'correct horse battery', TEND_REMINDER_INTERVAL: '1' };

/** A signed-in caller of a real server (cookie session). */
async function signIn(server: Started) {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.TEND_ADMIN_EMAIL, password: ADMIN.TEND_ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await r.json()) as Record<string, unknown>;
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/**
 * A fixed-offset zone where it is about 09:00 now, whatever the hour this runs at: the servers'
 * real clocks are then in the user's morning window (07:00–12:00) with hours to spare.
 * (Etc/GMT-N is N hours east of UTC: POSIX signs.)
 */
function zoneAtNine(now = new Date()): string {
  let east = (((9 - now.getUTCHours()) % 24) + 24) % 24;
  if (east > 14) east -= 24;
  return east === 0 ? 'Etc/GMT' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}

describe.skipIf(inject('engine') === 'embedded')(
  'the morning mail with two server processes on one PostgreSQL (skipped on embedded: one process per data directory; morning-mail.test.ts runs concurrent runs in one process there)',
  () => {
    it('is sent once, by one of them', { timeout: 180_000 }, async () => {
      const sink = await startSmtpSink();
      try {
        const env = { ...(await freshDatabaseEnv({ migrated: true })), ...ADMIN, TEND_SMTP_URL: sink.url, TEND_MAIL_FROM: 'Tend <jobs@tend.test>' };
        const servers = [await startServer(env), await startServer(env)];
        await Promise.all(servers.map((server) => waitForHealth(server, 120_000)));
        const call = await signIn(servers[0]);
        await call('PATCH', '/api/v1/me', { timeZone: zoneAtNine(), locale: 'nb' });
        const types = (await call('GET', '/api/v1/activity-types')) as { items: { id: string; key: string }[] };
        const typeId = types.items.find((t) => t.key === 'call')!.id;
        const scheduledAt = new Date(Date.now() + 30 * 60_000).toISOString();
        await call('POST', '/api/v1/activities', { typeId, subject: 'Ringe Kari', scheduledAt });
        // On last, once there is something due: a run before would handle the day with nothing to send.
        await call('PATCH', '/api/v1/me', { morningMail: true });
        const mail = await sink.waitFor(ADMIN.TEND_ADMIN_EMAIL, { timeoutMs: 60_000 });
        expect(mail.subject).toMatch(/^Gjøremålene dine for /);
        expect(mail.text).toContain('Ringe Kari');
        await new Promise((resolve) => setTimeout(resolve, 4000)); // several more runs on both: no second copy
        expect(sink.messages.filter((m) => m.envelope.to.includes(ADMIN.TEND_ADMIN_EMAIL))).toHaveLength(1);
      } finally {
        await sink.close();
      }
    });
  },
);
