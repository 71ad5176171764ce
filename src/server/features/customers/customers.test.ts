import type { z } from 'zod';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { errorSchema, listOf } from '../../../shared/common';
import { contactSchema } from '../../../shared/contacts';
import { customerSchema } from '../../../shared/customers';
import { auditEntrySchema } from '../../../shared/settings';
import { contactValues, customerValues, makeContact, makeCustomer, parse, seededRandom } from '../../../../test/factories';
import { rows } from '../../db/client';

let t: TestApp;
let alice: Client;
let bob: Client; // another workspace

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  bob = await newWorkspace(t);
});
afterAll(() => t.close());

/** Made through the API: these tests are about what it answers. */
const create = async (c: Client, body: object) => parse(customerSchema, await c.post('/api/v1/customers', body), 201);
const customers = listOf(customerSchema);
const names = async (c: Client, q: string, extra = '') =>
  parse(customers, await c.get(`/api/v1/customers?q=${encodeURIComponent(q)}${extra}`)).items.map((x) => x.name);
const ids = async (c: Client, query: string) => parse(customers, await c.get(`/api/v1/customers?${query}`)).items.map((x) => x.id);
const fieldsOf = (res: Parameters<typeof parse>[1]) => parse(errorSchema, res, 400).error.fields;

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
    expect(parse(customerSchema, await alice.get(`/api/v1/customers/${created.id}`))).toEqual(created);
  });

  it('rejects bad input naming each field, and stores nothing', async () => {
    const before = (await ids(alice, 'limit=500')).length;
    const res = await alice.post('/api/v1/customers', {
      name: '  ',
      email: 'not-an-email',
      status: 'nonsense',
      website: 'no spaces allowed here',
      countryCode: 'Denmark',
    });
    const { error } = parse(errorSchema, res, 400);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['countryCode', 'email', 'name', 'website']);
    expect(fieldsOf(await alice.post('/api/v1/customers', { name: 'Valid', status: 'nonsense' }))).toHaveProperty('status');
    const foreignUser = await alice.post('/api/v1/customers', { name: 'Valid', responsibleId: bob.user.id });
    expect(fieldsOf(foreignUser)).toHaveProperty('responsibleId');
    expect((await ids(alice, 'limit=500')).length).toBe(before);
  });

  it('finds customers by name, email, phone and contact name, ignoring case and accents', async () => {
    const c = await makeCustomer(t, alice, { name: 'Bækgaard Grossist A/S', email: 'salg@baekgaard.dk', phone: '+45 87 65 43 21' });
    await makeContact(t, alice, c.id, { firstName: 'Zsófia', lastName: 'Győri' });
    expect(await names(alice, 'ostergaard')).toContain('Østergaard Tømrer ApS');
    expect(await names(alice, 'ØSTERGAARD')).toContain('Østergaard Tømrer ApS');
    expect(await names(alice, 'baekgaard')).toContain('Bækgaard Grossist A/S');
    expect(await names(alice, '87654321')).toContain('Bækgaard Grossist A/S');
    expect(await names(alice, '87 65 43')).toContain('Bækgaard Grossist A/S');
    expect(await names(alice, 'gyori')).toContain('Bækgaard Grossist A/S');
    expect(await names(alice, 'salg@baek')).toContain('Bækgaard Grossist A/S');
    expect(await names(alice, '100%_')).toEqual([]);
  });

  it('follows its contacts in search: added, renamed, moved, trashed, restored, deleted, in one statement or many', async () => {
    const a = await makeCustomer(t, alice, { name: 'Kontaktsøg Alfa ApS' });
    const b = await makeCustomer(t, alice, { name: 'Kontaktsøg Beta ApS' });
    const first = await makeContact(t, alice, a.id, { firstName: 'Ældrid', lastName: 'Quorvik', email: 'eq@alfa.example', phone: '+45 31 41 59 26' });
    const second = await makeContact(t, alice, a.id, { firstName: 'Ingvar', lastName: 'Zelmer' });
    expect(await names(alice, 'aeldrid quorvik')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names(alice, 'ZELMER')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names(alice, 'eq@alfa')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names(alice, '31415926')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names(alice, '31 41 59')).toEqual(['Kontaktsøg Alfa ApS']);
    // Two contacts' texts do not run into each other, whichever comes first.
    expect(await names(alice, '4531415926 ingvar')).toEqual([]);
    expect(await names(alice, 'zelmer    aeldrid')).toEqual([]);

    await alice.patch(`/api/v1/contacts/${second.id}`, { lastName: 'Ystad' });
    expect(await names(alice, 'zelmer')).toEqual([]);
    expect(await names(alice, 'ystad')).toEqual(['Kontaktsøg Alfa ApS']);

    await alice.patch(`/api/v1/contacts/${second.id}`, { customerId: b.id });
    expect(await names(alice, 'ystad')).toEqual(['Kontaktsøg Beta ApS']);
    expect(await names(alice, 'quorvik')).toEqual(['Kontaktsøg Alfa ApS']);

    await alice.delete(`/api/v1/contacts/${first.id}`);
    expect(await names(alice, 'quorvik')).toEqual([]);
    expect(await names(alice, 'kontaktsog alfa')).toEqual(['Kontaktsøg Alfa ApS']);
    await t.database.db.execute(sql`UPDATE contacts SET deleted_at = NULL WHERE id = ${first.id}`);
    expect(await names(alice, 'quorvik')).toEqual(['Kontaktsøg Alfa ApS']);

    // A trashed customer leaves the live search with its contacts and comes back with them.
    await alice.delete(`/api/v1/customers/${a.id}`);
    expect(await names(alice, 'quorvik')).toEqual([]);
    expect(await names(alice, 'quorvik', '&deleted=true')).toEqual(['Kontaktsøg Alfa ApS']);
    await alice.post(`/api/v1/customers/${a.id}/restore`);
    expect(await names(alice, 'quorvik')).toEqual(['Kontaktsøg Alfa ApS']);

    // One statement touching contacts of several customers, then a hard delete.
    await t.database.db.execute(sql`UPDATE contacts SET last_name = last_name || 'sen' WHERE id IN (${first.id}, ${second.id})`);
    expect(await names(alice, 'quorviksen')).toEqual(['Kontaktsøg Alfa ApS']);
    expect(await names(alice, 'ystadsen')).toEqual(['Kontaktsøg Beta ApS']);
    await t.database.db.execute(sql`DELETE FROM contacts WHERE id IN (${first.id}, ${second.id})`);
    expect(await names(alice, 'quorviksen')).toEqual([]);
    expect(await names(alice, 'ystadsen')).toEqual([]);
    expect(await names(alice, 'kontaktsog')).toEqual(['Kontaktsøg Alfa ApS', 'Kontaktsøg Beta ApS']);
  });

  // On PostgreSQL the second writer waits for the first at the customer row; it must then read the
  // contacts the first committed, not the ones it saw before waiting. (PGlite runs them one by one.)
  it('finds both contacts added to one customer by two transactions at once', async () => {
    const c = await makeCustomer(t, alice, { name: 'Samtidig Handel ApS' });
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
    expect(await names(alice, 'ottilie')).toEqual(['Samtidig Handel ApS']);
    expect(await names(alice, 'valdemar')).toEqual(['Samtidig Handel ApS']);
  });

  it('pages through the list with a cursor without repeats or gaps', async () => {
    const r = seededRandom(7);
    for (let i = 0; i < 12; i++) await makeCustomer(t, alice, { ...customerValues(r), name: `Paging ${String(i).padStart(2, '0')}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const body: z.output<typeof customers> = parse(customers, await alice.get(`/api/v1/customers?q=paging&limit=5${cursor ? `&cursor=${cursor}` : ''}`));
      expect(body.items.length).toBeLessThanOrEqual(5);
      seen.push(...body.items.map((x) => x.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Paging ${String(i).padStart(2, '0')}`));
    expect(fieldsOf(await alice.get('/api/v1/customers?cursor=garbage'))).toHaveProperty('cursor');
    expect(fieldsOf(await alice.get('/api/v1/customers?limit=501'))).toHaveProperty('limit');
  });

  it('filters by status and responsible user', async () => {
    await makeCustomer(t, alice, { name: 'Former Kft.', status: 'former' });
    const { items } = parse(customers, await alice.get('/api/v1/customers?status=former'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.status === 'former')).toBe(true);
    const mine = parse(customers, await alice.get(`/api/v1/customers?responsibleId=${alice.user.id}&limit=500`)).items;
    expect(mine.every((c) => c.responsibleId === alice.user.id)).toBe(true);
  });

  it('updates fields, clears optional ones, and keeps updatedAt moving', async () => {
    const c = await makeCustomer(t, alice, { name: 'Tóth és Társa Kft.', email: 'a@toth.hu', city: 'Szeged' });
    const updated = parse(customerSchema, await alice.patch(`/api/v1/customers/${c.id}`, { status: 'customer', email: '', city: null }), 200);
    expect(updated).toMatchObject({ status: 'customer', email: null, city: null, name: 'Tóth és Társa Kft.' });
    expect(updated.updatedAt >= c.updatedAt).toBe(true);
  });

  it('moves a customer to the trash and restores it with its contacts', async () => {
    const c = await makeCustomer(t, alice, { name: 'כהן ייעוץ בע״מ' });
    const contact = await makeContact(t, alice, c.id, contactValues(seededRandom(3), c.id));
    const del = parse(customerSchema, await alice.delete(`/api/v1/customers/${c.id}`), 200);
    expect(del.deletedAt).not.toBeNull();
    expect(del.deletedById).toBe(alice.user.id);
    expect(await ids(alice, 'limit=500')).not.toContain(c.id);
    expect((await ids(alice, 'deleted=true'))[0]).toBe(c.id);
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await alice.patch(`/api/v1/customers/${c.id}`, { name: 'x' })).statusCode).toBe(409);
    expect((await alice.delete(`/api/v1/customers/${c.id}`)).statusCode).toBe(409);
    expect(parse(customerSchema, await alice.post(`/api/v1/customers/${c.id}/restore`), 200).deletedAt).toBeNull();
    expect(parse(contactSchema, await alice.get(`/api/v1/contacts/${contact.id}`)).firstName).toBe(contact.firstName);
    expect((await alice.post(`/api/v1/customers/${c.id}/restore`)).statusCode).toBe(409);
  });

  it("hides another workspace's customers: 404, never 403", async () => {
    const c = await makeCustomer(t, alice, { name: 'Secret Customer' });
    for (const res of [
      await bob.get(`/api/v1/customers/${c.id}`),
      await bob.patch(`/api/v1/customers/${c.id}`, { name: 'Stolen' }),
      await bob.delete(`/api/v1/customers/${c.id}`),
      await bob.post(`/api/v1/customers/${c.id}/restore`),
    ]) {
      expect(parse(errorSchema, res, 404).error.code).toBe('not_found');
    }
    expect(await names(bob, 'secret')).toEqual([]);
    expect(parse(customerSchema, await alice.get(`/api/v1/customers/${c.id}`)).name).toBe('Secret Customer');
    expect(fieldsOf(await bob.post('/api/v1/contacts', { customerId: c.id, firstName: 'X' }))).toHaveProperty('customerId');
  });

  it('answers 400 for an id that is not an id and 404 for an unknown one', async () => {
    expect(fieldsOf(await alice.get('/api/v1/customers/not-a-uuid'))).toHaveProperty('id');
    expect((await alice.get('/api/v1/customers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('deletes from the trash for good only for admins, only from the trash, with its contacts', async () => {
    const seller = await newUser(t, alice, 'user');
    const c = await makeCustomer(t, seller, { name: 'Skrot ApS' });
    const contact = await makeContact(t, seller, c.id, { firstName: 'Kim' });
    expect((await alice.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(409);
    await seller.delete(`/api/v1/customers/${c.id}`);
    expect((await seller.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(403);
    expect((await bob.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(404);
    expect((await alice.delete(`/api/v1/customers/${c.id}/permanent`)).statusCode).toBe(200);
    expect((await alice.get(`/api/v1/customers/${c.id}`)).statusCode).toBe(404);
    expect(await ids(alice, 'deleted=true')).not.toContain(c.id);
    expect((await alice.post(`/api/v1/customers/${c.id}/restore`)).statusCode).toBe(404);
    expect((await alice.get(`/api/v1/contacts/${contact.id}`)).statusCode).toBe(404);
    const log = parse(listOf(auditEntrySchema), await alice.get('/api/v1/audit-log?entity=customer')).items;
    expect(log[0]).toMatchObject({ action: 'delete', entityId: c.id, before: { name: 'Skrot ApS' } });
  });
});
