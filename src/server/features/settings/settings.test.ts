import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityStatusSchema, activityTypeSchema } from '../../../shared/activities';
import { errorSchema, listOf } from '../../../shared/common';
import { contactSchema } from '../../../shared/contacts';
import { customerSchema } from '../../../shared/customers';
import { auditEntrySchema, categorySchema, groupMemberSchema, listItemSchema, moveCustomersResultSchema, salesBudgetSchema } from '../../../shared/settings';
import { makeActivity, makeCustomer, makeGroup, makeListItem, parse } from '../../../../test/factories';
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

const named = listOf(z.object({ name: z.string() }));
const names = async (c: Client, path: string) => parse(named, await c.get(path)).items.map((i) => i.name);
/** The field messages of a 400, read through the error contract. */
const fields = async (res: Promise<Parameters<typeof parse>[1]>) => parse(errorSchema, await res, 400).error.fields;
const conflict = async (res: Promise<Parameters<typeof parse>[1]>) => parse(errorSchema, await res, 409).error;

const usage = z.record(z.string(), z.number());
const budgets = listOf(salesBudgetSchema);
const auditLog = listOf(auditEntrySchema);

describe('settings lists', () => {
  for (const path of ['industries', 'contact-roles', 'origins', 'sources', 'products', 'categories']) {
    it(`${path}: admins create, rename, deactivate and delete; everyone reads; others get 403`, async () => {
      const item = parse(listItemSchema, await admin.post(`/api/v1/${path}`, { name: 'Første' }), 201);
      expect(item).toMatchObject({ name: 'Første', active: true });
      expect(await names(seller, `/api/v1/${path}`)).toContain('Første');
      expect((await seller.post(`/api/v1/${path}`, { name: 'Nope' })).statusCode).toBe(403);
      expect((await seller.patch(`/api/v1/${path}/${item.id}`, { name: 'Nope' })).statusCode).toBe(403);
      expect((await seller.delete(`/api/v1/${path}/${item.id}`)).statusCode).toBe(403);
      expect(parse(listItemSchema, await admin.patch(`/api/v1/${path}/${item.id}`, { name: 'Anden', active: false }))).toMatchObject({
        name: 'Anden',
        active: false,
      });
      expect(await fields(admin.post(`/api/v1/${path}`, { name: '' }))).toHaveProperty('name');
      expect((await other.get(`/api/v1/${path}/${item.id}`)).statusCode).toBe(404);
      expect((await other.patch(`/api/v1/${path}/${item.id}`, { name: 'x' })).statusCode).toBe(404);
      expect((await admin.delete(`/api/v1/${path}/${item.id}`)).statusCode).toBe(200);
      expect(await names(admin, `/api/v1/${path}`)).not.toContain('Anden');
    });
  }

  it('reorders a list by dragging: the ids in their new order', async () => {
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push((await makeListItem(t, admin, 'contact-roles', { name })).id);
    const res = await admin.post('/api/v1/contact-roles/reorder', { ids: [ids[2], ids[0], ids[1]] });
    expect(res.statusCode).toBe(200);
    expect(await names(admin, '/api/v1/contact-roles')).toEqual(['C', 'A', 'B']);
    expect((await admin.post('/api/v1/contact-roles/reorder', { ids: [ids[0], '00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
  });

  it('customer statuses: keys are unique and fixed; a status in use cannot be deleted', async () => {
    const vip = await makeListItem(t, admin, 'customer-statuses', { key: 'key_account', name: 'Key account' });
    expect(await fields(admin.post('/api/v1/customer-statuses', { key: 'key_account', name: 'Again' }))).toHaveProperty('key');
    expect(await fields(admin.post('/api/v1/customer-statuses', { key: 'Not A Key', name: 'x' }))).toHaveProperty('key');
    expect(await fields(admin.patch(`/api/v1/customer-statuses/${vip.id}`, { key: 'other' }))).toHaveProperty('key');
    await makeCustomer(t, admin, { name: 'VIP A/S', status: 'key_account' });
    expect((await conflict(admin.delete(`/api/v1/customer-statuses/${vip.id}`))).message).toMatch(/1 customers/);
    const statuses = parse(listOf(z.object({ key: z.string() })), await admin.get('/api/v1/customer-statuses')).items.map((s) => s.key);
    expect(statuses).toEqual(expect.arrayContaining(['lead', 'prospect', 'customer', 'former', 'key_account']));
  });

  it('categories apply to customers, contacts or both, and lists filter by category', async () => {
    const forCustomers = parse(categorySchema, await admin.post('/api/v1/categories', { name: 'Wholesale', appliesTo: 'customer' }), 201);
    const forContacts = parse(categorySchema, await admin.post('/api/v1/categories', { name: 'Decision maker', appliesTo: 'contact' }), 201);
    const customer = parse(customerSchema, await admin.post('/api/v1/customers', { name: 'Grossist ApS', categoryIds: [forCustomers.id] }), 201);
    expect(customer.categoryIds).toEqual([forCustomers.id]);
    expect(await fields(admin.post('/api/v1/customers', { name: 'Wrong', categoryIds: [forContacts.id] }))).toHaveProperty('categoryIds');
    const contact = parse(
      contactSchema,
      await admin.post('/api/v1/contacts', { customerId: customer.id, firstName: 'Ida', categoryIds: [forContacts.id] }),
      201,
    );
    expect(contact.categoryIds).toEqual([forContacts.id]);
    expect((await admin.post('/api/v1/contacts', { customerId: customer.id, firstName: 'X', categoryIds: [forCustomers.id] })).statusCode).toBe(400);
    expect(await names(admin, `/api/v1/customers?categoryId=${forCustomers.id}`)).toEqual(['Grossist ApS']);
    const inUse = await conflict(admin.delete(`/api/v1/categories/${forContacts.id}`));
    expect(inUse.message).toMatch(/1 contacts/);
    expect(inUse.usage).toEqual({ contacts: 1 });
  });

  it('moves all customers from one industry to another and says how many', async () => {
    const from = await makeListItem(t, admin, 'industries', { name: 'Byggeri' });
    const to = await makeListItem(t, admin, 'industries', { name: 'Bygg og anlegg' });
    for (const name of ['Tømrer 1', 'Tømrer 2', 'Tømrer 3']) await makeCustomer(t, admin, { name, industryId: String(from.id) });
    expect(parse(usage, await admin.get(`/api/v1/industries/${from.id}/usage`))).toEqual({ customers: 3 });
    expect((await seller.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: to.id })).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: from.id })).statusCode).toBe(400);
    expect(await fields(admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: '00000000-0000-4000-8000-000000000000' }))).toHaveProperty(
      'toIndustryId',
    );
    const moved = parse(moveCustomersResultSchema, await admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: to.id }));
    expect(moved).toEqual({ moved: 3 });
    expect(await names(admin, `/api/v1/customers?industryId=${to.id}`)).toEqual(['Tømrer 1', 'Tømrer 2', 'Tømrer 3']);
    expect(parse(usage, await admin.get(`/api/v1/industries/${from.id}/usage`))).toEqual({ customers: 0 });
    expect((await admin.delete(`/api/v1/industries/${to.id}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/v1/industries/${from.id}`)).statusCode).toBe(200);
    expect((await other.post(`/api/v1/industries/${to.id}/move-customers`, { toIndustryId: to.id })).statusCode).toBe(404);
  });

  it('keeps extra customer info: origin, sources and products', async () => {
    const origin = await makeListItem(t, admin, 'origins', { name: 'Messe' });
    const source = await makeListItem(t, admin, 'sources', { name: 'Google' });
    const product = await makeListItem(t, admin, 'products', { name: 'SEO' });
    const c = parse(
      customerSchema,
      await admin.post('/api/v1/customers', { name: 'Info A/S', originId: origin.id, sourceIds: [source.id], productIds: [product.id] }),
      201,
    );
    expect(c).toMatchObject({ originId: origin.id, sourceIds: [source.id], productIds: [product.id] });
    expect(parse(customerSchema, await admin.patch(`/api/v1/customers/${c.id}`, { productIds: [] })).productIds).toEqual([]);
    expect((await admin.delete(`/api/v1/sources/${source.id}`)).statusCode).toBe(409);
    const foreign = await makeListItem(t, other, 'products', { name: 'Theirs' });
    expect(await fields(admin.patch(`/api/v1/customers/${c.id}`, { productIds: [foreign.id] }))).toHaveProperty('productIds');
  });
});

describe('groups and sales budgets', () => {
  it('builds a tree of groups without cycles, with members and their role names', async () => {
    const sales = await makeGroup(t, admin, { name: 'Salg', type: 'sales' });
    const dk = await makeGroup(t, admin, { name: 'Salg DK', type: 'sales', parentId: sales.id });
    const aarhus = await makeGroup(t, admin, { name: 'Salg Aarhus', type: 'sales', parentId: dk.id });
    expect(await fields(admin.patch(`/api/v1/groups/${sales.id}`, { parentId: aarhus.id }))).toHaveProperty('parentId');
    expect((await admin.patch(`/api/v1/groups/${sales.id}`, { parentId: sales.id })).statusCode).toBe(400);
    expect((await admin.post(`/api/v1/groups/${dk.id}/members`, { userId: seller.user.id, roleName: 'Key account manager' })).statusCode).toBe(200);
    const members = parse(listOf(groupMemberSchema), await seller.get(`/api/v1/groups/${dk.id}/members`)).items;
    expect(members).toEqual([expect.objectContaining({ userId: seller.user.id, roleName: 'Key account manager' })]);
    expect((await seller.get('/api/v1/salespeople')).json().items.map((p: { id: string }) => p.id)).toEqual([seller.user.id]);
    expect((await conflict(admin.delete(`/api/v1/groups/${dk.id}`))).usage).toEqual({ subgroups: 1, members: 1 });
    expect((await seller.post('/api/v1/groups', { name: 'x' })).statusCode).toBe(403);
    expect((await other.post(`/api/v1/groups/${dk.id}/members`, { userId: other.user.id })).statusCode).toBe(404);
    expect(await fields(admin.post(`/api/v1/groups/${dk.id}/members`, { userId: other.user.id }))).toHaveProperty('userId');
    expect(parse(listOf(groupMemberSchema), await admin.delete(`/api/v1/groups/${dk.id}/members/${seller.user.id}`)).items).toEqual([]);
    expect((await admin.delete(`/api/v1/groups/${aarhus.id}`)).statusCode).toBe(200);
  });

  it('saves a year of budgets per salesperson and month as a grid', async () => {
    const items = [
      { userId: seller.user.id, month: '2027-01', amount: 150000, currency: 'dkk' },
      { userId: seller.user.id, month: '2027-02', amount: 175000.5, currency: 'DKK' },
    ];
    const saved = parse(budgets, await admin.request('PUT', '/api/v1/sales-budgets?year=2027', { items }), 200);
    expect(saved.items).toEqual([
      { userId: seller.user.id, month: '2027-01', amount: 150000, currency: 'DKK' },
      { userId: seller.user.id, month: '2027-02', amount: 175000.5, currency: 'DKK' },
    ]);
    await admin.request('PUT', '/api/v1/sales-budgets?year=2027', { items: [items[1]] });
    expect(parse(budgets, await seller.get('/api/v1/sales-budgets?year=2027')).items.map((i) => i.month)).toEqual(['2027-02']);
    expect(await fields(admin.request('PUT', '/api/v1/sales-budgets?year=2027', { items: [{ ...items[0], month: '2028-01' }] }))).toHaveProperty([
      'items.0.month',
    ]);
    expect((await seller.request('PUT', '/api/v1/sales-budgets?year=2027', { items })).statusCode).toBe(403);
    expect(await fields(admin.get('/api/v1/sales-budgets?year=12'))).toHaveProperty('year');
    expect(parse(budgets, await other.get('/api/v1/sales-budgets?year=2027')).items).toEqual([]);
  });
});

describe('audit log and status history', () => {
  it('records who changed what, with before and after, for admins only', async () => {
    const role = await makeListItem(t, admin, 'contact-roles', { name: 'CFO' });
    await admin.patch(`/api/v1/contact-roles/${role.id}`, { name: 'Finance director' });
    const log = parse(auditLog, await admin.get('/api/v1/audit-log?entity=contact_role')).items;
    const change = log.find((e) => e.entityId === role.id && e.action === 'update');
    expect(change).toMatchObject({ userId: admin.user.id, before: { name: 'CFO' }, after: { name: 'Finance director' } });
    expect((await seller.get('/api/v1/audit-log')).statusCode).toBe(403);
    expect(parse(auditLog, await other.get('/api/v1/audit-log')).items.some((e) => e.entityId === role.id)).toBe(false);
  });

  it('keeps the customer status history: who, when and why', async () => {
    const c = await makeCustomer(t, seller, { name: 'Historik ApS', status: 'lead' });
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
    const type = parse(
      activityTypeSchema,
      await admin.post('/api/v1/activity-types', { key: 'kickoff', name: 'Kick-off', icon: 'presentation', color: '#123abc' }),
      201,
    );
    expect(type).toMatchObject({ key: 'kickoff', icon: 'presentation', color: '#123abc', active: true, completionSetsCustomerStatus: null });
    expect(parse(listOf(activityTypeSchema), await seller.get('/api/v1/activity-types')).items.map((x) => x.key)).toContain('kickoff');
    expect((await seller.patch(`/api/v1/activity-types/${type.id}`, { name: 'x' })).statusCode).toBe(403);
    const bad = await admin.post('/api/v1/activity-types', { key: 'x1', name: 'X', icon: 'nope', color: 'red', completionSetsCustomerStatus: 'nonsense' });
    expect(Object.keys((await fields(Promise.resolve(bad))) ?? {}).sort()).toEqual(['color', 'icon']);
    expect((await admin.patch(`/api/v1/activity-types/${type.id}`, { completionSetsCustomerStatus: 'nonsense' })).json().error.fields).toHaveProperty(
      'completionSetsCustomerStatus',
    );
    expect((await admin.patch(`/api/v1/activity-types/${type.id}`, { key: 'other' })).statusCode).toBe(400);
    const status = parse(activityStatusSchema, await admin.post('/api/v1/activity-statuses', { key: 'waiting', name: 'Venter på kunden' }), 201);
    expect(status).toMatchObject({ key: 'waiting', closed: false });
    expect((await admin.patch(`/api/v1/activity-statuses/${status.id}`, { closed: true })).json().closed).toBe(true);
    const customer = await makeCustomer(t, seller, { name: 'Kick-off A/S' });
    await makeActivity(t, seller, { typeId: type.id, statusId: status.id, subject: 'Kick-off', customerId: customer.id });
    expect((await conflict(admin.delete(`/api/v1/activity-types/${type.id}`))).message).toMatch(/1 activities/);
    expect((await admin.delete(`/api/v1/activity-statuses/${status.id}`)).statusCode).toBe(409);
    expect((await admin.patch(`/api/v1/activity-types/${type.id}`, { active: false })).json().active).toBe(false);
  });

  it('completing a won quote turns a Lead into a Customer, in the same transaction, with the reason in the history', async () => {
    const types = parse(listOf(activityTypeSchema), await admin.get('/api/v1/activity-types')).items;
    const quote = types.find((t) => t.key === 'quote')!;
    const call = types.find((t) => t.key === 'call')!;
    expect((await admin.patch(`/api/v1/activity-types/${quote.id}`, { completionSetsCustomerStatus: 'customer' })).json().completionSetsCustomerStatus).toBe(
      'customer',
    );
    const lead = await makeCustomer(t, seller, { name: 'Leadsen ApS', status: 'lead' });
    expect(lead.status).toBe('lead');

    const callActivity = await makeActivity(t, seller, { typeId: call.id, subject: 'Intro call', customerId: lead.id });
    await seller.post(`/api/v1/activities/${callActivity.id}/complete`, {});
    expect(parse(customerSchema, await seller.get(`/api/v1/customers/${lead.id}`)).status).toBe('lead'); // calls carry no rule

    const offer = await makeActivity(t, seller, { typeId: quote.id, subject: 'Tilbud på 40 stole', customerId: lead.id });
    // A completion that fails (its follow-up names an unknown type) changes nothing, not even the status.
    const failed = await seller.post(`/api/v1/activities/${offer.id}/complete`, {
      followUp: { scheduledAt: '2030-01-01T10:00:00+01:00', typeId: '00000000-0000-4000-8000-000000000000', text: 'x' },
    });
    expect(failed.statusCode).toBe(400);
    expect(parse(customerSchema, await seller.get(`/api/v1/customers/${lead.id}`)).status).toBe('lead');

    expect((await seller.post(`/api/v1/activities/${offer.id}/complete`, {})).statusCode).toBe(200);
    expect(parse(customerSchema, await seller.get(`/api/v1/customers/${lead.id}`)).status).toBe('customer');
    const [latest] = (await seller.get(`/api/v1/customers/${lead.id}/status-history`)).json().items;
    expect(latest).toMatchObject({ fromStatus: 'lead', toStatus: 'customer', activityId: offer.id, userId: seller.user.id, reason: 'activity' });
  });
});
