import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenCreatedSchema } from '../../shared/auth';
import { parse, refusal } from '../../../test/factories';
import { loggerOptions } from '../app';
import { PASSWORD, type TestApp, createTestApp, newWorkspace } from '../../../test/helpers';

const logLines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ logger: { ...loggerOptions('info'), stream: sink } });
});
afterAll(() => t.close());

describe('HTTP conventions', () => {
  it('answers malformed JSON, unknown routes and oversized bodies in the contract’s error format', async () => {
    const admin = await newWorkspace(t);
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(refusal(malformed, 400).code).toBe('bad_request');
    const unknown = await admin.get('/api/v1/no-such-thing');
    expect(refusal(unknown, 404).code).toBe('not_found');
    expect(refusal(await t.app.inject({ method: 'GET', url: '/api/v2/customers' }), 404).code).toBe('not_found');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(refusal(huge, 413).code).toBe('payload_too_large');
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { ...admin.headers, 'content-type': 'application/xml' },
      payload: '<name>x</name>',
    });
    expect(refusal(wrongType, 415).code).toBe('unsupported_media_type');
  });

  it('reports health and which database engine is in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: t.database.engine });
  });

  it('serves an OpenAPI 3.1 document describing every route, and a readable page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/customers',
      '/api/v1/customers/{id}',
      '/api/v1/customers/{id}/restore',
      '/api/v1/contacts',
      '/api/v1/auth/login',
      '/api/v1/users/{id}',
      '/api/v1/tokens',
      '/api/health',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const create = doc.paths['/api/v1/customers'].post;
    expect(create.requestBody.content['application/json'].schema.properties).toHaveProperty('name');
    expect(create.responses).toHaveProperty('400');
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('never writes passwords, cookies or tokens to the log', async () => {
    const admin = await newWorkspace(t);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: admin.user.email, password: PASSWORD } });
    const { token } = parse(tokenCreatedSchema, await admin.post('/api/v1/tokens', { name: 'x' }), 201);
    await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    const log = logLines.join('');
    expect(log).toContain('/api/v1/auth/login'); // requests are logged…
    expect(log).not.toContain(PASSWORD); // …but not their secrets
    expect(log).not.toContain(token);
    expect(log).not.toContain(admin.headers.cookie.split('=')[1]);
  });
});
