import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, type Started, startServer, waitForHealth } from './server-process';

/**
 * Webhooks with two real server processes on one PostgreSQL database (issue 19): both run the job
 * queue and both send due deliveries, so each event must still reach the receiver exactly once,
 * signed, and a delivery answered 500 is retried (by either process) and then delivered once.
 */

const SECRET = 'the receiver shares this secret 7';
const ADMIN = { email: 'hooks@firma.dk', password: 'a long admin password for hooks' };

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback: answers 500 to the deliveries named in `failOnce` the first time, 200 otherwise. */
async function startReceiver() {
  const received: Received[] = [];
  const failOnce = new Set<string>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const name = JSON.parse(body).data?.name as string | undefined;
      res.statusCode = name && failOnce.delete(name) ? 500 : 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, failOnce, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function signIn(server: Started): Promise<string> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(login.status).toBe(200);
  return login.headers.get('set-cookie')!.split(';')[0];
}

async function post(server: Started, cookie: string, path: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: server.url },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function eventually(probe: () => boolean | Promise<boolean>, what: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

describe.skipIf(inject('engine') !== 'postgres')('webhooks with two server processes on one database', () => {
  it('delivers each event once, signed; a delivery answered 500 is retried and then delivered once', async () => {
    const receiver = await startReceiver();
    closers.push(receiver.close);
    const env: Record<string, string> = {
      ...(await freshDatabaseEnv({ migrated: true })),
      TEND_SECRET_KEY: 'the two-process webhook test key, long enough',
      TEND_WEBHOOKS_ALLOW_PRIVATE: '1',
      TEND_ADMIN_EMAIL: ADMIN.email,
      TEND_ADMIN_PASSWORD: ADMIN.password,
    };
    // The first creates the admin; the second starts on the same database once it has.
    const first = await startServer(env);
    await waitForHealth(first);
    const second = await startServer(env);
    await waitForHealth(second);
    const servers = [first, second];
    const cookies = [await signIn(first), await signIn(second)];

    const hook = await post(first, cookies[0], '/api/v1/webhooks', { url: receiver.url, events: ['customer.created'], secret: SECRET });
    expect(hook.status).toBe(201);

    // The first attempt of one delivery is answered 500.
    const N = 20;
    receiver.failOnce.add('Two-process customer 7');
    const created = await Promise.all(
      Array.from({ length: N }, (_, i) => post(servers[i % 2], cookies[i % 2], '/api/v1/customers', { name: `Two-process customer ${i}`, status: 'lead' })),
    );
    expect(created.map((c) => c.status)).toEqual(Array(N).fill(201));
    const ids = new Set(created.map((c) => c.json.id as string));

    const delivered = () => receiver.received.filter((r) => JSON.parse(r.body).event === 'customer.created');
    // The other 19 arrive within a few of the 5-second delivery runs.
    await eventually(() => delivered().length >= N, `${N} deliveries`);
    // The retry waits a minute (the first back-off); make it due now instead of waiting.
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    closers.push(() => client.end());
    const retried = await client.query(
      `UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending' AND attempts = 1 AND response_code = 500 RETURNING id`,
    );
    expect(retried.rowCount).toBe(1);
    await eventually(() => delivered().length >= N + 1, 'the retry');
    // A few more delivery runs of both processes: nothing more may arrive.
    await new Promise((resolve) => setTimeout(resolve, 11_000));

    const all = delivered();
    expect(all).toHaveLength(N + 1);
    for (const { headers, body } of all) {
      expect(headers['x-tend-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
    }
    const payloads = all.map((r) => JSON.parse(r.body) as { id: string; data: { id: string; name: string } });
    // Each customer's event: the same delivery id every time it was sent; twice only for the one answered 500.
    const byCustomer = new Map<string, string[]>();
    for (const p of payloads) byCustomer.set(p.data.id, [...(byCustomer.get(p.data.id) ?? []), p.id]);
    expect(new Set(byCustomer.keys())).toEqual(ids);
    for (const [customerId, deliveryIds] of byCustomer) {
      const name = created.find((c) => c.json.id === customerId)!.json.name;
      expect(deliveryIds.length, name).toBe(name === 'Two-process customer 7' ? 2 : 1);
      expect(new Set(deliveryIds).size).toBe(1);
    }
    const log = await client.query<{ status: string; attempts: number; n: string }>(
      `SELECT status, attempts, count(*) AS n FROM webhook_deliveries GROUP BY status, attempts ORDER BY attempts`,
    );
    expect(log.rows).toEqual([
      { status: 'delivered', attempts: 1, n: String(N - 1) },
      { status: 'delivered', attempts: 2, n: '1' },
    ]);
  }, 180_000);
});
