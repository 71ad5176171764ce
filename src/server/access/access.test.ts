import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../test/helpers';

/**
 * The policy wired into the API: everyone adds and changes; removing a customer, contact or
 * activity is for its responsible (an activity's own or its customer's), their manager (members
 * of the manager's groups and subgroups) or an admin.
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // user, in the subgroup of Maja's group
let ulf: Client; // user, in no group of Maja's
let maja: Client; // manager
let other: Client; // admin of another workspace
let callType: string;

type Json = { id: string } & Record<string, unknown>;
const ok = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as Json;
};
const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const customerOf = (owner: Client, name: string, extra: object = {}) => ok(owner.post('/api/v1/customers', { name, ...extra }), 201);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  ulla = await newUser(t, admin, 'user');
  ulf = await newUser(t, admin, 'user');
  maja = await newUser(t, admin, 'manager');
  other = await newWorkspace(t);
  const sales = await ok(admin.post('/api/v1/groups', { name: 'Sales' }), 201);
  const aarhus = await ok(admin.post('/api/v1/groups', { name: 'Sales Aarhus', parentId: sales.id }), 201);
  await ok(admin.post(`/api/v1/groups/${sales.id}/members`, { userId: maja.user.id, roleName: 'Head of sales' }));
  await ok(admin.post(`/api/v1/groups/${aarhus.id}/members`, { userId: ulla.user.id, roleName: 'Seller' }));
  callType = (await admin.get('/api/v1/activity-types')).json().items.find((x: { key: string }) => x.key === 'call').id;
});
afterAll(() => t.close());

describe('customers', () => {
  it("a user cannot trash or restore a colleague's customer, but may change it; the responsible may trash it", async () => {
    const c = await customerOf(ulla, 'Ullas Kunde ApS');
    const refused = await ulf.delete(`/api/v1/customers/${c.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await ok(ulf.patch(`/api/v1/customers/${c.id}`, { phone: '+45 1234 5678' }))).phone).toBe('+45 1234 5678');
    expect((await ok(ulla.delete(`/api/v1/customers/${c.id}`))).deletedAt).not.toBeNull();
    expect(await status(ulf.post(`/api/v1/customers/${c.id}/restore`))).toBe(403);
    expect((await ok(ulla.post(`/api/v1/customers/${c.id}/restore`))).deletedAt).toBeNull();
  });

  it("a manager trashes their team's customers (subgroups included), not others'; admins trash any", async () => {
    const team = await customerOf(ulla, 'Team A/S');
    const notTeam = await customerOf(ulf, 'Udenfor A/S');
    expect(await status(maja.delete(`/api/v1/customers/${team.id}`))).toBe(200);
    expect(await status(maja.post(`/api/v1/customers/${team.id}/restore`))).toBe(200);
    expect(await status(maja.delete(`/api/v1/customers/${notTeam.id}`))).toBe(403);
    expect(await status(admin.delete(`/api/v1/customers/${notTeam.id}`))).toBe(200);
  });

  it('nobody responsible: managers may trash it, users may not', async () => {
    const c = await customerOf(admin, 'Ingen ApS', { responsibleId: null });
    expect(await status(ulla.delete(`/api/v1/customers/${c.id}`))).toBe(403);
    expect(await status(maja.delete(`/api/v1/customers/${c.id}`))).toBe(200);
  });

  it("another workspace's customer is 404, not 403", async () => {
    const c = await customerOf(ulla, 'Skjult ApS');
    expect(await status(other.delete(`/api/v1/customers/${c.id}`))).toBe(404);
    expect(await status(other.post(`/api/v1/customers/${c.id}/restore`))).toBe(404);
  });
});

describe('contacts and activities', () => {
  it("a user cannot delete a contact of a colleague's customer; the customer's responsible can", async () => {
    const c = await customerOf(ulla, 'Kontakt ApS');
    const contact = await ok(ulf.post('/api/v1/contacts', { customerId: c.id, firstName: 'Kim' }), 201);
    expect(await status(ulf.delete(`/api/v1/contacts/${contact.id}`))).toBe(403);
    expect(await status(ulla.delete(`/api/v1/contacts/${contact.id}`))).toBe(200);
  });

  it("a user completes a colleague's activity, but deletes only activities they or their customer's responsible own", async () => {
    const c = await customerOf(ulla, 'Aktivitet ApS');
    const hers = await ok(ulla.post('/api/v1/activities', { typeId: callType, subject: 'Ring', customerId: c.id }), 201);
    const his = await ok(ulf.post('/api/v1/activities', { typeId: callType, subject: 'Ring også', customerId: c.id }), 201);
    expect(await status(ulf.post(`/api/v1/activities/${hers.id}/complete`, {}))).toBe(200);
    expect(await status(ulf.delete(`/api/v1/activities/${hers.id}`))).toBe(403);
    expect(await status(ulla.delete(`/api/v1/activities/${his.id}`))).toBe(200); // on her customer
    const internal = await ok(ulf.post('/api/v1/activities', { typeId: callType, subject: 'Intern' }), 201);
    expect(await status(ulla.delete(`/api/v1/activities/${internal.id}`))).toBe(403);
    expect(await status(maja.delete(`/api/v1/activities/${internal.id}`))).toBe(403); // Ulf is not in her team
    expect(await status(ulf.delete(`/api/v1/activities/${internal.id}`))).toBe(200);
    expect(await status(ulf.delete(`/api/v1/activities/${internal.id}`))).toBe(404);
  });

  it('an activity or contact hidden by the trash is 404 to delete, as to read', async () => {
    const c = await customerOf(ulla, 'Papirkurv ApS');
    const a = await ok(ulla.post('/api/v1/activities', { typeId: callType, subject: 'Skjult', customerId: c.id }), 201);
    const contact = await ok(ulla.post('/api/v1/contacts', { customerId: c.id, firstName: 'Bo' }), 201);
    await ok(ulla.delete(`/api/v1/customers/${c.id}`));
    expect(await status(ulla.delete(`/api/v1/activities/${a.id}`))).toBe(404);
    expect(await status(ulla.delete(`/api/v1/contacts/${contact.id}`))).toBe(404);
  });
});
