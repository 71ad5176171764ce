import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, CustomerListItem } from '../../../shared/customers';
import { makeCustomer, makeGroup } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * The customer answer says what the caller may do with it (issue 13): 'read' for a read-only
 * sharee under restricted visibility, 'edit' for its responsible, an edit share (also through a
 * group), managers, admins and everyone when visibility is not restricted. The web app hides its
 * buttons from it.
 */

let t: TestApp;
let admin: Client;
let maja: Client; // manager
let ulla: Client; // user, responsible
let rita: Client; // user, read share
let erik: Client; // user, edit share through a group
let customer: Customer;
let other: Customer;

const accessOf = async (c: Client, id: string) => ((await c.get(`/api/v1/customers/${id}`)).json() as Customer).access;
const listed = async (c: Client) => {
  const items = ((await c.get('/api/v1/customers?limit=100')).json() as { items: CustomerListItem[] }).items;
  return Object.fromEntries(items.map((i) => [i.name, i.access]));
};
const setMode = async (customerVisibility: 'everyone' | 'restricted') =>
  expect((await admin.patch('/api/v1/workspace', { customerVisibility })).statusCode).toBe(200);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [maja, ulla, rita, erik] = await Promise.all([newUser(t, admin, 'manager'), ...['Ulla', 'Rita', 'Erik'].map((name) => newUser(t, admin, 'user', { name }))]);
  const group = await makeGroup(t, admin, { name: 'Editors' }, [{ userId: erik.user.id, roleName: 'Seller' }]);
  customer = await makeCustomer(t, admin, { name: 'Delt A/S', responsibleId: ulla.user.id });
  other = await makeCustomer(t, admin, { name: 'Egen ApS', responsibleId: rita.user.id });
  const put = await admin.request('PUT', `/api/v1/customers/${customer.id}/shares`, {
    items: [
      { userId: rita.user.id, access: 'read' },
      { groupId: group.id, access: 'edit' },
    ],
  });
  expect(put.statusCode).toBe(200);
  await setMode('restricted');
});
afterAll(() => t.close());

describe('the access field of a customer', () => {
  it('is read for a read-only sharee, in the customer and in the list', async () => {
    expect(await accessOf(rita, customer.id)).toBe('read');
    expect(await listed(rita)).toEqual({ 'Delt A/S': 'read', 'Egen ApS': 'edit' });
    // And the server agrees: a change is refused.
    expect((await rita.patch(`/api/v1/customers/${customer.id}`, { phone: '1' })).statusCode).toBe(403);
  });

  it('is edit for the responsible, an edit share through a group, managers and admins', async () => {
    for (const c of [ulla, erik, maja, admin]) expect(await accessOf(c, customer.id)).toBe('edit');
    expect(await listed(erik)).toEqual({ 'Delt A/S': 'edit' });
    expect(Object.values(await listed(maja))).toEqual(['edit', 'edit']);
  });

  it('is edit for everyone when visibility is not restricted, and read again at once when it is', async () => {
    await setMode('everyone');
    try {
      expect(await accessOf(rita, customer.id)).toBe('edit');
      expect(await accessOf(ulla, other.id)).toBe('edit');
    } finally {
      await setMode('restricted');
    }
    expect(await accessOf(rita, customer.id)).toBe('read');
  });
});
