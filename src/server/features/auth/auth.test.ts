import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResultSchema, setupStateSchema, tokenCreatedSchema, tokenSchema } from '../../../shared/auth';
import { errorSchema, listOf } from '../../../shared/common';
import { customerStatusSchema } from '../../../shared/settings';
import { userSchema } from '../../../shared/users';
import { parse } from '../../../../test/factories';
import { PASSWORD, type TestApp, createTestApp, newUser, newWorkspace, signIn } from '../../../../test/helpers';
import { loginThrottle } from '../../db/schema';
import { pruneAttempts } from './throttle.repository';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
/** A refusal read through the error contract. */
const refusal = (res: Parameters<typeof parse>[1], status: number) => parse(errorSchema, res, status).error;
const fieldNames = (res: Parameters<typeof parse>[1]) => Object.keys(refusal(res, 400).fields ?? {}).sort();

describe('sign-in, sessions and tokens', () => {
  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and signs out', async () => {
    const admin = await newWorkspace(t);
    const res = await login(admin.user.email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tend_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy(); // plain http on loopback
    const headers = { cookie: `tend_session=${cookie.value}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    expect(parse(userSchema, me)).toMatchObject({
      email: admin.user.email,
      role: 'admin',
      workspaceId: admin.user.workspaceId,
      locale: 'en',
      timeZone: 'Europe/Copenhagen',
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers, payload: {} })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
  });

  it('marks the cookie Secure when served over https', async () => {
    const admin = await newWorkspace(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.user.email, password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '127.0.0.1',
    });
    // Without TEND_TRUST_PROXY the forwarded header is not believed: the request is plain http.
    expect(res.cookies.find((c) => c.name === 'tend_session')!.secure).toBeFalsy();
    const behindProxy = await createTestApp({ trustProxy: 1 });
    try {
      const a = await newWorkspace(behindProxy);
      const viaHttps = await behindProxy.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: a.user.email, password: PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(viaHttps.cookies.find((c) => c.name === 'tend_session')!.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });

  it('answers 401 without a session and for a wrong password, without saying which part was wrong', async () => {
    expect(refusal(await t.app.inject({ method: 'GET', url: '/api/v1/customers' }), 401).code).toBe('unauthorized');
    const admin = await newWorkspace(t);
    const wrong = await login(admin.user.email, 'not the password');
    const unknown = await login('nobody@nowhere.test', 'not the password');
    expect(refusal(wrong, 401).message).toBe(refusal(unknown, 401).message);
    expect(wrong.cookies).toEqual([]);
  });

  it('slows repeated failures, then asks for a short wait that grows, and lets the owner in after it', async () => {
    const admin = await newWorkspace(t);
    const from = { remoteAddress: '198.51.100.10' };
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: admin.user.email, password }, ...from });
    const started = Date.now();
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong ${i}`)).statusCode).toBe(401);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500); // 0 + 200 + 400 + 600 + 800 ms held back
    expect((await attempt('wrong 6')).statusCode).toBe(401); // the 6th runs, and makes the next wait 1 s
    const refused = await attempt(PASSWORD);
    expect(refusal(refused, 429).code).toBe('too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await attempt('wrong 7')).statusCode).toBe(401); // makes the next wait 2 s
    const longer = await attempt(PASSWORD);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // The owner is not locked out for long: after the wait the right password signs in, and clears the count.
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
    expect((await attempt('wrong again')).statusCode).toBe(401);
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
  });

  it('does not lock everyone behind one address out: 45 failures from it, and a colleague still signs in', async () => {
    const admin = await newWorkspace(t);
    const from = { remoteAddress: '198.51.100.20' };
    for (let i = 0; i < 45; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `typo${i}@nowhere.test`, password: 'wrong' }, ...from });
      expect(res.statusCode).toBe(401);
    }
    const colleague = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: admin.user.email, password: PASSWORD }, ...from });
    expect(colleague.statusCode).toBe(200);
  });

  it('creates personal API tokens, shown once, usable as Bearer, stored hashed, revocable', async () => {
    const admin = await newWorkspace(t);
    const { id, token } = parse(tokenCreatedSchema, await admin.post('/api/v1/tokens', { name: 'Reporting script' }), 201);
    expect(token).toMatch(/^tnd_t_/);
    const bearer = { authorization: `Bearer ${token}` };
    expect(parse(userSchema, await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).id).toBe(admin.user.id);
    const listed = parse(listOf(tokenSchema), await admin.get('/api/v1/tokens')).items;
    expect(listed).toEqual([expect.objectContaining({ id, name: 'Reporting script', lastUsedAt: expect.stringMatching(/Z$/) })]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await t.database.db.query.apiTokens.findFirst();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await admin.delete(`/api/v1/tokens/${id}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer tnd_t_forged' } })).statusCode).toBe(401);
  });

  it('lets users change their own language and time zone, and checks them', async () => {
    const admin = await newWorkspace(t);
    const res = await admin.patch('/api/v1/me', { locale: 'da', timeZone: 'America/New_York' });
    expect(parse(userSchema, res)).toMatchObject({ locale: 'da', timeZone: 'America/New_York' });
    const bad = await admin.patch('/api/v1/me', { locale: 'xx', timeZone: 'Mars/Olympus' });
    expect(fieldNames(bad)).toEqual(['locale', 'timeZone']);
    const noCurrent = await admin.patch('/api/v1/me', { password: 'a brand new password' });
    expect(refusal(noCurrent, 400).fields).toHaveProperty('currentPassword');
    expect((await admin.patch('/api/v1/me', { password: 'a brand new password', currentPassword: PASSWORD })).statusCode).toBe(200);
    expect((await login(admin.user.email, 'a brand new password')).statusCode).toBe(200);
  });

  it('first-run setup works once, then answers 409', async () => {
    // This database already has workspaces, so setup is over.
    expect(parse(setupStateSchema, await t.app.inject({ method: 'GET', url: '/api/v1/setup' }))).toEqual({ needed: false, signup: false, mail: false });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { workspaceName: 'X', name: 'Y', email: 'setup@x.test', password: 'long enough password' },
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('sign-in counts', () => {
  it('forgets counts nobody added to for 15 minutes, but keeps recent ones and running waits', async () => {
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await t.database.db.insert(loginThrottle).values([
      { key: 'email:old@prune.test', attempts: 9, lastAttemptAt: ago(20), blockedUntil: ago(18) },
      { key: 'email:recent@prune.test', attempts: 3, lastAttemptAt: ago(5), blockedUntil: ago(5) },
      { key: 'email:waiting@prune.test', attempts: 30, lastAttemptAt: ago(20), blockedUntil: new Date(Date.now() + 60_000) },
    ]);
    await pruneAttempts(t.database.db);
    const keys = (await t.database.db.select({ key: loginThrottle.key }).from(loginThrottle).where(like(loginThrottle.key, '%@prune.test'))).map((r) => r.key);
    expect(keys.sort()).toEqual(['email:recent@prune.test', 'email:waiting@prune.test']);
  });
});

describe('first run on an empty database', () => {
  it('offers setup, creates the workspace with its admin and signs them in', async () => {
    const fresh = await createTestApp();
    try {
      expect(parse(setupStateSchema, await fresh.app.inject({ method: 'GET', url: '/api/v1/setup' }))).toEqual({ needed: true, signup: false, mail: false });
      const bad = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { workspaceName: '', name: 'Mette', email: 'x', password: 'short' },
      });
      expect(fieldNames(bad)).toEqual(['email', 'password', 'workspaceName']);
      const res = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { workspaceName: 'Bæk & Co', name: 'Mette Bæk', email: 'mette@baek.dk', password: 'long enough password', locale: 'da' },
      });
      expect(parse(loginResultSchema, res, 201).user).toMatchObject({ role: 'admin', locale: 'da' });
      const cookie = res.cookies.find((c) => c.name === 'tend_session')!;
      const statuses = await fresh.app.inject({ method: 'GET', url: '/api/v1/customer-statuses', headers: { cookie: `tend_session=${cookie.value}` } });
      expect(parse(listOf(customerStatusSchema), statuses).items.map((s) => [s.key, s.name])).toEqual([
        ['lead', 'Emne'],
        ['prospect', 'Kundeemne'],
        ['customer', 'Kunde'],
        ['former', 'Tidligere kunde'],
      ]);
    } finally {
      await fresh.close();
    }
  });
});

describe('users', () => {
  it('admins add users; others get 403; duplicates 409; deactivated users cannot sign in and lose their sessions', async () => {
    const admin = await newWorkspace(t);
    const member = await newUser(t, admin, 'manager');
    const body = {
      email: 'Ny.Saelger@firma.dk',
      name: 'Ny Sælger',
      password: 'long enough password',
      role: 'user',
      locale: 'da',
      timeZone: 'Europe/Copenhagen',
    };
    expect((await member.post('/api/v1/users', body)).statusCode).toBe(403);
    const created = await admin.post('/api/v1/users', body);
    expect(parse(userSchema, created, 201)).toMatchObject({ email: 'ny.saelger@firma.dk', role: 'user', active: true });
    expect(created.body).not.toContain('password');
    expect((await admin.post('/api/v1/users', body)).statusCode).toBe(409);
    const invalid = await admin.post('/api/v1/users', { ...body, email: 'x', role: 'owner', password: 'short' });
    expect(fieldNames(invalid)).toEqual(['email', 'password', 'role']);

    const seller = await signIn(t.app, 'ny.saelger@firma.dk', 'long enough password');
    expect((await member.patch(`/api/v1/users/${seller.user.id}`, { active: false })).statusCode).toBe(403);
    expect(parse(userSchema, await admin.patch(`/api/v1/users/${seller.user.id}`, { active: false })).active).toBe(false);
    expect((await seller.get('/api/v1/me')).statusCode).toBe(401);
    expect((await login('ny.saelger@firma.dk', 'long enough password')).statusCode).toBe(401);
    expect(refusal(await admin.patch(`/api/v1/users/${admin.user.id}`, { active: false }), 400).fields).toHaveProperty('active');
    const listed = parse(listOf(userSchema), await member.get('/api/v1/users')).items.map((u) => u.email);
    expect(listed).toContain('ny.saelger@firma.dk');
  });

  it("keeps another workspace's users invisible", async () => {
    const a = await newWorkspace(t);
    const b = await newWorkspace(t);
    expect((await b.get(`/api/v1/users/${a.user.id}`)).statusCode).toBe(404);
    expect((await b.patch(`/api/v1/users/${a.user.id}`, { name: 'x' })).statusCode).toBe(404);
    expect(parse(listOf(userSchema), await b.get('/api/v1/users')).items.map((u) => u.id)).not.toContain(a.user.id);
  });
});
