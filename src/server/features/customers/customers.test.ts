import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { rows } from '../../db/client';
import { contactValues, customerValues, seededRandom } from '../../demo/factories';

let t: TestApp;
let alice: Client;
let bob: Client; // another workspace

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  bob = await newWorkspace(t);
});
afterAll(() => t.close());

const create = async (c: Client, body: object) => {
  const res = await c.post('/api/v1/customers', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('customers', () => {
  it('creates a customer with defaults and reads it back', async () => {
    const created = await create(alice, { name: 'Østergaard Tømrer ApS', email: 'Info@Ostergaard.DK', phone: '+45 12 34 56 78', countryCode: 'dk' });
    expect(created).toMatchObject({
      name: 'Østergaard Tømrer ApS',
      status: 'lead',
      email: 'info@ostergaard.dk',
      countryCode: 'DK',
      responsibleId: alice.user.id,
      deletedAt: null,
      categoryIds: [],
    });
    expect(created.createdAt).toMatch(/Z$/);
    const read = await alice.get(`/api/v1/customers/${created.id}`);
    expect(read.json()).toEqual(created);
  });

  it('rejects bad input naming each field, and stores nothing', async () => {
    const before = (await alice.get('/api/v1/customers?limit=500')).json().items.length;
    const res = await alice.post('/api/v1/customers', {
      name: '  ',
      email: 'not-an-email',
      status: 'nonsense',
      website: 'no spaces allowed here',
      countryCode: 'Denmark',
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields).sort()).toEqual(['countryCode', 'email', 'name', 'website']);
    const unknownStatus = await alice.post('/api/v1/customers', { name: 'Valid', status: 'nonsense' });
    expect(unknownStatus.statusCode).toBe(400);
    expect(unknownStatus.json().error.fields).toHaveProperty('status');
    const foreignUser = await alice.post('/api/v1/customers', { name: 'Valid', responsibleId: bob.user.id });
    expect(foreignUser.json().error.fields).toHaveProperty('responsibleId');
    expect((await alice.get('/api/v1/customers?limit=500')).json().items.length).toBe(before);
  });

  it('finds customers by name, email, phone and contact name, ignoring case and accents', async () => {
    const c = await create(alice, { name: 'Bækgaard Grossist A/S', email: 'salg@baekgaard.dk', phone: '+45 87 65 43 21' });
    await alice.post('/api/v1/contacts', { customerId: c.id, firstName: 'Zsófia', lastName: 'Győri' });
    const names = async (q: string) => (await alice.get(`/api/v1/customers?q=${encodeURIComponent(q)}`)).json().items.map((x: { name: string }) => x.name);
    expect(await names('ostergaard')).toContain('Østergaard Tømrer ApS');
    expect(await names('ØSTERGAARD')).toContain('Østergaard Tømrer ApS');
    expect(await names('baekgaard')).toContain('Bækgaard Grossist A/S');
    expect(await names('87654321')).toContain('Bækgaard Grossist A/S');
    expect(await names('87 65 43')).toContain('Bækgaard Grossist A/S');
    expect(await names('gyori')).toContain('Bækgaard Grossist A/S');
    expect(await names('salg@baek')).toContain('Bækgaard Grossist A/S');
    expect(await names('100%_')).toEqual([]);
  });

  it('follows its contacts in search: added, renamed, moved, trashed, restored, deleted, in one statement or many', async () => {
    const names = async (q: string, extra = '') =>
      (await alice.get(`/api/v1/customers?q=${encodeURIComponent(q)}${extra}`)).json().items.map((x: { name: string }) => x.name);
    const a = await create(alice, { name: 'Kontaktsøg Alfa ApS' });
    const b = await create(alice, { name: 'Kontaktsøg Beta ApS' });
    const first = (
      await alice.post('/api/v1/contacts', { customerId: a.id, firstName: 'Ældrid', lastName: 'Quorvik', email: 'eq@alfa.example', phone: '+45 31 41 59 26' })
    ).json();
    const second = (await alice.post('/api/v1/contacts', { customerId: a.id, firstName: 'Ingvar', lastName: 'Zelmer' })).json();
    expect(await names('aeldrid quorvik')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names('ZELMER')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names('eq@alfa')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names('31415926')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names('31 41 59')).toEqual(['Kontaktsøg Alfa ApS']);
    // Two contacts' texts do not run into each other, whichever comes first.
    expect(await names('4531415926 ingvar')).toEqual([]);
    expect(await names('zelmer    aeldrid')).toEqual([]);

    await alice.patch(`/api/v1/contacts/${second.id}`, { lastName: 'Ystad' });
    expect(await names('zelmer')).toEqual([]);
    expect(await names('ystad')).toEqual(['Kontaktsøg Alfa ApS']);

    await alice.patch(`/api/v1/contacts/${second.id}`, { customerId: b.id });
    expect(await names('ystad')).toEqual(['Kontaktsøg Beta ApS']);
    expect(await names('quorvik')).toEqual(['Kontaktsøg Alfa ApS']);

    await alice.delete(`/api/v1/contacts/${first.id}`);
    expect(await names('quorvik')).toEqual([]);
    expect(await names('kontaktsog alfa')).toEqual(['Kontaktsøg Alfa ApS']);
    await t.database.db.execute(sql`UPDATE contacts SET deleted_at = NULL WHERE id = ${first.id}`);
    expect(await names('quorvik')).toEqual(['Kontaktsøg Alfa ApS']);

    // A trashed customer leaves the live search with its contacts and comes back with them.
    await alice.delete(`/api/v1/customers/${a.id}`);
    expect(await names('quorvik')).toEqual([]);
    expect(await names('quorvik', '&deleted=true')).toEqual(['Kontaktsøg Alfa ApS']);
    await alice.post(`/api/v1/customers/${a.id}/restore`);
    expect(await names('quorvik')).toEqual(['Kontaktsøg Alfa ApS']);

    // One statement touching contacts of several customers, then a hard delete.
    await t.database.db.execute(sql`UPDATE contacts SET last_name = last_name || 'sen' WHERE id IN (${first.id}, ${second.id})`);
    expect(await names('quorviksen')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names('ystadsen')).toEqual(['Kontaktsøg Beta ApS']);
    await t.database.db.execute(sql`DELETE FROM contacts WHERE id IN (${first.id}, ${second.id})`);
    expect(await names('quorviksen')).toEqual([]);
    expect(await names('ystadsen')).toEqual([]);
    expect(await names('kontaktsog')).toEqual(['Kontaktsøg Alfa ApS', 'Kontaktsøg Beta ApS']);
  });

  // On PostgreSQL the second writer waits for the first at the customer row; it must then read the
  // contacts the first committed, not the ones it saw before waiting. (PGlite runs them one by one.)
  it('finds both contacts added to one customer by two transactions at once', async () => {
    const c = await create(alice, { name: 'Samtidig Handel ApS' });
    const [{ workspaceId }] = await rows<{ workspaceId: string }>(
      t.database.db,
      sql`SELECT workspace_id::text AS "workspaceId" FROM customers WHERE id = ${c.id}`,
    );
    const addContact = (firstName: string) =>
      sql`INSERT INTO contacts (workspace_id, customer_id, first_name, last_name) VALUES (${workspaceId}, ${c.id}, ${firstName}, 'Samtidig')`;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let firstWritten: () => void = () => {};
    const firstIsWritten = new Promise<void>((resolve) => (firstWritten = resolve));
    const first = t.database.db.transaction(async (tx) => {
      await tx.execute(addContact('Ottilie'));
      firstWritten();
      await sleep(300); // the second transaction now waits for this one's lock on the customer
    });
    await firstIsWritten;
    const second = t.database.db.transaction(async (tx) => {
      await tx.execute(addContact('Valdemar'));
    });
    await Promise.all([first, second]);
    const names = async (q: string) => (await alice.get(`/api/v1/customers?q=${q}`)).json().items.map((x: { name: string }) => x.name);
    expect(await names('ottilie')).toEqual(['Samtidig Handel ApS']);
    expect(await names('valdemar')).toEqual(['Samtidig Handel ApS']);
  });

  it('pages through the list with a cursor without repeats or gaps', async () => {
    const r = seededRandom(7);
    for (let i = 0; i < 12; i++) await create(alice, { ...customerValues(r), name: `Paging ${String(i).padStart(2, '0')}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await alice.get(`/api/v1/customers?q=paging&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      const body = res.json();
      expect(body.items.length).toBeLessThanOrEqual(5);
      seen.push(...body.items.map((x: { name: string }) => x.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Paging ${String(i).padStart(2, '0')}`));
    const bad = await alice.get('/api/v1/customers?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('cursor');
    expect((await alice.get('/api/v1/customers?limit=501')).json().error.fields).toHaveProperty('limit');
  });

  it('filters by status and responsible user', async () => {
    await create(alice, { name: 'Former Kft.', status: 'former' });
    const items = (await alice.get('/api/v1/customers?status=former')).json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c: { status: string }) => c.status === 'former')).toBe(true);
    const mine = (await alice.get(`/api/v1/customers?responsibleId=${alice.user.id}&limit=500`)).json().items;
    expect(mine.every((c: { responsibleId: string }) => c.responsibleId === alice.user.id)).toBe(true);
  });

  it('updates fields, clears optional ones, and keeps updatedAt moving', async () => {
    const c = await create(alice, { name: 'Tóth és Társa Kft.', email: 'a@toth.hu', city: 'Szeged' });
    const res = await alice.patch(`/api/v1/customers/${c.id}`, { status: 'customer', email: '', city: null });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'customer', email: null, city: null, name: 'Tóth és Társa Kft.' });
    expect(res.json().updatedAt >= c.updatedAt).toBe(true);
  });

  it('moves a customer to the trash and restores it with its contacts', async () => {
    const c = await create(alice, { name: 'כהן ייעוץ בע״מ' });
    const contact = (await alice.post('/api/v1/contacts', contactValues(seededRandom(3), c.id))).json();
    const del = await alice.delete(`/api/v1/customers/${c.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.json().deletedAt).not.toBeNull();
    expect(del.json().deletedById).toBe(alice.user.id);
    const live = (await alice.get('/api/v1/customers?limit=500')).json().items.map((x: { id: string }) => x.id);
    expect(live).not.toContain(c.id);
    const trash = (await alice.get('/api/v1/customers?deleted=true')).json().items.map((x: { id: string }) => x.id);
    expect(trash[0]).toBe(c.id);
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await alice.patch(`/api/v1/customers/${c.id}`, { name: 'x' })).statusCode).toBe(409);
    expect((await alice.delete(`/api/v1/customers/${c.id}`)).statusCode).toBe(409);
    const restored = await alice.post(`/api/v1/customers/${c.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).json().firstName).toBe(contact.firstName);
    expect((await alice.post(`/api/v1/customers/${c.id}/restore`)).statusCode).toBe(409);
  });

  it("hides another workspace's customers: 404, never 403", async () => {
    const c = await create(alice, { name: 'Secret Customer' });
    for (const res of [
      await bob.get(`/api/v1/customers/${c.id}`),
      await bob.patch(`/api/v1/customers/${c.id}`, { name: 'Stolen' }),
      await bob.delete(`/api/v1/customers/${c.id}`),
      await bob.post(`/api/v1/customers/${c.id}/restore`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await bob.get('/api/v1/customers?q=secret')).json().items).toEqual([]);
    expect((await alice.get(`/api/v1/customers/${c.id}`)).json().name).toBe('Secret Customer');
    expect((await bob.post('/api/v1/contacts', { customerId: c.id, firstName: 'X' })).json().error.fields).toHaveProperty('customerId');
  });

  it('answers 400 for an id that is not an id and 404 for an unknown one', async () => {
    expect((await alice.get('/api/v1/customers/not-a-uuid')).json().error.fields).toHaveProperty('id');
    expect((await alice.get('/api/v1/customers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('deletes from the trash for good only for admins, only from the trash, with its contacts', async () => {
    const seller = await newUser(t, alice, 'user');
    const c = await create(seller, { name: 'Skrot ApS' });
    const contact = (await seller.post('/api/v1/contacts', { customerId: c.id, firstName: 'Kim' })).json();
    expect((await alice.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(409);
    await seller.delete(`/api/v1/customers/${c.id}`);
    expect((await seller.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(403);
    expect((await bob.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(404);
    expect((await alice.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(200);
    expect((await alice.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(404);
    expect((await alice.get('/api/v1/customers?deleted=true')).json().items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    expect((await alice.post(`/api/v1/customers/${c.id}/restore`)).statusCode).toBe(404);
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    const log = (await alice.get('/api/v1/audit-log?entity=customer')).json().items;
    expect(log[0]).toMatchObject({ action: 'delete', entityId: c.id, before: { name: 'Skrot ApS' } });
  });
});
