import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSchema } from '../../shared/customers';
import { activityType, makeActivity, makeContact, makeCustomer, makeGroup, parse, refusal } from '../../../test/factories';
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

const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const customerOf = (owner: Client, name: string, extra: { responsibleId?: string | null } = {}) => makeCustomer(t, owner, { name, ...extra });
/** A customer as the API answers it (after a change, trash or restore), checked against the contract. */
const customerIn = async (res: Promise<Parameters<typeof parse>[1]>) => parse(customerSchema, await res);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  ulla = await newUser(t, admin, 'user');
  ulf = await newUser(t, admin, 'user');
  maja = await newUser(t, admin, 'manager');
  other = await newWorkspace(t);
  const sales = await makeGroup(t, admin, { name: 'Sales' }, [{ userId: maja.user.id, roleName: 'Head of sales' }]);
  await makeGroup(t, admin, { name: 'Sales Aarhus', parentId: sales.id }, [{ userId: ulla.user.id, roleName: 'Seller' }]);
  callType = await activityType(t, admin, 'call');
});
afterAll(() => t.close());

describe('customers', () => {
  it("a user cannot trash or restore a colleague's customer, but may change it; the responsible may trash it", async () => {
    const c = await customerOf(ulla, 'Ullas Kunde ApS');
    const refused = await ulf.delete(`/api/v1/customers/${c.id}`);
    expect(refusal(refused, 403).code).toBe('forbidden');
    expect((await customerIn(ulf.patch(`/api/v1/customers/${c.id}`, { phone: '+45 1234 5678' }))).phone).toBe('+45 1234 5678');
    expect((await customerIn(ulla.delete(`/api/v1/customers/${c.id}`))).deletedAt).not.toBeNull();
    expect(await status(ulf.post(`/api/v1/customers/${c.id}/restore`))).toBe(403);
    expect((await customerIn(ulla.post(`/api/v1/customers/${c.id}/restore`))).deletedAt).toBeNull();
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
    const contact = await makeContact(t, ulf, c.id, { firstName: 'Kim' });
    expect(await status(ulf.delete(`/api/v1/contacts/${contact.id}`))).toBe(403);
    expect(await status(ulla.delete(`/api/v1/contacts/${contact.id}`))).toBe(200);
  });

  it("a user completes a colleague's activity, but deletes only activities they or their customer's responsible own", async () => {
    const c = await customerOf(ulla, 'Aktivitet ApS');
    const hers = await makeActivity(t, ulla, { typeId: callType, subject: 'Ring', customerId: c.id });
    const his = await makeActivity(t, ulf, { typeId: callType, subject: 'Ring også', customerId: c.id });
    expect(await status(ulf.post(`/api/v1/activities/${hers.id}/complete`, {}))).toBe(200);
    expect(await status(ulf.delete(`/api/v1/activities/${hers.id}`))).toBe(403);
    expect(await status(ulla.delete(`/api/v1/activities/${his.id}`))).toBe(200); // on her customer
    const internal = await makeActivity(t, ulf, { typeId: callType, subject: 'Intern' });
    expect(await status(ulla.delete(`/api/v1/activities/${internal.id}`))).toBe(403);
    expect(await status(maja.delete(`/api/v1/activities/${internal.id}`))).toBe(403); // Ulf is not in her team
    expect(await status(ulf.delete(`/api/v1/activities/${internal.id}`))).toBe(200);
    expect(await status(ulf.delete(`/api/v1/activities/${internal.id}`))).toBe(404);
  });

  it('an activity or contact hidden by the trash is 404 to delete, as to read', async () => {
    const c = await customerOf(ulla, 'Papirkurv ApS');
    const a = await makeActivity(t, ulla, { typeId: callType, subject: 'Skjult', customerId: c.id });
    const contact = await makeContact(t, ulla, c.id, { firstName: 'Bo' });
    await customerIn(ulla.delete(`/api/v1/customers/${c.id}`));
    expect(await status(ulla.delete(`/api/v1/activities/${a.id}`))).toBe(404);
    expect(await status(ulla.delete(`/api/v1/contacts/${contact.id}`))).toBe(404);
  });
});
