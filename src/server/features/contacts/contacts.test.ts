import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let alice: Client;
let bob: Client;
let customerId: string;

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  bob = await newWorkspace(t);
  customerId = (await alice.post('/api/v1/customers', { name: 'Fjord Sjømat AS' })).json().id;
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
    expect(created.statusCode).toBe(201);
    const contact = created.json();
    expect(contact).toMatchObject({ customerId, firstName: 'Øyvind', lastName: 'Sæther', email: 'oyvind@fjord.no', roleId: null, categoryIds: [] });
    const updated = await alice.patch(`/api/v1/contacts/${contact.id}`, { phone: '+47 912 34 567', title: '' });
    expect(updated.json()).toMatchObject({ phone: '+47 912 34 567', title: null });
    expect((await alice.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(200);
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await alice.get(`/api/v1/contacts?customerId=${customerId}`)).json().items.map((c: { id: string }) => c.id)).not.toContain(contact.id);
  });

  it('lists a customer’s contacts by name and searches them without accents', async () => {
    for (const [firstName, lastName] of [
      ['Åsa', 'Østby'],
      ['Håkon', 'Bråthen'],
      ['Kari', 'Lien'],
    ]) {
      await alice.post('/api/v1/contacts', { customerId, firstName, lastName });
    }
    const names = (await alice.get(`/api/v1/contacts?customerId=${customerId}`)).json().items.map((c: { lastName: string }) => c.lastName);
    expect(names).toEqual(['Bråthen', 'Lien', 'Østby']);
    const found = (await alice.get('/api/v1/contacts?q=ostby')).json().items.map((c: { firstName: string }) => c.firstName);
    expect(found).toEqual(['Åsa']);
    const page1 = (await alice.get(`/api/v1/contacts?customerId=${customerId}&limit=2`)).json();
    const page2 = (await alice.get(`/api/v1/contacts?customerId=${customerId}&limit=2&cursor=${page1.nextCursor}`)).json();
    expect([...page1.items, ...page2.items].map((c: { lastName: string }) => c.lastName)).toEqual(['Bråthen', 'Lien', 'Østby']);
    expect(page2.nextCursor).toBeNull();
  });

  it('names the bad fields and stores nothing', async () => {
    const res = await alice.post('/api/v1/contacts', { customerId: 'nope', firstName: '', email: 'bad' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['customerId', 'email', 'firstName']);
    const unknownRole = await alice.post('/api/v1/contacts', { customerId, firstName: 'X', roleId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownRole.json().error.fields).toHaveProperty('roleId');
    expect((await alice.get(`/api/v1/contacts?q=X&customerId=${customerId}`)).json().items.filter((c: { firstName: string }) => c.firstName === 'X')).toEqual(
      [],
    );
  });

  it("keeps another workspace's contacts invisible (404) and refuses to attach to its customers", async () => {
    const contact = (await alice.post('/api/v1/contacts', { customerId, firstName: 'Solveig', lastName: 'Dahl' })).json();
    expect((await bob.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await bob.patch(`/api/v1/contacts/${contact.id}`, { firstName: 'x' })).statusCode).toBe(404);
    expect((await bob.delete(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await bob.get('/api/v1/contacts?q=solveig')).json().items).toEqual([]);
    expect((await bob.post('/api/v1/contacts', { customerId, firstName: 'Spy' })).json().error.fields).toHaveProperty('customerId');
    expect(
      (await alice.patch(`/api/v1/contacts/${contact.id}`, { customerId: (await bob.post('/api/v1/customers', { name: 'B' })).json().id })).statusCode,
    ).toBe(400);
  });
});
