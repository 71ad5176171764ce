import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, makeCustomer } from '../../../../test/factories';
import { type Client, createTestApp, newUser, newWorkspace, type TestApp } from '../../../../test/helpers';
import { webhookDeliveries, webhooks } from '../../db/schema';
import { createCustomer } from '../customers/customers.service';
import { hostProblem, isPublicAddress } from './address';
import { DELIVERY_DEFAULTS, deliverDue } from './delivery';

const KEY = 'the webhook test secret key, long enough';
const SECRET = 'a shared secret of the receiver 42';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback: answers the queued status codes in turn (then 200), records every request. */
async function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, answers, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('webhook addresses', () => {
  it('takes public addresses and refuses private, loopback, link-local and mapped ones', () => {
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isPublicAddress(a), a).toBe(true);
    const refused = ['127.0.0.1', '10.2.3.4', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255'];
    refused.push('::1', '::', 'fe80::1', 'fd00::1', 'fc12::3', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', 'ff02::1', '64:ff9b::a00:1');
    for (const a of refused) expect(isPublicAddress(a), a).toBe(false);
  });

  it('checks every address a host name resolves to', async () => {
    const resolveTo =
      (...addresses: string[]) =>
      async () =>
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    expect(await hostProblem('hooks.example.com', resolveTo('93.184.216.34'))).toBeNull();
    expect(await hostProblem('hooks.example.com', resolveTo('93.184.216.34', '10.0.0.7'))).not.toBeNull();
    expect(await hostProblem('hooks.example.com', resolveTo('2606:4700::1', 'fe80::1'))).not.toBeNull();
    expect(await hostProblem('nowhere.example.com', resolveTo())).not.toBeNull();
    const failing = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await hostProblem('nowhere.example.com', failing)).toEqual({ message: 'The host name does not resolve' });
    expect(await hostProblem('app.localhost')).not.toBeNull();
  });
});

describe('webhooks API (private targets refused)', () => {
  let t: TestApp;
  let admin: Client;
  let manager: Client;
  let user: Client;
  let stranger: Client;

  beforeAll(async () => {
    t = await createTestApp({ secretKey: KEY });
    admin = await newWorkspace(t);
    manager = await newUser(t, admin, 'manager');
    user = await newUser(t, admin, 'user');
    stranger = await newWorkspace(t);
  });
  afterAll(() => t?.close());

  it('validates the body and names the field', async () => {
    const cases: [unknown, string][] = [
      [{ url: 'ftp://93.184.216.34/x', events: ['customer.created'] }, 'url'],
      [{ url: 'not a url', events: ['customer.created'] }, 'url'],
      [{ url: 'https://93.184.216.34/x', events: [] }, 'events'],
      [{ url: 'https://93.184.216.34/x', events: ['customer.exploded'] }, 'events.0'],
      [{ url: 'https://93.184.216.34/x', events: ['customer.created', 'customer.created'] }, 'events'],
      [{ url: 'https://93.184.216.34/x', events: ['customer.created'], secret: 'short' }, 'secret'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post('/api/v1/webhooks', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
  });

  it('refuses private, loopback and link-local targets with a 400 naming url', async () => {
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://[::1]/x',
      'http://localhost/x',
      'http://169.254.169.254/latest',
      'http://10.0.0.1/',
      'http://[::ffff:192.168.0.1]/',
    ]) {
      const res = await admin.post('/api/v1/webhooks', { url, events: ['customer.created'] });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.fields).toHaveProperty('url');
      expect(res.json().error.reasons.url.code).toBe('public_address');
    }
    expect((await admin.get('/api/v1/webhooks')).json().items).toEqual([]);
  });

  it('is for admins only: managers and users get 403, another workspace a 404', async () => {
    const created = await admin.post('/api/v1/webhooks', { url: 'https://93.184.216.34/hook', events: ['customer.created'] });
    expect(created.statusCode).toBe(201);
    const hook = created.json();
    expect(hook.secret).toMatch(/^whsec_/);
    // Stored sealed, never answered again.
    const [row] = await t.database.db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(row.secretSealed).toMatch(/^v1\./);
    expect(row.secretSealed).not.toContain(hook.secret);
    expect((await admin.get('/api/v1/webhooks')).body).not.toContain(hook.secret);

    for (const caller of [manager, user]) {
      expect((await caller.get('/api/v1/webhooks')).statusCode).toBe(403);
      expect((await caller.post('/api/v1/webhooks', { url: 'https://93.184.216.34/x', events: ['customer.created'] })).statusCode).toBe(403);
      expect((await caller.delete(`/api/v1/webhooks/${hook.id}`)).statusCode).toBe(403);
      expect((await caller.get(`/api/v1/webhooks/${hook.id}/deliveries`)).statusCode).toBe(403);
    }
    expect((await stranger.get(`/api/v1/webhooks/${hook.id}/deliveries`)).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/webhooks/${hook.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/webhooks')).json().items).toEqual([]);

    const off = await admin.patch(`/api/v1/webhooks/${hook.id}`, { enabled: false });
    expect(off.json()).toMatchObject({ enabled: false });
    expect((await admin.delete(`/api/v1/webhooks/${hook.id}`)).statusCode).toBe(200);
    expect((await admin.get('/api/v1/webhooks')).json().items).toEqual([]);
  });

  it('hears a change from the first request after it is enabled, and none while it is off (each request looks afresh)', async () => {
    const hook = (await admin.post('/api/v1/webhooks', { url: 'https://93.184.216.34/toggle', events: ['customer.created'] })).json();
    const { db } = t.database;
    const delivered = async () => (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, hook.id))).length;
    await admin.patch(`/api/v1/webhooks/${hook.id}`, { enabled: false });
    expect((await user.post('/api/v1/customers', { name: 'Unheard ApS', status: 'lead' })).statusCode).toBe(201);
    expect(await delivered()).toBe(0);
    await admin.patch(`/api/v1/webhooks/${hook.id}`, { enabled: true });
    expect((await user.post('/api/v1/customers', { name: 'Heard ApS', status: 'lead' })).statusCode).toBe(201);
    expect(await delivered()).toBe(1);
    await admin.delete(`/api/v1/webhooks/${hook.id}`);
    expect((await user.post('/api/v1/customers', { name: 'Unheard Again ApS', status: 'lead' })).statusCode).toBe(201);
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, hook.id))).toEqual([]);
  });

  it('writes an outbox row per subscribed webhook in the change; a rolled-back change leaves none', async () => {
    const a = (await admin.post('/api/v1/webhooks', { url: 'https://93.184.216.34/a', events: ['customer.created', 'customer.updated'] })).json();
    const b = (await admin.post('/api/v1/webhooks', { url: 'https://93.184.216.34/b', events: ['contact.created'] })).json();
    const { db } = t.database;
    await expect(
      db.transaction(async (tx) => {
        await createCustomer(tx as never, actorOf(admin), { name: 'Never Sent ApS', status: 'lead' });
        throw new Error('the request failed after the change');
      }),
    ).rejects.toThrow('the request failed');
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, a.id))).toEqual([]);

    const customer = await makeCustomer(t, user, { name: 'Sent Once ApS' });
    // Another workspace's change is not this workspace's event.
    await makeCustomer(t, stranger, { name: 'Elsewhere AS' });
    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, a.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'customer.created', status: 'pending', attempts: 0 });
    expect(rows[0].data).toMatchObject({ id: customer.id, name: 'Sent Once ApS' });
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, b.id))).toEqual([]);

    // The delivery log, newest first, a page at a time.
    for (let i = 0; i < 4; i++) await user.patch(`/api/v1/customers/${customer.id}`, { phone: `+45 1234 000${i}` });
    const first = (await admin.get(`/api/v1/webhooks/${a.id}/deliveries?limit=3`)).json();
    expect(first.items).toHaveLength(3);
    expect(first.items[0]).toMatchObject({ event: 'customer.updated', status: 'pending', attempts: 0, responseCode: null, lastError: null });
    const second = (await admin.get(`/api/v1/webhooks/${a.id}/deliveries?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((d: { event: string }) => d.event)).toEqual(['customer.updated', 'customer.created']);
    expect(second.nextCursor).toBeNull();
    expect((await admin.get(`/api/v1/webhooks/${a.id}/deliveries?cursor=nonsense`)).statusCode).toBe(400);
    await admin.delete(`/api/v1/webhooks/${a.id}`);
    await admin.delete(`/api/v1/webhooks/${b.id}`);
  });

  it('checks the address again when delivering: a target that is private by then is not called', async () => {
    const receiver = await startReceiver();
    try {
      const hook = (await admin.post('/api/v1/webhooks', { url: 'https://93.184.216.34/x', events: ['customer.created'] })).json();
      // As if its DNS had changed since: the stored address now points at loopback.
      await t.database.db.update(webhooks).set({ url: receiver.url }).where(eq(webhooks.id, hook.id));
      await makeCustomer(t, admin, { name: 'Rebound AS' });
      const log = pino({ level: 'silent' });
      await deliverDue(t.database.db, { secretKey: KEY, log, settings: { ...DELIVERY_DEFAULTS, retryBaseSeconds: 3600 } });
      const [delivery] = (await admin.get(`/api/v1/webhooks/${hook.id}/deliveries`)).json().items;
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, responseCode: null });
      expect(delivery.lastError).toMatch(/refused/);
      expect(receiver.received).toEqual([]);
      await admin.delete(`/api/v1/webhooks/${hook.id}`);
    } finally {
      await receiver.close();
    }
  });
});

describe('webhook deliveries (a receiver on loopback)', () => {
  let t: TestApp;
  let admin: Client;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await createTestApp({
      secretKey: KEY,
      jobs: true,
      webhooks: { allowPrivate: true, intervalSeconds: 0.3, retryBaseSeconds: 0.3, maxAttempts: 3, timeoutMs: 2000 },
    });
    admin = await newWorkspace(t);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const deliveries = async (id: string) => (await admin.get(`/api/v1/webhooks/${id}/deliveries`)).json().items;

  it('posts the event signed with the secret; a 500 is retried until it is delivered', async () => {
    const created = await admin.post('/api/v1/webhooks', { url: receiver.url, events: ['customer.created', 'activity.completed'], secret: SECRET });
    expect(created.statusCode).toBe(201);
    const hook = created.json();
    expect(hook.secret).toBe(SECRET);
    receiver.answers.push(500, 503);
    const customer = (await admin.post('/api/v1/customers', { name: 'Hooked ApS', status: 'lead' })).json();

    const [delivery] = await eventually(async () => {
      const items = await deliveries(hook.id);
      return items[0]?.status === 'delivered' && items;
    }, 'the delivery');
    expect(delivery).toMatchObject({ event: 'customer.created', status: 'delivered', attempts: 3, responseCode: 200, lastError: null });
    expect(receiver.received).toHaveLength(3);
    for (const { headers, body } of receiver.received) {
      const expected = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
      expect(headers['x-tend-signature']).toBe(expected);
      expect(headers['x-tend-event']).toBe('customer.created');
      expect(headers['x-tend-delivery']).toBe(delivery.id);
      expect(headers['content-type']).toBe('application/json');
      const payload = JSON.parse(body);
      expect(payload).toMatchObject({
        id: delivery.id,
        event: 'customer.created',
        workspaceId: admin.user.workspaceId,
        data: { id: customer.id, name: 'Hooked ApS' },
      });
      expect(new Date(payload.occurredAt).toISOString()).toBe(payload.occurredAt);
    }
    // Every attempt sends the same body (one event, one signature).
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    await admin.delete(`/api/v1/webhooks/${hook.id}`);
  });

  it('gives up after the last attempt and logs the response code', async () => {
    receiver.received.length = 0;
    const hook = (await admin.post('/api/v1/webhooks', { url: receiver.url, events: ['customer.updated'] })).json();
    receiver.answers.push(500, 500, 500);
    const customer = (await admin.post('/api/v1/customers', { name: 'Failing AS', status: 'lead' })).json();
    await admin.patch(`/api/v1/customers/${customer.id}`, { name: 'Failing AS (renamed)' });
    const [delivery] = await eventually(async () => {
      const items = await deliveries(hook.id);
      return items[0]?.status === 'failed' && items;
    }, 'the failure');
    expect(delivery).toMatchObject({ event: 'customer.updated', status: 'failed', attempts: 3, responseCode: 500, lastError: 'HTTP 500', nextAttemptAt: null });
    expect(receiver.received).toHaveLength(3);
    expect(JSON.parse(receiver.received[0].body).data).toMatchObject({ name: 'Failing AS (renamed)' });
    await admin.delete(`/api/v1/webhooks/${hook.id}`);
  });

  it('sends a test event on request', async () => {
    receiver.received.length = 0;
    const hook = (await admin.post('/api/v1/webhooks', { url: receiver.url, events: ['contact.created'] })).json();
    expect((await admin.post(`/api/v1/webhooks/${hook.id}/test`)).statusCode).toBe(202);
    await eventually(async () => (await deliveries(hook.id))[0]?.status === 'delivered', 'the test event');
    expect(receiver.received.map((r) => r.headers['x-tend-event'])).toEqual(['webhook.test']);
    await admin.delete(`/api/v1/webhooks/${hook.id}`);
  });
});
