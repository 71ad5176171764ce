import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/activities';
import type { Contact } from '../../../shared/contacts';
import type { Customer } from '../../../shared/customers';
import { customerAccessSchema, sharesSchema } from '../../../shared/sharing';
import { activityType, makeActivity, makeContact, makeCustomer, makeGroup, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Restricted customer visibility through the API (issue 13): a customer a user may not see is a
 * 404 wherever it shows and absent from every list; a read share reads, an edit share changes; a
 * share with a group reaches its members and its subgroups' members; a part in an activity gives
 * sight of its customer.
 */

let t: TestApp;
let admin: Client;
let maja: Client; // manager
let ulla: Client; // user, responsible for Hemmelig
let ulf: Client; // user, no access
let rita: Client; // user, read share
let erik: Client; // user, edit share
let gina: Client; // user, member of "Sales Aarhus" (a subgroup of "Sales")
let sten: Client; // user, member of "Sales" (the parent)
let pia: Client; // user, additional user of one of Hemmelig's activities
let salesId: string;
let aarhusId: string;
let hemmelig: Customer;
let contact: Contact;
let call: Activity;
const WORD = 'zebrafinke';

const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const setMode = async (customerVisibility: 'everyone' | 'restricted') =>
  expect(await status(admin.patch('/api/v1/workspace', { customerVisibility }))).toBe(200);
const ids = async (c: Client, url: string) => ((await c.get(url)).json() as { items: { id: string }[] }).items.map((i) => i.id);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [maja, ulla, ulf, rita, erik, gina, sten, pia] = await Promise.all([
    newUser(t, admin, 'manager'),
    ...['Ulla', 'Ulf', 'Rita', 'Erik', 'Gina', 'Sten', 'Pia'].map((name) => newUser(t, admin, 'user', { name })),
  ]);
  const sales = await makeGroup(t, admin, { name: 'Sales' }, [{ userId: sten.user.id, roleName: 'Seller' }]);
  const aarhus = await makeGroup(t, admin, { name: 'Sales Aarhus', parentId: sales.id }, [{ userId: gina.user.id, roleName: 'Seller' }]);
  [salesId, aarhusId] = [sales.id, aarhus.id];
  hemmelig = await makeCustomer(t, admin, { name: 'Hemmelig Handel ApS', responsibleId: ulla.user.id });
  contact = await makeContact(t, admin, hemmelig.id, { firstName: 'Hanne', lastName: 'Hemmelig' });
  const typeId = await activityType(t, admin, 'call');
  call = await makeActivity(t, admin, {
    typeId,
    subject: `Ring om ${WORD}`,
    customerId: hemmelig.id,
    contactId: contact.id,
    responsibleId: ulla.user.id,
    additionalUserIds: [pia.user.id],
    scheduledAt: '2026-01-05T09:00:00Z',
  });
  const share = await admin.request('PUT', `/api/v1/customers/${hemmelig.id}/shares`, {
    items: [
      { userId: rita.user.id, access: 'read' },
      { userId: erik.user.id, access: 'edit' },
      { groupId: salesId, access: 'read' },
    ],
  });
  parse(sharesSchema, share);
  await setMode('restricted');
});
afterAll(() => t.close());

describe('a restricted user without access', () => {
  it('gets 404 for the customer and everything about it', async () => {
    const urls = [
      `/api/v1/customers/${hemmelig.id}`,
      `/api/v1/customers/${hemmelig.id}/activities`,
      `/api/v1/customers/${hemmelig.id}/history`,
      `/api/v1/customers/${hemmelig.id}/status-history`,
      `/api/v1/customers/${hemmelig.id}/shares`,
      `/api/v1/customers/${hemmelig.id}/access`,
      `/api/v1/contacts/${contact.id}`,
      `/api/v1/contacts/${contact.id}/activities`,
      `/api/v1/activities/${call.id}`,
      `/api/v1/activities/${call.id}/chain`,
    ];
    for (const url of urls) expect(await status(ulf.get(url)), url).toBe(404);
    expect(await status(ulf.patch(`/api/v1/customers/${hemmelig.id}`, { phone: '1' }))).toBe(404);
    expect(await status(ulf.patch(`/api/v1/contacts/${contact.id}`, { phone: '1' }))).toBe(404);
    expect(await status(ulf.patch(`/api/v1/activities/${call.id}`, { subject: 'x' }))).toBe(404);
    expect(await status(ulf.post(`/api/v1/activities/${call.id}/complete`, {}))).toBe(404);
    expect(await status(ulf.delete(`/api/v1/customers/${hemmelig.id}`))).toBe(404);
    expect(await status(ulf.request('PUT', `/api/v1/customers/${hemmelig.id}/shares`, { items: [] }))).toBe(404);
  });

  it('finds it in no list, search, count or to-do', async () => {
    expect(await ids(ulf, '/api/v1/customers?limit=500')).not.toContain(hemmelig.id);
    expect(await ids(ulf, '/api/v1/customers?q=hemmelig')).toEqual([]);
    expect(await ids(ulf, '/api/v1/customers/duplicates?name=Hemmelig%20Handel')).toEqual([]);
    expect(await ids(ulf, '/api/v1/contacts?q=hanne')).toEqual([]);
    expect(await ids(ulf, `/api/v1/contacts?customerId=${hemmelig.id}`)).toEqual([]);
    expect(await ids(ulf, `/api/v1/activities?q=${WORD}`)).toEqual([]);
    expect(await ids(ulf, `/api/v1/activities?customerId=${hemmelig.id}`)).toEqual([]);
    expect(await ids(ulf, '/api/v1/todo?responsibleId=all&limit=500')).not.toContain(call.id);
    expect(await ids(ulf, `/api/v1/todo?responsibleId=${ulla.user.id}`)).toEqual([]);
    const counts = (await ulf.get(`/api/v1/todo/counts?responsibleId=${ulla.user.id}`)).json() as Record<string, number>;
    expect(counts.overdue + counts.today + counts.future).toBe(0);
    // A reference to it in a new record is a bad reference, naming the field.
    const typeId = await activityType(t, admin, 'call');
    expect(refusal(await ulf.post('/api/v1/activities', { typeId, subject: 'x', customerId: hemmelig.id }), 400).fields).toHaveProperty('customerId');
    expect(refusal(await ulf.post('/api/v1/contacts', { customerId: hemmelig.id, firstName: 'X' }), 400).fields).toHaveProperty('customerId');
  });

  it("sees it again at once when the workspace is 'everyone' again; managers and admins see it either way", async () => {
    for (const c of [maja, admin]) expect(await status(c.get(`/api/v1/customers/${hemmelig.id}`))).toBe(200);
    await setMode('everyone');
    try {
      expect(await status(ulf.get(`/api/v1/customers/${hemmelig.id}`))).toBe(200);
      expect(await ids(ulf, `/api/v1/activities?q=${WORD}`)).toEqual([call.id]);
    } finally {
      await setMode('restricted');
    }
    expect(await status(ulf.get(`/api/v1/customers/${hemmelig.id}`))).toBe(404);
  });
});

describe('access', () => {
  it('a read share reads everything and changes nothing (403)', async () => {
    for (const url of [
      `/api/v1/customers/${hemmelig.id}`,
      `/api/v1/contacts/${contact.id}`,
      `/api/v1/activities/${call.id}`,
      `/api/v1/customers/${hemmelig.id}/history`,
    ]) {
      expect(await status(rita.get(url)), url).toBe(200);
    }
    expect(await ids(rita, `/api/v1/activities?q=${WORD}`)).toEqual([call.id]);
    expect(await ids(rita, '/api/v1/todo?responsibleId=all&limit=500')).toContain(call.id);
    const typeId = await activityType(t, admin, 'call');
    const changes = [
      rita.patch(`/api/v1/customers/${hemmelig.id}`, { phone: '1' }),
      rita.post('/api/v1/contacts', { customerId: hemmelig.id, firstName: 'Ny' }),
      rita.patch(`/api/v1/contacts/${contact.id}`, { phone: '1' }),
      rita.post('/api/v1/activities', { typeId, subject: 'Opkald', customerId: hemmelig.id }),
      rita.patch(`/api/v1/activities/${call.id}`, { subject: 'Ændret' }),
      rita.post(`/api/v1/activities/${call.id}/complete`, {}),
    ];
    for (const res of changes) expect(refusal(await res, 403).code).toBe('forbidden');
    expect((await admin.get(`/api/v1/activities/${call.id}`)).json()).toMatchObject({ done: false, subject: call.subject });
  });

  it('an edit share changes the customer, its contacts and activities', async () => {
    expect(await status(erik.patch(`/api/v1/customers/${hemmelig.id}`, { website: 'https://hemmelig.test' }))).toBe(200);
    expect(await status(erik.patch(`/api/v1/contacts/${contact.id}`, { title: 'CEO' }))).toBe(200);
    const typeId = await activityType(t, admin, 'call');
    expect(await status(erik.post('/api/v1/activities', { typeId, subject: 'Erik ringer', customerId: hemmelig.id }))).toBe(201);
  });

  it("a share with a group reaches its members and its subgroups' members, not the parent's from a subgroup share", async () => {
    expect(await status(sten.get(`/api/v1/customers/${hemmelig.id}`))).toBe(200);
    expect(await status(gina.get(`/api/v1/customers/${hemmelig.id}`))).toBe(200);
    expect(await status(gina.patch(`/api/v1/customers/${hemmelig.id}`, { phone: '1' }))).toBe(403);
    const other = await makeCustomer(t, admin, { name: 'Kun Aarhus ApS', responsibleId: ulla.user.id });
    parse(sharesSchema, await ulla.request('PUT', `/api/v1/customers/${other.id}/shares`, { items: [{ groupId: aarhusId, access: 'edit' }] }));
    expect(await status(gina.patch(`/api/v1/customers/${other.id}`, { phone: '2' }))).toBe(200);
    expect(await status(sten.get(`/api/v1/customers/${other.id}`))).toBe(404);
  });

  it('a part in an activity shows its customer; the activity is theirs to change, the customer is not', async () => {
    expect(await status(pia.get(`/api/v1/customers/${hemmelig.id}`))).toBe(200);
    expect(await ids(pia, '/api/v1/customers?q=hemmelig')).toEqual([hemmelig.id]);
    expect(await status(pia.patch(`/api/v1/activities/${call.id}`, { note: 'Pia was there' }))).toBe(200);
    expect(await status(pia.patch(`/api/v1/customers/${hemmelig.id}`, { phone: '1' }))).toBe(403);
  });

  it('the responsible changes it and manages its shares; a sharee may not', async () => {
    expect(await status(ulla.patch(`/api/v1/customers/${hemmelig.id}`, { city: 'Aarhus' }))).toBe(200);
    expect(await status(erik.request('PUT', `/api/v1/customers/${hemmelig.id}/shares`, { items: [] }))).toBe(403);
    expect(parse(sharesSchema, await rita.get(`/api/v1/customers/${hemmelig.id}/shares`)).items).toHaveLength(3);
  });
});

describe('who can see this customer', () => {
  it('names everyone with access and why, and nobody else', async () => {
    const { customerVisibility, items } = parse(customerAccessSchema, await rita.get(`/api/v1/customers/${hemmelig.id}/access`));
    expect(customerVisibility).toBe('restricted');
    const byId = new Map(items.map((i) => [i.userId, i]));
    expect(byId.get(ulla.user.id)).toMatchObject({ access: 'edit', reasons: expect.arrayContaining([{ kind: 'responsible' }]) });
    expect(byId.get(rita.user.id)).toMatchObject({ access: 'read', reasons: [{ kind: 'share', access: 'read' }] });
    // Erik also added an activity of his own to it (above).
    expect(byId.get(erik.user.id)).toMatchObject({ access: 'edit', reasons: [{ kind: 'share', access: 'edit' }, { kind: 'activity' }] });
    expect(byId.get(gina.user.id)?.reasons).toEqual([{ kind: 'group', groupId: salesId, groupName: 'Sales', access: 'read' }]);
    expect(byId.get(pia.user.id)).toMatchObject({ access: 'read', reasons: [{ kind: 'activity' }] });
    expect(byId.get(maja.user.id)).toMatchObject({ access: 'edit', reasons: [{ kind: 'role', role: 'manager' }] });
    expect(byId.has(ulf.user.id)).toBe(false);
  });
});

describe('shares', () => {
  it('refuses bad input, naming the field, and changes nothing', async () => {
    const put = (items: unknown) => ulla.request('PUT', `/api/v1/customers/${hemmelig.id}/shares`, { items });
    expect(refusal(await put([{ userId: rita.user.id, groupId: salesId, access: 'read' }]), 400).code).toBe('validation_failed');
    expect(refusal(await put([{ userId: rita.user.id, access: 'own' }]), 400).fields).toBeDefined();
    expect(refusal(await put([{ userId: crypto.randomUUID(), access: 'read' }]), 400).fields).toHaveProperty('items');
    expect(
      refusal(
        await put([
          { userId: rita.user.id, access: 'read' },
          { userId: rita.user.id, access: 'edit' },
        ]),
        400,
      ).fields,
    ).toHaveProperty('items');
    expect(parse(sharesSchema, await ulla.get(`/api/v1/customers/${hemmelig.id}/shares`)).items).toHaveLength(3);
  });

  it('shares many customers at once; all or nothing', async () => {
    const many = await Promise.all([1, 2, 3].map((i) => makeCustomer(t, admin, { name: `Mange ${i} ApS`, responsibleId: maja.user.id })));
    const customerIds = many.map((c) => c.id);
    for (const id of customerIds) expect(await status(ulf.get(`/api/v1/customers/${id}`))).toBe(404);
    // Not the responsible of these: refused, and nothing shared.
    expect(await status(erik.post('/api/v1/customers/shares', { customerIds: [hemmelig.id], userIds: [ulf.user.id], access: 'edit' }))).toBe(403);
    expect(await status(ulf.get(`/api/v1/customers/${hemmelig.id}`))).toBe(404);
    expect(
      await status(maja.post('/api/v1/customers/shares', { customerIds: [...customerIds, crypto.randomUUID()], userIds: [ulf.user.id], access: 'read' })),
    ).toBe(404);
    expect(await status(ulf.get(`/api/v1/customers/${customerIds[0]}`))).toBe(404);
    const tooMany = Array.from({ length: 1001 }, () => crypto.randomUUID());
    expect(refusal(await maja.post('/api/v1/customers/shares', { customerIds: tooMany, userIds: [ulf.user.id], access: 'read' }), 400).fields).toHaveProperty(
      'customerIds',
    );
    expect((await maja.post('/api/v1/customers/shares', { customerIds, userIds: [ulf.user.id], access: 'read' })).json()).toEqual({ shared: 3 });
    for (const id of customerIds) expect(await status(ulf.get(`/api/v1/customers/${id}`))).toBe(200);
    expect(await status(ulf.patch(`/api/v1/customers/${customerIds[0]}`, { phone: '1' }))).toBe(403);
    // Sharing again with edit upgrades the one share, never a second row.
    expect((await maja.post('/api/v1/customers/shares', { customerIds, userIds: [ulf.user.id], access: 'edit' })).json()).toEqual({ shared: 3 });
    expect(parse(sharesSchema, await maja.get(`/api/v1/customers/${customerIds[0]}/shares`)).items).toEqual([{ userId: ulf.user.id, access: 'edit' }]);
    expect(await status(ulf.patch(`/api/v1/customers/${customerIds[0]}`, { phone: '1' }))).toBe(200);
  });
});

describe('handing a customer over', () => {
  it('answers the write, then the customer is out of sight unless shared', async () => {
    const created = await ulf.post('/api/v1/customers', { name: 'Overdraget ApS', status: 'lead', responsibleId: ulla.user.id });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as Customer;
    expect(await status(ulf.get(`/api/v1/customers/${id}`))).toBe(404);
    const own = (await ulf.post('/api/v1/customers', { name: 'Egen ApS', status: 'lead' })).json() as Customer;
    const handed = await ulf.patch(`/api/v1/customers/${own.id}`, { responsibleId: ulla.user.id });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(await status(ulf.get(`/api/v1/customers/${own.id}`))).toBe(404);
  });
});
