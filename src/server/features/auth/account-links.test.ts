import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, PASSWORD, type TestApp, createTestApp, newUser, newWorkspace, signIn } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';
import { invitationIssuedSchema, issuedLinkSchema } from '../../../shared/users';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

const NEW_PASSWORD = 'a brand new password';
const post = (url: string, payload: object, remoteAddress = '198.51.100.7') => t.app.inject({ method: 'POST', url, payload, remoteAddress });
const login = (email: string, password: string) => post('/api/v1/auth/login', { email, password });
const tokenOf = (link: string | null) => new URL(link ?? '').hash.replace('#token=', '');
const status = (c: Client) => c.get('/api/v1/me').then((r) => r.statusCode);

async function apiToken(c: Client) {
  const res = await c.post('/api/v1/tokens', { name: 'script' });
  return { authorization: `Bearer ${res.json().token}` };
}

async function resetLink(userId: string) {
  const res = await admin.post(`/api/v1/users/${userId}/password-reset`);
  expect(res.statusCode, res.body).toBe(200);
  return issuedLinkSchema.parse(res.json());
}

async function invite(email: string, by = admin) {
  const res = await by.post('/api/v1/invitations', { email, name: 'Nyansat Person', role: 'user', locale: 'da' });
  expect(res.statusCode, res.body).toBe(201);
  return invitationIssuedSchema.parse(res.json());
}

describe(`changing one's own password (${inject('engine')})`, () => {
  it('a wrong current password answers 400 naming currentPassword and changes nothing', async () => {
    const me = await newUser(t, admin);
    const other = await signIn(t.app, me.user.email);
    const res = await me.patch('/api/v1/me', { currentPassword: 'not my password', password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ currentPassword: expect.any(String) });
    expect((await login(me.user.email, PASSWORD)).statusCode).toBe(200);
    expect(await status(other)).toBe(200);
  });

  it('a password shorter than the rules allow answers 400 naming password', async () => {
    const me = await newUser(t, admin);
    const res = await me.patch('/api/v1/me', { currentPassword: PASSWORD, password: 'short' });
    expect(res.json().error.fields).toHaveProperty('password');
  });

  it("ends the user's other sessions and API tokens and keeps the one that changed it", async () => {
    const me = await newUser(t, admin);
    const other = await signIn(t.app, me.user.email);
    const bearer = await apiToken(me);
    expect((await me.patch('/api/v1/me', { currentPassword: PASSWORD, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect(await status(me)).toBe(200);
    expect(await status(other)).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    expect((await login(me.user.email, NEW_PASSWORD)).statusCode).toBe(200);
  });
});

describe(`forgot password and reset links (${inject('engine')})`, () => {
  it('answers an unknown address exactly like a known one', async () => {
    const known = await post('/api/v1/auth/forgot', { email: admin.user.email }, '198.51.100.20');
    const unknown = await post('/api/v1/auth/forgot', { email: 'nobody@nowhere.test' }, '198.51.100.21');
    expect([known.statusCode, known.body]).toEqual([202, '{"ok":true}']);
    expect([unknown.statusCode, unknown.body]).toEqual([known.statusCode, known.body]);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());
    expect((await post('/api/v1/auth/forgot', { email: 'not an address' })).json().error.fields).toHaveProperty('email');
  });

  it('a reset link sets the password, ends every session and token, signs in, and works once', async () => {
    const user = await newUser(t, admin);
    const bearer = await apiToken(user);
    const issued = await resetLink(user.user.id);
    expect(issued).toMatchObject({ mailed: false, link: expect.stringMatching(/\/reset-password#token=tnd_r_/) });
    const token = tokenOf(issued.link);
    expect((await post('/api/v1/auth/reset', { token, password: 'short' })).json().error.fields).toHaveProperty('password');
    const res = await post('/api/v1/auth/reset', { token, password: NEW_PASSWORD });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.cookies.find((c) => c.name === 'tend_session')?.value).toBeTruthy();
    expect(await status(user)).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    expect((await login(user.user.email, NEW_PASSWORD)).statusCode).toBe(200);
    const again = await post('/api/v1/auth/reset', { token, password: 'yet another password' });
    expect([again.statusCode, again.json().error.fields.token]).toEqual([400, expect.stringContaining('used')]);
    expect((await login(user.user.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('a bogus or expired token answers 400 naming token and changes nothing', async () => {
    const user = await newUser(t, admin);
    const bogus = await post('/api/v1/auth/reset', { token: 'tnd_r_made_up', password: NEW_PASSWORD });
    expect([bogus.statusCode, bogus.json().error.fields.token]).toEqual([400, expect.stringContaining('not valid')]);
    const token = tokenOf((await resetLink(user.user.id)).link);
    await t.database.db.execute(sql`UPDATE account_links SET expires_at = now() - interval '1 second' WHERE user_id = ${user.user.id}`);
    const expired = await post('/api/v1/auth/reset', { token, password: NEW_PASSWORD });
    expect([expired.statusCode, expired.json().error.fields.token]).toEqual([400, expect.stringContaining('expired')]);
    expect(await status(user)).toBe(200);
    expect((await login(user.user.email, PASSWORD)).statusCode).toBe(200);
  });

  it('a newer reset link replaces the older one; an invitation token is no reset token', async () => {
    const user = await newUser(t, admin);
    const first = tokenOf((await resetLink(user.user.id)).link);
    const second = tokenOf((await resetLink(user.user.id)).link);
    expect((await post('/api/v1/auth/reset', { token: first, password: NEW_PASSWORD })).statusCode).toBe(400);
    expect((await post('/api/v1/invitations/accept', { token: second, password: NEW_PASSWORD })).statusCode).toBe(400);
    expect((await post('/api/v1/auth/reset', { token: second, password: NEW_PASSWORD })).statusCode).toBe(200);
  });
});

describe(`invitations (${inject('engine')})`, () => {
  it('the invited person cannot sign in, then sets their password and name from the link and is signed in', async () => {
    const email = `invited-${Date.now()}@test.tend`;
    const issued = await invite(email);
    expect(issued).toMatchObject({ mailed: false, invitation: { email, role: 'user', expired: false } });
    expect((await admin.get('/api/v1/invitations')).json().items.map((i: { email: string }) => i.email)).toContain(email);
    expect((await admin.get(`/api/v1/users/${issued.invitation.id}`)).json()).toMatchObject({ invited: true });
    expect((await login(email, '!invited')).statusCode).toBe(401);
    const accepted = await post('/api/v1/invitations/accept', { token: tokenOf(issued.link), password: NEW_PASSWORD, name: 'Nanna Nielsen' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().user).toMatchObject({ email, name: 'Nanna Nielsen', invited: false, locale: 'da' });
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await admin.get('/api/v1/invitations')).json().items.map((i: { email: string }) => i.email)).not.toContain(email);
    const again = await post('/api/v1/invitations/accept', { token: tokenOf(issued.link), password: 'yet another password' });
    expect(again.json().error.fields.token).toContain('used');
  });

  it('resending replaces the link; revoking ends it and removes the invited user', async () => {
    const email = `resent-${Date.now()}@test.tend`;
    const first = await invite(email);
    const resent = await admin.post(`/api/v1/invitations/${first.invitation.id}/resend`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect((await post('/api/v1/invitations/accept', { token: tokenOf(first.link), password: NEW_PASSWORD })).statusCode).toBe(400);
    expect((await admin.delete(`/api/v1/invitations/${first.invitation.id}`)).statusCode).toBe(200);
    const late = await post('/api/v1/invitations/accept', { token: tokenOf(resent.json().link), password: NEW_PASSWORD });
    expect(late.json().error.fields).toHaveProperty('token');
    expect((await admin.get(`/api/v1/users/${first.invitation.id}`)).statusCode).toBe(404);
    expect((await admin.post('/api/v1/users', { email, name: 'Again', role: 'user', password: NEW_PASSWORD })).statusCode).toBe(201);
  });

  it('an email already in the workspace answers 409 naming email', async () => {
    const res = await admin.post('/api/v1/invitations', { email: admin.user.email, name: 'Twin', role: 'user' });
    expect([res.statusCode, Object.keys(res.json().error.fields ?? {})]).toEqual([409, ['email']]);
  });
});

describe(`who may (${inject('engine')})`, () => {
  it('only admins invite, list invitations and send reset links (403); another workspace answers 404', async () => {
    const manager = await newUser(t, admin, 'manager');
    const pending = await invite(`pending-${Date.now()}@test.tend`);
    expect((await manager.post('/api/v1/invitations', { email: 'x@test.tend', name: 'X', role: 'user' })).statusCode).toBe(403);
    expect((await manager.get('/api/v1/invitations')).statusCode).toBe(403);
    expect((await manager.post(`/api/v1/users/${admin.user.id}/password-reset`)).statusCode).toBe(403);
    expect((await manager.delete(`/api/v1/invitations/${pending.invitation.id}`)).statusCode).toBe(403);
    const stranger = await newWorkspace(t);
    expect((await stranger.post(`/api/v1/users/${manager.user.id}/password-reset`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/invitations/${pending.invitation.id}/resend`)).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/invitations/${pending.invitation.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/invitations')).json().items).toEqual([]);
  });
});

// On PostgreSQL the two requests run at once on two connections; PGlite runs them one after the
// other, which checks the same rule sequentially.
describe(`one link, two requests at once (${inject('engine')})`, () => {
  const once = (results: LightMyRequestResponse[]) => ({
    answers: statusCounts(results),
    loser: results.find((r) => r.statusCode === 400)?.json().error.fields,
  });

  it('two resets with one token: exactly one wins, the other answers 400 naming token', async () => {
    for (let round = 0; round < roundsOn(t.database.engine, 5); round++) {
      const user = await newUser(t, admin);
      const token = tokenOf((await resetLink(user.user.id)).link);
      const results = await Promise.all(['first new password', 'second new password'].map((password) => post('/api/v1/auth/reset', { token, password })));
      expect(once(results)).toEqual({ answers: { 200: 1, 400: 1 }, loser: { token: expect.any(String) } });
    }
  });

  it('two accepts of one invitation: exactly one wins', async () => {
    for (let round = 0; round < roundsOn(t.database.engine, 5); round++) {
      const token = tokenOf((await invite(`race-${round}-${Date.now()}@test.tend`)).link);
      const results = await Promise.all(
        ['first new password', 'second new password'].map((password) => post('/api/v1/invitations/accept', { token, password })),
      );
      expect(once(results)).toEqual({ answers: { 200: 1, 400: 1 }, loser: { token: expect.any(String) } });
    }
  });
});
