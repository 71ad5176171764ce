import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../../test/factories';
import { errorSchema } from '../../shared/common';
import { type TestApp, createTestApp, newWorkspace } from '../../../test/helpers';

/** Fastify's and Node's own answers, made before any route runs, are in the error format too. */
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

const inErrorFormat = (body: string) => errorSchema.safeParse(JSON.parse(body)).success;

/** Sends raw bytes to the real server and returns the status and body of the answer. */
function rawRequest(text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const [head, body = ''] = answer.split('\r\n\r\n');
      const status = Number(head.split(' ')[1]);
      if (Number.isNaN(status)) reject(new Error(`no answer: ${answer}`));
      else resolve({ status, body });
    });
  });
}

describe('answers made before any route', () => {
  it('a URL that does not decode answers 400, a path parameter longer than any id 414', async () => {
    const admin = await newWorkspace(t);
    const badUrl = await admin.get('/api/v1/customers/%E0%A4%A');
    expect(badUrl.statusCode).toBe(400);
    expect(inErrorFormat(badUrl.body)).toBe(true);
    const longParam = await admin.get(`/api/v1/customers/${'x'.repeat(500)}`);
    expect(refusal(longParam, 414).code).toBe('uri_too_long');
  });

  it('headers or a URL beyond Node’s limit answer 431, a request Node cannot parse 400', async () => {
    const huge = await rawRequest(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect(inErrorFormat(huge.body)).toBe(true);
    const longUrl = await rawRequest(`GET /api/v1/customers?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(longUrl.status).toBe(431);
    expect(inErrorFormat(longUrl.body)).toBe(true);
    const garbage = await rawRequest('NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(inErrorFormat(garbage.body)).toBe(true);
  });

  it('malformed content types and bodies answer in the error format', async () => {
    const admin = await newWorkspace(t);
    for (const contentType of [';;;', 'application/', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/customers',
        headers: { ...admin.headers, 'content-type': contentType },
        payload: '{"name":"x"}',
      });
      expect(res.statusCode, contentType).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, contentType).toBeLessThan(500);
      expect(inErrorFormat(res.body), contentType).toBe(true);
    }
    const noType = await t.app.inject({ method: 'POST', url: '/api/v1/customers', headers: admin.headers, payload: Buffer.from('name=x') });
    expect(noType.statusCode).toBeGreaterThanOrEqual(400);
    expect(noType.statusCode).toBeLessThan(500);
    expect(inErrorFormat(noType.body)).toBe(true);
  });
});
