import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactSchema } from '../../../shared/contacts';
import { errorSchema, listOf } from '../../../shared/common';
import { makeContact, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let alice: Client;
let bob: Client;
let customerId: string;
const contacts = listOf(contactSchema);

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  bob = await newWorkspace(t);
  customerId = (await makeCustomer(t, alice, { name: 'Fjord Sjømat AS' })).id;
});
afterAll(() => t.close());

describe('contacts', () => {
  it('creates, reads, updates and deletes a contact of a customer', async () => {
    const created = await alice.post('/api/v1/contacts', {
      customerId,
      firstName: 'Øyvind',
      lastName: 'Sæther',
      email: 'OYVIND@fjord.no',
      title: 'Daglig leder',
    });
    const contact = parse(contactSchema, created, 201);
    expect(contact).toMatchObject({ customerId, firstName: 'Øyvind', lastName: 'Sæther', email: 'oyvind@fjord.no', roleId: null, categoryIds: [] });
    const updated = await alice.patch(`/api/v1/contacts/${contact.id}`, { phone: '+47 912 34 567', title: '' });
    expect(parse(contactSchema, updated)).toMatchObject({ phone: '+47 912 34 567', title: null });
    expect((await alice.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(200);
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect(parse(contacts, await alice.get(`/api/v1/contacts?customerId=${customerId}`)).items.map((c) => c.id)).not.toContain(contact.id);
  });

  it('lists a customer’s contacts by name and searches them without accents', async () => {
    // Emails of their own: a made-up one (from random names) could itself contain "ostby".
    for (const [firstName, lastName, email] of [
      ['Åsa', 'Østby', 'a@fjord.no'],
      ['Håkon', 'Bråthen', 'h@fjord.no'],
      ['Kari', 'Lien', 'k@fjord.no'],
    ]) {
      await makeContact(t, alice, customerId, { firstName, lastName, email });
    }
    const names = parse(contacts, await alice.get(`/api/v1/contacts?customerId=${customerId}`)).items.map((c) => c.lastName);
    expect(names).toEqual(['Bråthen', 'Lien', 'Østby']);
    const found = parse(contacts, await alice.get('/api/v1/contacts?q=ostby')).items.map((c) => c.firstName);
    expect(found).toEqual(['Åsa']);
    const page1 = parse(contacts, await alice.get(`/api/v1/contacts?customerId=${customerId}&limit=2`));
    const page2 = parse(contacts, await alice.get(`/api/v1/contacts?customerId=${customerId}&limit=2&cursor=${page1.nextCursor}`));
    expect([...page1.items, ...page2.items].map((c) => c.lastName)).toEqual(['Bråthen', 'Lien', 'Østby']);
    expect(page2.nextCursor).toBeNull();
  });

  it('names the bad fields and stores nothing', async () => {
    const { error } = parse(errorSchema, await alice.post('/api/v1/contacts', { customerId: 'nope', firstName: '', email: 'bad' }), 400);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['customerId', 'email', 'firstName']);
    const unknownRole = await alice.post('/api/v1/contacts', { customerId, firstName: 'X', roleId: '00000000-0000-4000-8000-000000000000' });
    expect(parse(errorSchema, unknownRole, 400).error.fields).toHaveProperty('roleId');
    expect(parse(contacts, await alice.get(`/api/v1/contacts?q=X&customerId=${customerId}`)).items.filter((c) => c.firstName === 'X')).toEqual([]);
  });

  it("keeps another workspace's contacts invisible (404) and refuses to attach to its customers", async () => {
    const contact = await makeContact(t, alice, customerId, { firstName: 'Solveig', lastName: 'Dahl' });
    expect((await bob.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await bob.patch(`/api/v1/contacts/${contact.id}`, { firstName: 'x' })).statusCode).toBe(404);
    expect((await bob.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect(parse(contacts, await bob.get('/api/v1/contacts?q=solveig')).items).toEqual([]);
    expect(parse(errorSchema, await bob.post('/api/v1/contacts', { customerId, firstName: 'Spy' }), 400).error.fields).toHaveProperty('customerId');
    expect((await alice.patch(`/api/v1/contacts/${contact.id}`, { customerId: (await makeCustomer(t, bob, { name: 'B' })).id })).statusCode).toBe(400);
  });
});
