import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../test/helpers';

/** Sends a request over a real socket (JSON when it has a body); the client closes it, unanswered, once `leave` resolves. */
function send(port: number, client: Client, url: string, body?: object, leave?: Promise<void>): Promise<number | 'left'> {
  return new Promise((resolve, reject) => {
    const headers = body ? { ...client.headers, 'content-type': 'application/json' } : client.headers;
    const request = http.request({ port, host: '127.0.0.1', method: body ? 'POST' : 'GET', path: url, headers }, (answer) => {
      answer.resume();
      resolve(answer.statusCode ?? 0);
    });
    request.on('error', (error) => (leave === undefined ? reject(error) : resolve('left')));
    request.end(body ? JSON.stringify(body) : undefined);
    leave?.then(() => request.destroy());
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The embedded engine runs one statement at a time, so a request whose client has gone would hold
// everyone behind it. PostgreSQL runs statements side by side: an abandoned one there costs a core
// of its own, not the others' turn, and runs to its end as before.
describe.skipIf(inject('engine') !== 'embedded')('a request whose client leaves while it waits for the embedded database', () => {
  let t: TestApp;
  let port: number;
  const log: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ logger: { level: 'info', stream: { write: (line: string) => log.push(line) } } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const incoming = (url: string) => log.filter((line) => line.includes('"incoming request"') && line.includes(`"url":"${url}"`)).length;
  /** Resolves once the server has logged one more incoming request for `url` than now (and run its first hooks). */
  async function arrived(url: string): Promise<void> {
    const before = incoming(url);
    while (incoming(url) === before) await pause(10);
    await pause(50);
  }

  it('changes nothing and takes no turn; those who wait are answered', async () => {
    const admin = await newWorkspace(t);
    expect((await admin.post('/api/v1/customers', { name: 'Kept' })).statusCode).toBe(201);
    // A long statement holds the database (a report, an export: here it is sent outside any request).
    const busy = t.database.db.execute(sql`SELECT pg_sleep(1.5)`).then(() => undefined);
    await pause(100);
    // Each client leaves once the server has its request: its first statement then waits behind the
    // long one, in the thread's queue or for a new connection (and is sent after the client left).
    const left = send(port, admin, '/api/v1/customers', { name: 'Left behind' }, arrived('/api/v1/customers'));
    const leftReading = send(port, admin, '/api/v1/todo', undefined, arrived('/api/v1/todo'));
    const waiting = send(port, admin, '/api/v1/customers?limit=5');
    expect([await left, await leftReading]).toEqual(['left', 'left']);
    await busy;
    expect(await waiting).toBe(200);

    const names = (await admin.get('/api/v1/customers?limit=100')).json<{ items: { name: string }[] }>().items.map((c) => c.name);
    expect(names).toEqual(['Kept']);
    await pause(100);
    // Neither read anything: their first statement (the session look-up) was dropped, and said so.
    const records = log.map((line) => JSON.parse(line) as { msg: string; reqId?: string; req?: { url: string } });
    const gone = records.filter((r) => r.msg === 'client gone: its waiting statements were dropped').map((r) => r.reqId);
    const answered = new Set(records.filter((r) => r.msg === 'request completed').map((r) => r.reqId));
    const unanswered = records.filter((r) => r.msg === 'incoming request' && !answered.has(r.reqId));
    expect(unanswered.map((r) => r.req?.url).sort()).toEqual(['/api/v1/customers', '/api/v1/todo']);
    expect(gone.sort()).toEqual(unanswered.map((r) => r.reqId).sort());
    expect(records.filter((r) => r.msg === 'unhandled error')).toEqual([]);
  });
});
