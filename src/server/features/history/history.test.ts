import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorSchema, listOf } from '../../../shared/common';
import { type AuditEntry, auditEntrySchema } from '../../../shared/history';
import { activitySchema } from '../../../shared/activities';
import { listItemSchema } from '../../../shared/settings';
import { activityType, makeActivity, makeContact, makeCustomer, makeListItem, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let admin: Client;
let mette: Client;
let other: Client; // another workspace's admin

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  mette = await newUser(t, admin, 'user', { name: 'Mette' });
  other = await newWorkspace(t);
});
afterAll(() => t.close());

const entries = listOf(auditEntrySchema);
const log = async (query: string) => parse(entries, await admin.get(`/api/v1/audit-log?${query}`));
const history = async (by: Client, customerId: string, query = '') => parse(entries, await by.get(`/api/v1/customers/${customerId}/history?${query}`));
/** Entries as short lines (action entity name), newest first. */
/** A settings list item, read through the list item contract. */
const listItem = async (path: string, name: string) => listItemSchema.parse(await makeListItem(t, admin, path, { name }));
const lines = (items: AuditEntry[]) => items.map((e) => `${e.action} ${e.entity} ${e.entityName}`);

describe('the change log records customers, contacts and activities', () => {
  it('names who changed what, with labels for the ids: the industry sentence', async () => {
    const printing = await listItem('industries', 'Printing');
    const media = await listItem('industries', 'Print & media');
    const c = await makeCustomer(t, mette, { name: 'Bæk & Søn', industryId: printing.id, status: 'lead' });
    expect((await mette.patch(`/api/v1/customers/${c.id}`, { industryId: media.id, status: 'customer', phone: c.phone })).statusCode).toBe(200);
    const [change] = (await log(`entity=customer&entityId=${c.id}&action=update`)).items;
    expect(change).toMatchObject({ userId: mette.user.id, userName: 'Mette', entityName: 'Bæk & Søn', customerId: c.id });
    // Only the fields that changed are kept: the phone sent unchanged is not in the entry.
    expect(change.changes).toEqual([
      { field: 'status', before: 'lead', after: 'customer', beforeLabel: 'Lead', afterLabel: 'Customer' },
      { field: 'industryId', before: printing.id, after: media.id, beforeLabel: 'Printing', afterLabel: 'Print & media' },
    ]);
    expect(Object.keys(change.after as object).sort()).toEqual(['industryId', 'status']);
  });

  it('records each action once: create, change, trash, restore, complete, delete; a change that changes nothing is not recorded', async () => {
    const c = await makeCustomer(t, mette, { name: 'Hansen Tømrer' });
    const contact = await makeContact(t, mette, c.id, { firstName: 'Jens', lastName: 'Hansen' });
    await mette.patch(`/api/v1/contacts/${contact.id}`, { phone: '+45 11 22 33 44' });
    await mette.patch(`/api/v1/customers/${c.id}`, { name: 'Hansen Tømrer' });
    const call = await makeActivity(t, mette, { customerId: c.id, contactId: contact.id, subject: 'Ring om tilbud' });
    const done = (
      await mette.post(`/api/v1/activities/${call.id}/complete`, {
        followUp: { scheduledAt: '2030-01-02T09:00:00+01:00', typeId: call.typeId, text: 'Følg op' },
      })
    ).json();
    await mette.delete(`/api/v1/activities/${done.next.id}`);
    await mette.delete(`/api/v1/contacts/${contact.id}`);
    await mette.delete(`/api/v1/customers/${c.id}`);
    await mette.post(`/api/v1/customers/${c.id}/restore`);
    expect(lines((await history(mette, c.id)).items)).toEqual([
      'restore customer Hansen Tømrer',
      'trash customer Hansen Tømrer',
      'delete contact Jens Hansen',
      'delete activity Følg op',
      'create activity Følg op',
      'complete activity Ring om tilbud',
      'create activity Ring om tilbud',
      'update contact Jens Hansen',
      'create contact Jens Hansen',
      'create customer Hansen Tømrer',
    ]);
    const phone = (await history(mette, c.id, 'action=update')).items[0].changes;
    expect(phone).toEqual([{ field: 'phone', before: contact.phone, after: '+45 11 22 33 44' }]);
  });

  it('a failed PATCH records nothing', async () => {
    const c = await makeCustomer(t, mette, { name: 'Fejl ApS' });
    const before = (await history(mette, c.id)).items.length;
    // The name passes, the industry does not exist: the whole request is refused.
    const refused = await mette.patch(`/api/v1/customers/${c.id}`, { name: 'Fejl & Co', industryId: '00000000-0000-4000-8000-000000000000' });
    expect(parse(errorSchema, refused, 400).error.fields).toHaveProperty('industryId');
    const type = await activityType(t, mette);
    const activity = parse(activitySchema, await mette.post('/api/v1/activities', { typeId: type, subject: 'Møde', customerId: c.id }), 201);
    expect((await mette.patch(`/api/v1/activities/${activity.id}`, { subject: 'Nyt møde', endsAt: '2000-01-01T00:00:00Z' })).statusCode).toBe(400);
    // Only the activity's creation was added; the customer kept its name.
    expect(lines((await history(mette, c.id)).items)).toEqual(['create activity Møde', 'create customer Fejl ApS']);
    expect(before).toBe(1);
  });

  it('names a record after it is gone, and a list item after it is deleted', async () => {
    const gone = await listItem('origins', 'Messe 2026');
    const c = await makeCustomer(t, mette, { name: 'Forsvundet A/S', originId: gone.id });
    await mette.patch(`/api/v1/customers/${c.id}`, { originId: null });
    parse(listItemSchema, await admin.delete(`/api/v1/origins/${gone.id}`));
    await admin.delete(`/api/v1/customers/${c.id}`);
    expect((await admin.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(200);
    const items = (await log(`customerId=${c.id}`)).items;
    expect(lines(items)).toEqual([
      'delete customer Forsvundet A/S',
      'trash customer Forsvundet A/S',
      'update customer Forsvundet A/S',
      'create customer Forsvundet A/S',
    ]);
    expect(items[2].changes).toEqual([{ field: 'originId', before: gone.id, after: null, beforeLabel: 'Messe 2026' }]);
  });

  it("names a settings entry by its record when the entry has no name of its own (moving an industry's customers)", async () => {
    const from = await listItem('industries', 'Gammel branche');
    const to = await listItem('industries', 'Ny branche');
    await makeCustomer(t, admin, { name: 'Flytter ApS', industryId: from.id });
    expect((await admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: to.id })).statusCode).toBe(200);
    const [move] = (await log(`entityId=${from.id}&action=move`)).items;
    expect(move).toMatchObject({ entity: 'industry', entityName: 'Gammel branche' });
    expect(move.changes).toContainEqual({ field: 'industryId', before: from.id, after: to.id, beforeLabel: 'Gammel branche', afterLabel: 'Ny branche' });
  });

  it('filters by record, user, action and date, pages newest first', async () => {
    const c = await makeCustomer(t, admin, { name: 'Filter ApS' });
    for (const name of ['Filter 1', 'Filter 2', 'Filter 3']) await mette.patch(`/api/v1/customers/${c.id}`, { name });
    const mine = await log(`userId=${mette.user.id}&entityId=${c.id}&limit=2`);
    expect(mine.items.map((e) => e.after)).toEqual([{ name: 'Filter 3' }, { name: 'Filter 2' }]);
    const rest = await log(`userId=${mette.user.id}&entityId=${c.id}&limit=2&cursor=${mine.nextCursor}`);
    expect(rest.items.map((e) => e.after)).toEqual([{ name: 'Filter 1' }]);
    expect(rest.nextCursor).toBeNull();
    expect(lines((await log(`entityId=${c.id}&action=create`)).items)).toEqual(['create customer Filter 3']);
    expect((await log(`entityId=${c.id}&from=2000-01-01&to=2000-12-31`)).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await log(`entityId=${c.id}&from=${today}`)).items.length + (await log(`entityId=${c.id}&to=${today}`)).items.length).toBeGreaterThanOrEqual(4);
    expect(parse(errorSchema, await admin.get('/api/v1/audit-log?action=explode'), 400).error.fields).toHaveProperty('action');
  });

  it('the history is for anyone who may read the customer; the workspace log for admins; another workspace gets 404', async () => {
    const c = await makeCustomer(t, admin, { name: 'Synlig ApS' });
    expect((await history(mette, c.id)).items.map((e) => e.action)).toEqual(['create']);
    expect((await mette.get('/api/v1/audit-log')).statusCode).toBe(403);
    expect(parse(errorSchema, await other.get(`/api/v1/customers/${c.id}/history`), 404).error.code).toBe('not_found');
    expect((await other.get(`/api/v1/audit-log?customerId=${c.id}`)).json().items).toEqual([]);
  });
});
