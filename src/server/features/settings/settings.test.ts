import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let admin: Client;
let seller: Client;
let other: Client; // another workspace's admin

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  seller = await newUser(t, admin, 'user');
  other = await newWorkspace(t);
});
afterAll(() => t.close());

const names = async (c: Client, path: string) => (await c.get(path)).json().items.map((i: { name: string }) => i.name);

describe('settings lists', () => {
  for (const path of ['industries', 'contact-roles', 'origins', 'sources', 'products', 'categories']) {
    it(`${path}: admins create, rename, deactivate and delete; everyone reads; others get 403`, async () => {
      const created = await admin.post(`/api/v1/${path}`, { name: 'Første' });
      expect(created.statusCode, created.body).toBe(201);
      const item = created.json();
      expect(item).toMatchObject({ name: 'Første', active: true });
      expect(await names(seller, `/api/v1/${path}`)).toContain('Første');
      expect((await seller.post(`/api/v1/${path}`, { name: 'Nope' })).statusCode).toBe(403);
      expect((await seller.patch(`/api/v1/${path}/${item.id}`, { name: 'Nope' })).statusCode).toBe(403);
      expect((await seller.delete(`/api/v1/${path}/${item.id}`)).statusCode).toBe(403);
      expect((await admin.patch(`/api/v1/${path}/${item.id}`, { name: 'Anden', active: false })).json()).toMatchObject({ name: 'Anden', active: false });
      expect((await admin.post(`/api/v1/${path}`, { name: '' })).json().error.fields).toHaveProperty('name');
      expect((await other.get(`/api/v1/${path}/${item.id}`)).statusCode).toBe(404);
      expect((await other.patch(`/api/v1/${path}/${item.id}`, { name: 'x' })).statusCode).toBe(404);
      expect((await admin.delete(`/api/v1/${path}/${item.id}`)).statusCode).toBe(200);
      expect(await names(admin, `/api/v1/${path}`)).not.toContain('Anden');
    });
  }

  it('reorders a list by dragging: the ids in their new order', async () => {
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push((await admin.post('/api/v1/contact-roles', { name })).json().id);
    const res = await admin.post('/api/v1/contact-roles/reorder', { ids: [ids[2], ids[0], ids[1]] });
    expect(res.statusCode).toBe(200);
    expect(await names(admin, '/api/v1/contact-roles')).toEqual(['C', 'A', 'B']);
    expect((await admin.post('/api/v1/contact-roles/reorder', { ids: [ids[0], '00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
  });

  it('customer statuses: keys are unique and fixed; a status in use cannot be deleted', async () => {
    const vip = (await admin.post('/api/v1/customer-statuses', { key: 'key_account', name: 'Key account' })).json();
    expect((await admin.post('/api/v1/customer-statuses', { key: 'key_account', name: 'Again' })).json().error.fields).toHaveProperty('key');
    expect((await admin.post('/api/v1/customer-statuses', { key: 'Not A Key', name: 'x' })).json().error.fields).toHaveProperty('key');
    expect((await admin.patch(`/api/v1/customer-statuses/${vip.id}`, { key: 'other' })).json().error.fields).toHaveProperty('key');
    await admin.post('/api/v1/customers', { name: 'VIP A/S', status: 'key_account' });
    const refused = await admin.delete(`/api/v1/customer-statuses/${vip.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/1 customers/);
    const statuses = (await admin.get('/api/v1/customer-statuses')).json().items.map((s: { key: string }) => s.key);
    expect(statuses).toEqual(expect.arrayContaining(['lead', 'prospect', 'customer', 'former', 'key_account']));
  });

  it('categories apply to customers, contacts or both, and lists filter by category', async () => {
    const forCustomers = (await admin.post('/api/v1/categories', { name: 'Wholesale', appliesTo: 'customer' })).json();
    const forContacts = (await admin.post('/api/v1/categories', { name: 'Decision maker', appliesTo: 'contact' })).json();
    const customer = await admin.post('/api/v1/customers', { name: 'Grossist ApS', categoryIds: [forCustomers.id] });
    expect(customer.json().categoryIds).toEqual([forCustomers.id]);
    expect((await admin.post('/api/v1/customers', { name: 'Wrong', categoryIds: [forContacts.id] })).json().error.fields).toHaveProperty('categoryIds');
    const contact = await admin.post('/api/v1/contacts', { customerId: customer.json().id, firstName: 'Ida', categoryIds: [forContacts.id] });
    expect(contact.json().categoryIds).toEqual([forContacts.id]);
    expect((await admin.post('/api/v1/contacts', { customerId: customer.json().id, firstName: 'X', categoryIds: [forCustomers.id] })).statusCode).toBe(400);
    expect(await names(admin, `/api/v1/customers?categoryId=${forCustomers.id}`)).toEqual(['Grossist ApS']);
    const inUse = await admin.delete(`/api/v1/categories/${forContacts.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.message).toMatch(/1 contacts/);
    expect(inUse.json().error.usage).toEqual({ contacts: 1 });
  });

  it('moves all customers from one industry to another and says how many', async () => {
    const from = (await admin.post('/api/v1/industries', { name: 'Byggeri' })).json();
    const to = (await admin.post('/api/v1/industries', { name: 'Bygg og anlegg' })).json();
    for (const name of ['Tømrer 1', 'Tømrer 2', 'Tømrer 3']) await admin.post('/api/v1/customers', { name, industryId: from.id });
    expect((await admin.get(`/api/v1/industries/${from.id}/usage`)).json()).toEqual({ customers: 3 });
    expect((await seller.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: to.id })).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: from.id })).statusCode).toBe(400);
    expect(
      (await admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: '00000000-0000-4000-8000-000000000000' })).json().error.fields,
    ).toHaveProperty('toIndustryId');
    const moved = await admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: to.id });
    expect(moved.json()).toEqual({ moved: 3 });
    expect(await names(admin, `/api/v1/customers?industryId=${to.id}`)).toEqual(['Tømrer 1', 'Tømrer 2', 'Tømrer 3']);
    expect((await admin.get(`/api/v1/industries/${from.id}/usage`)).json()).toEqual({ customers: 0 });
    expect((await admin.delete(`/api/v1/industries/${to.id}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/v1/industries/${from.id}`)).statusCode).toBe(200);
    expect((await other.post(`/api/v1/industries/${to.id}/move-customers`, { toIndustryId: to.id })).statusCode).toBe(404);
  });

  it('keeps extra customer info: origin, sources and products', async () => {
    const origin = (await admin.post('/api/v1/origins', { name: 'Messe' })).json();
    const source = (await admin.post('/api/v1/sources', { name: 'Google' })).json();
    const product = (await admin.post('/api/v1/products', { name: 'SEO' })).json();
    const c = (await admin.post('/api/v1/customers', { name: 'Info A/S', originId: origin.id, sourceIds: [source.id], productIds: [product.id] })).json();
    expect(c).toMatchObject({ originId: origin.id, sourceIds: [source.id], productIds: [product.id] });
    expect((await admin.patch(`/api/v1/customers/${c.id}`, { productIds: [] })).json().productIds).toEqual([]);
    expect((await admin.delete(`/api/v1/sources/${source.id}`)).statusCode).toBe(409);
    const foreign = (await other.post('/api/v1/products', { name: 'Theirs' })).json();
    expect((await admin.patch(`/api/v1/customers/${c.id}`, { productIds: [foreign.id] })).json().error.fields).toHaveProperty('productIds');
  });
});

describe('groups and sales budgets', () => {
  it('builds a tree of groups without cycles, with members and their role names', async () => {
    const sales = (await admin.post('/api/v1/groups', { name: 'Salg', type: 'sales' })).json();
    const dk = (await admin.post('/api/v1/groups', { name: 'Salg DK', type: 'sales', parentId: sales.id })).json();
    const aarhus = (await admin.post('/api/v1/groups', { name: 'Salg Aarhus', type: 'sales', parentId: dk.id })).json();
    expect((await admin.patch(`/api/v1/groups/${sales.id}`, { parentId: aarhus.id })).json().error.fields).toHaveProperty('parentId');
    expect((await admin.patch(`/api/v1/groups/${sales.id}`, { parentId: sales.id })).statusCode).toBe(400);
    expect((await admin.post(`/api/v1/groups/${dk.id}/members`, { userId: seller.user.id, roleName: 'Key account manager' })).statusCode).toBe(200);
    const members = (await seller.get(`/api/v1/groups/${dk.id}/members`)).json().items;
    expect(members).toEqual([expect.objectContaining({ userId: seller.user.id, roleName: 'Key account manager' })]);
    expect((await seller.get('/api/v1/salespeople')).json().items.map((p: { id: string }) => p.id)).toEqual([seller.user.id]);
    const groupInUse = await admin.delete(`/api/v1/groups/${dk.id}`);
    expect(groupInUse.statusCode).toBe(409);
    expect(groupInUse.json().error.usage).toEqual({ subgroups: 1, members: 1 });
    expect((await seller.post('/api/v1/groups', { name: 'x' })).statusCode).toBe(403);
    expect((await other.post(`/api/v1/groups/${dk.id}/members`, { userId: other.user.id })).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/groups/${dk.id}/members`, { userId: other.user.id })).json().error.fields).toHaveProperty('userId');
    expect((await admin.delete(`/api/v1/groups/${dk.id}/members/${seller.user.id}`)).json().items).toEqual([]);
    expect((await admin.delete(`/api/v1/groups/${aarhus.id}`)).statusCode).toBe(200);
  });

  it('saves a year of budgets per salesperson and month as a grid', async () => {
    const items = [
      { userId: seller.user.id, month: '2027-01', amount: 150000, currency: 'dkk' },
      { userId: seller.user.id, month: '2027-02', amount: 175000.5, currency: 'DKK' },
    ];
    const saved = await admin.request('PUT', '/api/v1/sales-budgets?year=2027', { items });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().items).toEqual([
      { userId: seller.user.id, month: '2027-01', amount: 150000, currency: 'DKK' },
      { userId: seller.user.id, month: '2027-02', amount: 175000.5, currency: 'DKK' },
    ]);
    await admin.request('PUT', '/api/v1/sales-budgets?year=2027', { items: [items[1]] });
    expect((await seller.get('/api/v1/sales-budgets?year=2027')).json().items.map((i: { month: string }) => i.month)).toEqual(['2027-02']);
    expect((await admin.request('PUT', '/api/v1/sales-budgets?year=2027', { items: [{ ...items[0], month: '2028-01' }] })).json().error.fields).toHaveProperty([
      'items.0.month',
    ]);
    expect((await seller.request('PUT', '/api/v1/sales-budgets?year=2027', { items })).statusCode).toBe(403);
    expect((await admin.get('/api/v1/sales-budgets?year=12')).json().error.fields).toHaveProperty('year');
    expect((await other.get('/api/v1/sales-budgets?year=2027')).json().items).toEqual([]);
  });
});

describe('audit log and status history', () => {
  it('records who changed what, with before and after, for admins only', async () => {
    const role = (await admin.post('/api/v1/contact-roles', { name: 'CFO' })).json();
    await admin.patch(`/api/v1/contact-roles/${role.id}`, { name: 'Finance director' });
    const log = (await admin.get('/api/v1/audit-log?entity=contact_role')).json().items;
    const change = log.find((e: { entityId: string; action: string }) => e.entityId === role.id && e.action === 'update');
    expect(change).toMatchObject({ userId: admin.user.id, before: { name: 'CFO' }, after: { name: 'Finance director' } });
    expect((await seller.get('/api/v1/audit-log')).statusCode).toBe(403);
    expect((await other.get('/api/v1/audit-log')).json().items.some((e: { entityId: string }) => e.entityId === role.id)).toBe(false);
  });

  it('keeps the customer status history: who, when and why', async () => {
    const c = (await seller.post('/api/v1/customers', { name: 'Historik ApS' })).json();
    await seller.patch(`/api/v1/customers/${c.id}`, { status: 'prospect' });
    const history = (await seller.get(`/api/v1/customers/${c.id}/status-history`)).json().items;
    expect(history.map((h: { fromStatus: string | null; toStatus: string }) => [h.fromStatus, h.toStatus])).toEqual([
      ['lead', 'prospect'],
      [null, 'lead'],
    ]);
    expect(history[0].userId).toBe(seller.user.id);
    expect((await other.get(`/api/v1/customers/${c.id}/status-history`)).statusCode).toBe(404);
  });
});

describe('activity types and statuses', () => {
  it('admins add and change types and statuses; keys are fixed; in use means 409', async () => {
    const type = await admin.post('/api/v1/activity-types', { key: 'kickoff', name: 'Kick-off', icon: 'presentation', color: '#123abc' });
    expect(type.statusCode, type.body).toBe(201);
    expect(type.json()).toMatchObject({ key: 'kickoff', icon: 'presentation', color: '#123abc', active: true, completionSetsCustomerStatus: null });
    expect((await seller.get('/api/v1/activity-types')).json().items.map((t: { key: string }) => t.key)).toContain('kickoff');
    expect((await seller.patch(`/api/v1/activity-types/${type.json().id}`, { name: 'x' })).statusCode).toBe(403);
    const bad = await admin.post('/api/v1/activity-types', { key: 'x1', name: 'X', icon: 'rocket', color: 'red', completionSetsCustomerStatus: 'nonsense' });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['color', 'icon']);
    expect((await admin.patch(`/api/v1/activity-types/${type.json().id}`, { completionSetsCustomerStatus: 'nonsense' })).json().error.fields).toHaveProperty(
      'completionSetsCustomerStatus',
    );
    expect((await admin.patch(`/api/v1/activity-types/${type.json().id}`, { key: 'other' })).statusCode).toBe(400);
    const status = await admin.post('/api/v1/activity-statuses', { key: 'waiting', name: 'Venter på kunden' });
    expect(status.json()).toMatchObject({ key: 'waiting', closed: false });
    expect((await admin.patch(`/api/v1/activity-statuses/${status.json().id}`, { closed: true })).json().closed).toBe(true);
    const customer = (await seller.post('/api/v1/customers', { name: 'Kick-off A/S' })).json();
    await seller.post('/api/v1/activities', { typeId: type.json().id, statusId: status.json().id, subject: 'Kick-off', customerId: customer.id });
    expect((await admin.delete(`/api/v1/activity-types/${type.json().id}`)).json().error.message).toMatch(/1 activities/);
    expect((await admin.delete(`/api/v1/activity-statuses/${status.json().id}`)).statusCode).toBe(409);
    expect((await admin.patch(`/api/v1/activity-types/${type.json().id}`, { active: false })).json().active).toBe(false);
  });

  it('completing a won quote turns a Lead into a Customer, in the same transaction, with the reason in the history', async () => {
    const types = (await admin.get('/api/v1/activity-types')).json().items as { id: string; key: string }[];
    const quote = types.find((t) => t.key === 'quote')!;
    const call = types.find((t) => t.key === 'call')!;
    expect((await admin.patch(`/api/v1/activity-types/${quote.id}`, { completionSetsCustomerStatus: 'customer' })).json().completionSetsCustomerStatus).toBe(
      'customer',
    );
    const lead = (await seller.post('/api/v1/customers', { name: 'Leadsen ApS' })).json();
    expect(lead.status).toBe('lead');

    const callActivity = (await seller.post('/api/v1/activities', { typeId: call.id, subject: 'Intro call', customerId: lead.id })).json();
    await seller.post(`/api/v1/activities/${callActivity.id}/complete`, {});
    expect((await seller.get(`/api/v1/customers/${lead.id}`)).json().status).toBe('lead'); // calls carry no rule

    const offer = (await seller.post('/api/v1/activities', { typeId: quote.id, subject: 'Tilbud på 40 stole', customerId: lead.id })).json();
    // A completion that fails (its follow-up names an unknown type) changes nothing, not even the status.
    const failed = await seller.post(`/api/v1/activities/${offer.id}/complete`, {
      followUp: { scheduledAt: '2030-01-01T10:00:00+01:00', typeId: '00000000-0000-4000-8000-000000000000', text: 'x' },
    });
    expect(failed.statusCode).toBe(400);
    expect((await seller.get(`/api/v1/customers/${lead.id}`)).json().status).toBe('lead');

    expect((await seller.post(`/api/v1/activities/${offer.id}/complete`, {})).statusCode).toBe(200);
    expect((await seller.get(`/api/v1/customers/${lead.id}`)).json().status).toBe('customer');
    const [latest] = (await seller.get(`/api/v1/customers/${lead.id}/status-history`)).json().items;
    expect(latest).toMatchObject({ fromStatus: 'lead', toStatus: 'customer', activityId: offer.id, userId: seller.user.id, reason: 'activity' });
  });
});
