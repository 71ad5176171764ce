import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSchema } from '../../shared/customers';
import { makeCustomer, makeToken, parse, refusal } from '../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

function expectSecurityHeaders(headers: Record<string, unknown>) {
  const csp = String(headers['content-security-policy']);
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('security headers', () => {
  it('are on every API answer, successful or not, with no-store and without HSTS over plain http', async () => {
    for (const res of [
      await t.app.inject({ url: '/api/health' }),
      await admin.get('/api/v1/me'),
      await t.app.inject({ url: '/api/v1/nothing-here' }),
      await t.app.inject({ url: '/api/v1/customers' }),
    ]) {
      expectSecurityHeaders(res.headers);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-inline');
    }
  });

  it('add HSTS when a trusted proxy says the request came over https', async () => {
    const behindProxy = await createTestApp({ trustProxy: 1 });
    try {
      const res = await behindProxy.app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' }, remoteAddress: '127.0.0.1' });
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    } finally {
      await behindProxy.close();
    }
  });

  it('relax only the API docs page for Swagger UI (inline styles), not its scripts or framing', async () => {
    const res = await t.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res.headers);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toMatch(/script-src 'self';/);
  });
});

describe('cross-site request forgery', () => {
  const trashed = async () => {
    const customer = await makeCustomer(t, admin, { name: `Trashed ${Math.random()}` });
    expect((await admin.delete(`/api/v1/customers/${customer.id}`)).statusCode).toBe(200);
    return customer.id;
  };

  it.each([
    ['text/plain', 'text/plain', 'x'],
    ['a form', 'application/x-www-form-urlencoded', 'a=1'],
    ['multipart', 'multipart/form-data; boundary=x', '--x--\r\n'],
    ['no body and no type', undefined, undefined],
  ])('a body-less POST sent as %s with the session cookie answers 415 and changes nothing', async (_, type, payload) => {
    const id = await trashed();
    const headers = { ...admin.headers, ...(type ? { 'content-type': type } : {}) };
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/customers/${id}/restore`, headers, payload });
    expect(refusal(res, 415).code).toBe('unsupported_media_type');
    expect(parse(customerSchema, await admin.get(`/api/v1/customers/${id}`)).deletedAt).not.toBeNull();
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers, payload });
    expect(logout.statusCode).toBe(415);
    expect((await admin.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('refuses a request a browser marks as coming from another site, even as JSON', async () => {
    const id = await trashed();
    for (const site of ['cross-site', 'same-site']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/customers/${id}/restore`,
        headers: { ...admin.headers, 'sec-fetch-site': site },
        payload: {},
      });
      expect(refusal(res, 403).code).toBe('forbidden');
    }
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: `/api/v1/customers/${id}/restore`,
      headers: { ...admin.headers, 'sec-fetch-site': 'same-origin' },
      payload: {},
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('believes a browser that says the request comes from this origin, whatever its content type', async () => {
    const id = await trashed();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/customers/${id}/restore`, headers: { ...admin.headers, 'sec-fetch-site': 'same-origin' } });
    expect(res.statusCode).toBe(200);
  });

  it('lets a Bearer token call a body-less route without a content type (browsers never add one by themselves)', async () => {
    const { token } = await makeToken(t, admin, 'script');
    const id = await trashed();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/customers/${id}/restore`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
  });

  it('sign-in itself must be JSON (no sign-in CSRF through a form)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ email: admin.user.email, password: 'x' }),
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('authentication comes before validation', () => {
  it('answers an anonymous caller 401 whatever its body', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/customers', payload: { name: 42, nonsense: true } });
    expect(refusal(bad, 401).code).toBe('unauthorized');
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers/00000000-0000-0000-0000-000000000000/restore',
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(plain.statusCode).toBe(401);
    const badQuery = await t.app.inject({ url: '/api/v1/customers?limit=nope' });
    expect(badQuery.statusCode).toBe(401);
  });
});
