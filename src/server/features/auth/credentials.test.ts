import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenSchema } from '../../../shared/auth';
import { listOf } from '../../../shared/common';
import { makeToken, parse } from '../../../../test/factories';
import { Client, PASSWORD, type TestApp, createTestApp, newUser, newWorkspace, signIn } from '../../../../test/helpers';

/** Credentials end when they should: a changed or reset password, a deactivated user. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'a brand new password';

async function tokenOf(client: Client): Promise<Client> {
  const { token } = await makeToken(t, client, 'script');
  return new Client(t.app, { authorization: `Bearer ${token}` }, client.user);
}

const works = async (client: Client) => (await client.get('/api/v1/me')).statusCode;

describe('credentials end when they should', () => {
  it("changing one's own password ends one's other sessions and all API tokens, and keeps this session", async () => {
    const admin = await newWorkspace(t);
    const user = await newUser(t, admin);
    const laptop = await signIn(t.app, user.user.email);
    const token = await tokenOf(user);
    expect([await works(laptop), await works(token)]).toEqual([200, 200]);
    expect((await user.patch('/api/v1/me', { password: NEW_PASSWORD, currentPassword: PASSWORD })).statusCode).toBe(200);
    expect(await works(user)).toBe(200);
    expect(await works(laptop)).toBe(401);
    expect(await works(token)).toBe(401);
    expect(parse(listOf(tokenSchema), await user.get('/api/v1/tokens')).items).toEqual([]);
    // Other users keep theirs.
    expect(await works(admin)).toBe(200);
  });

  it("an admin's password reset ends that user's sessions and API tokens", async () => {
    const admin = await newWorkspace(t);
    const user = await newUser(t, admin);
    const token = await tokenOf(user);
    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { password: NEW_PASSWORD })).statusCode).toBe(200);
    expect(await works(user)).toBe(401);
    expect(await works(token)).toBe(401);
    expect((await signIn(t.app, user.user.email, NEW_PASSWORD)).user.id).toBe(user.user.id);
  });

  it('deactivating a user ends their tokens for good: reactivating them does not bring old tokens back', async () => {
    const admin = await newWorkspace(t);
    const user = await newUser(t, admin);
    const token = await tokenOf(user);
    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { active: false })).statusCode).toBe(200);
    expect(await works(token)).toBe(401);
    expect((await admin.patch(`/api/v1/users/${user.user.id}`, { active: true })).statusCode).toBe(200);
    expect(await works(user)).toBe(401);
    expect(await works(token)).toBe(401);
    expect(await works(await signIn(t.app, user.user.email))).toBe(200);
  });
});
