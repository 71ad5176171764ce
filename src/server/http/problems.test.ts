import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../shared/reasons';
import { makeActivity, makeCustomer, refusal } from '../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../test/helpers';

/**
 * Errors that are not about one field say why as a stable code (`error.reason`) beside the
 * English message, so the web app can say it in the user's language.
 */

let t: TestApp;
let admin: Client;
let ulla: Client;
let ulf: Client;
let other: Client; // admin of another workspace

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  ulla = await newUser(t, admin, 'user');
  ulf = await newUser(t, admin, 'user');
  other = await newWorkspace(t);
});
afterAll(() => t.close());

const trashed = async () => {
  const c = await makeCustomer(t, ulla, { name: 'Papirkurven ApS' });
  expect((await ulla.delete(`/api/v1/customers/${c.id}`)).statusCode).toBe(200);
  return c.id;
};
const live = async () => (await makeCustomer(t, ulla, { name: 'Levende A/S' })).id;
const doneActivity = async () => {
  const a = await makeActivity(t, ulla);
  expect((await ulla.post(`/api/v1/activities/${a.id}/complete`, {})).statusCode).toBe(200);
  return a.id;
};
const setup = () =>
  t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { workspaceName: 'X', name: 'Y', email: 'setup@x.test', password: 'long enough password' } });

const cases: [name: string, status: number, code: string, provoke: () => Promise<LightMyRequestResponse>][] = [
  ['changing a customer in the trash', 409, 'customer_in_trash', async () => ulla.patch(`/api/v1/customers/${await trashed()}`, { phone: '+45 1234 5678' })],
  ['trashing it twice', 409, 'customer_already_in_trash', async () => ulla.delete(`/api/v1/customers/${await trashed()}`)],
  ['restoring a live customer', 409, 'customer_not_in_trash', async () => ulla.post(`/api/v1/customers/${await live()}/restore`)],
  ['deleting a live customer for good', 409, 'customer_trash_first', async () => admin.delete(`/api/v1/customers/${await live()}/permanent`)],
  ['a user deleting for good', 403, 'admins_only_purge', async () => ulla.delete(`/api/v1/customers/${await trashed()}/permanent`)],
  ["a user trashing a colleague's customer", 403, 'owners_only_remove', async () => ulf.delete(`/api/v1/customers/${await live()}`)],
  ['a user changing a settings list', 403, 'admins_only', () => ulla.post('/api/v1/industries', { name: 'Fiskeri' })],
  ["another workspace's customer", 404, 'customer_not_found', async () => other.get(`/api/v1/customers/${await live()}`)],
  ['completing an activity twice', 409, 'activity_done', async () => ulla.post(`/api/v1/activities/${await doneActivity()}/complete`, {})],
  ['reopening an open activity', 409, 'activity_not_done', async () => ulla.post(`/api/v1/activities/${(await makeActivity(t, ulla)).id}/reopen`)],
  ['setting Tend up twice', 409, 'already_set_up', setup],
  ['an endpoint that does not exist', 404, 'no_endpoint', () => ulla.get('/api/v1/nothing-here')],
  ['a request without a session', 401, 'sign_in_first', () => t.app.inject({ method: 'GET', url: '/api/v1/customers' })],
];

describe('error.reason', () => {
  it.each(cases)('%s: %i with its code, beside the English message', async (_name, status, code, provoke) => {
    const error = refusal(await provoke(), status);
    expect(error.reason).toEqual({ code });
    expect(error.message.length).toBeGreaterThan(0);
    expect(PROBLEM_CODES).toContain(code);
  });

  it('sign-in throttling says how many seconds to wait', async () => {
    const attempt = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@throttle.test', password: 'wrong password!' } });
    let res = await attempt();
    for (let i = 0; i < 30 && res.statusCode !== 429; i++) res = await attempt();
    const error = refusal(res, 429);
    expect(error.reason?.code).toBe('too_many_sign_ins');
    expect(error.reason?.params?.seconds).toBe(Number(res.headers['retry-after']));
  });
});
