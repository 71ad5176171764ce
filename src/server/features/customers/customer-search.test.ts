import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { errorSchema, listOf } from '../../../shared/common';
import { customerListItemSchema, duplicateCandidateSchema } from '../../../shared/customers';
import { makeContact, makeCustomer, parse } from '../../../../test/factories';

let t: TestApp;
let alice: Client;
let bob: Client; // another workspace

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  bob = await newWorkspace(t);
});
afterAll(() => t.close());

const list = listOf(customerListItemSchema);
const search = async (c: Client, query: string) => parse(list, await c.get(`/api/v1/customers?${query}`));
const found = async (c: Client, q: string, extra = '') => (await search(c, `q=${encodeURIComponent(q)}${extra}`)).items;
const plain = { email: null, phone: null, city: null };

/** Every page of a list, following nextCursor. */
async function allPages(c: Client, query: string) {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const body = await search(c, `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    names.push(...body.items.map((x) => x.name));
    cursor = body.nextCursor;
  } while (cursor);
  return names;
}

describe('ranked customer search', () => {
  beforeAll(async () => {
    const brathen = await makeCustomer(t, alice, { name: 'Bråthen & Co', ...plain });
    await makeContact(t, alice, brathen.id, { firstName: 'Lise', lastName: 'Dahl', email: null, phone: null });
    await makeCustomer(t, alice, { name: 'Dahl & Co', ...plain });
    await makeCustomer(t, alice, { name: 'Dahlgren Bygg AS', ...plain });
    await makeCustomer(t, alice, { name: 'Nordisk Dahl Import', ...plain });
    await makeCustomer(t, alice, { name: 'Sandahl Køkkener', ...plain });
    await makeCustomer(t, alice, { name: 'Zeta Rådgivning', email: 'kontor@dahl-radgivning.no', phone: null });
    await makeCustomer(t, alice, { name: 'Dahl', ...plain });
    await makeCustomer(t, bob, { name: 'Dahl & Co', ...plain });
  });

  it('lists exact, prefix, word-start and partial name matches before matches through email and contacts, each saying why', async () => {
    const items = await found(alice, 'dahl');
    expect(items.map((x) => [x.name, x.match])).toEqual([
      ['Dahl', { field: 'name', kind: 'exact' }],
      ['Dahl & Co', { field: 'name', kind: 'prefix' }],
      ['Dahlgren Bygg AS', { field: 'name', kind: 'prefix' }],
      ['Nordisk Dahl Import', { field: 'name', kind: 'word' }],
      ['Sandahl Køkkener', { field: 'name', kind: 'partial' }],
      ['Zeta Rådgivning', { field: 'email', kind: 'partial' }],
      ['Bråthen & Co', { field: 'contact', kind: 'word', contactName: 'Lise Dahl' }],
    ]);
  });

  it('folds accents and case both ways, and says nothing about matches without q', async () => {
    expect((await found(alice, 'BRATHEN')).map((x) => [x.name, x.match?.kind])).toEqual([['Bråthen & Co', 'prefix']]);
    expect((await found(alice, 'BRÅTHEN & C')).map((x) => [x.name, x.match?.kind])).toEqual([['Bråthen & Co', 'prefix']]);
    expect((await found(alice, 'Køkkener')).map((x) => [x.name, x.match?.kind])).toEqual([['Sandahl Køkkener', 'word']]);
    expect((await found(alice, 'radgivning')).map((x) => x.name)).toEqual(['Zeta Rådgivning']);
    expect((await found(alice, 'kokken')).map((x) => [x.name, x.match?.kind])).toEqual([['Sandahl Køkkener', 'word']]);
    expect((await search(alice, 'limit=500')).items.every((x) => x.match === undefined)).toBe(true);
  });

  it('pages through ranked results with cursors: the same order, no repeats, no gaps, ties broken by name', async () => {
    const whole = (await found(alice, 'dahl')).map((x) => x.name);
    for (const limit of [1, 2, 3]) expect(await allPages(alice, `q=dahl&limit=${limit}`)).toEqual(whole);
    // Two customers tied on rank (both prefix) page by name.
    expect(whole.indexOf('Dahl & Co')).toBeLessThan(whole.indexOf('Dahlgren Bygg AS'));
  });

  it('matches a phone typed with other spaces and says it was the phone', async () => {
    await makeCustomer(t, alice, { name: 'Telefon Test ApS', email: null, phone: '+45 87 65 43 21' });
    expect((await found(alice, '87-65-43')).map((x) => [x.name, x.match])).toEqual([['Telefon Test ApS', { field: 'phone', kind: 'partial' }]]);
    expect((await found(alice, '+45 87 65 43 21')).map((x) => x.match)).toEqual([{ field: 'phone', kind: 'exact' }]);
  });

  it('pages the same whether a page is filled by own-field matches alone or reaches the matches through contacts', async () => {
    // A page is first looked for among the customers' own fields; it reaches contacts only when those run out.
    const carol = await newWorkspace(t);
    const names = ['Holm', 'Holmen AS', 'Holmsen Bygg', 'Nordre Holm', 'Stockholm Trading', 'Bergholm Invest'];
    for (const name of names) await makeCustomer(t, carol, { name, ...plain });
    await makeCustomer(t, carol, { name: 'Ask Rådgivning', email: 'post@holmvik.no', phone: null });
    const both = await makeCustomer(t, carol, { name: 'Holmgren Data', ...plain });
    await makeContact(t, carol, both.id, { firstName: 'Per', lastName: 'Holm', email: null, phone: null });
    for (const [customer, lastName] of [
      ['Fjord Fisk', 'Holm'],
      ['Aker Verksted', 'Holmberg'],
      ['Berg & Co', 'Stavholm'],
    ]) {
      const c = await makeCustomer(t, carol, { name: customer, ...plain });
      await makeContact(t, carol, c.id, { firstName: 'Ola', lastName, email: null, phone: null });
    }
    const trashed = await makeCustomer(t, carol, { name: 'Holm Gammel', ...plain });
    await carol.delete(`/api/v1/customers/${trashed.id}`);

    const whole = await found(carol, 'holm', '&limit=500');
    expect(whole.map((x) => [x.name, x.match?.field, x.match?.kind])).toEqual([
      ['Holm', 'name', 'exact'],
      ['Holmen AS', 'name', 'prefix'],
      ['Holmgren Data', 'name', 'prefix'],
      ['Holmsen Bygg', 'name', 'prefix'],
      ['Nordre Holm', 'name', 'word'],
      ['Bergholm Invest', 'name', 'partial'],
      ['Stockholm Trading', 'name', 'partial'],
      ['Ask Rådgivning', 'email', 'partial'],
      ['Aker Verksted', 'contact', 'word'],
      ['Fjord Fisk', 'contact', 'word'],
      ['Berg & Co', 'contact', 'partial'],
    ]);
    for (const limit of [1, 2, 3, 4, 7, 8]) expect(await allPages(carol, `q=holm&limit=${limit}`)).toEqual(whole.map((x) => x.name));
  });

  it('refuses a cursor of another order, or a made-up one, naming the cursor', async () => {
    const first = await search(alice, 'q=dahl&limit=2');
    const res = await alice.get(`/api/v1/customers?sort=updated&cursor=${first.nextCursor}`);
    expect(parse(errorSchema, res, 400).error.fields).toHaveProperty('cursor');
    const made = Buffer.from(JSON.stringify(['x', 'Dahl', '00000000-0000-0000-0000-000000000000'])).toString('base64url');
    expect(parse(errorSchema, await alice.get(`/api/v1/customers?q=dahl&cursor=${made}`), 400).error.fields).toHaveProperty('cursor');
  });
});

describe('sorted customer list', () => {
  let carol: Client;
  beforeAll(async () => {
    carol = await newWorkspace(t);
    await makeCustomer(t, carol, { name: 'Bravo', status: 'customer', city: 'Aarhus' });
    await makeCustomer(t, carol, { name: 'Alfa', status: 'former', city: null });
    await makeCustomer(t, carol, { name: 'Charlie', status: 'lead', city: 'Odense' });
    await makeCustomer(t, carol, { name: 'Delta', status: 'lead', city: 'Aarhus' });
  });

  it.each([
    ['', ['Alfa', 'Bravo', 'Charlie', 'Delta']],
    ['sort=name&order=desc', ['Delta', 'Charlie', 'Bravo', 'Alfa']],
    // The statuses' order in the settings list: lead, prospect, customer, former.
    ['sort=status', ['Charlie', 'Delta', 'Bravo', 'Alfa']],
    ['sort=status&order=desc', ['Alfa', 'Bravo', 'Delta', 'Charlie']],
    // Customers without a city come last either way.
    ['sort=city', ['Bravo', 'Delta', 'Charlie', 'Alfa']],
    ['sort=city&order=desc', ['Charlie', 'Delta', 'Bravo', 'Alfa']],
    ['sort=created', ['Bravo', 'Alfa', 'Charlie', 'Delta']],
    ['sort=created&order=desc', ['Delta', 'Charlie', 'Alfa', 'Bravo']],
  ])('%s', async (query, expected) => {
    expect((await search(carol, `${query}&limit=500`)).items.map((x) => x.name)).toEqual(expected);
    expect(await allPages(carol, `${query}&limit=1`)).toEqual(expected);
  });

  it('sorts by last change, and a sort with q keeps saying why each matched', async () => {
    const [bravo] = (await search(carol, 'q=bravo')).items;
    await carol.patch(`/api/v1/customers/${bravo.id}`, { phone: '11 22 33 44' });
    expect((await search(carol, 'sort=updated&order=desc&limit=1')).items.map((x) => x.name)).toEqual(['Bravo']);
    expect((await search(carol, 'q=a&sort=name')).items.map((x) => [x.name, x.match?.kind])).toEqual([
      ['Alfa', 'prefix'],
      ['Bravo', 'partial'],
      ['Charlie', 'partial'],
      ['Delta', 'partial'],
    ]);
  });

  it('names a bad sort or order', async () => {
    expect(parse(errorSchema, await carol.get('/api/v1/customers?sort=phone'), 400).error.fields).toHaveProperty('sort');
    expect(parse(errorSchema, await carol.get('/api/v1/customers?order=up'), 400).error.fields).toHaveProperty('order');
  });
});

describe('duplicate check', () => {
  let dave: Client;
  const candidates = async (c: Client, query: string) =>
    parse(listOf(duplicateCandidateSchema), await c.get(`/api/v1/customers/duplicates?${query}`)).items.map((x) => [x.name, x.reasons]);
  beforeAll(async () => {
    dave = await newWorkspace(t);
    await makeCustomer(t, dave, { name: 'Dahl og Co ApS', email: 'post@dahl.dk', phone: '+45 12 34 56 78' });
    await makeCustomer(t, dave, { name: 'Dahls Bageri', email: null, phone: null });
    await makeCustomer(t, dave, { name: 'Østergaard Tømrer A/S', email: null, phone: null });
  });

  it('finds a name alike once legal forms and joiners are left out, accents folded', async () => {
    expect(await candidates(dave, `name=${encodeURIComponent('Dahl & Co')}`)).toEqual([['Dahl og Co ApS', ['name']]]);
    expect(await candidates(dave, `name=${encodeURIComponent('ostergaard tomrer')}`)).toEqual([['Østergaard Tømrer A/S', ['name']]]);
    expect(await candidates(dave, `name=${encodeURIComponent('Hansen Import')}`)).toEqual([]);
  });

  it('finds the same email (any case) or the same phone written another way, first', async () => {
    expect(await candidates(dave, 'email=POST@dahl.dk')).toEqual([['Dahl og Co ApS', ['email']]]);
    expect(await candidates(dave, `phone=${encodeURIComponent('12345678')}&name=${encodeURIComponent('Dahls Bageri')}`)).toEqual([
      ['Dahl og Co ApS', ['phone']],
      ['Dahls Bageri', ['name']],
    ]);
  });

  it('leaves out the customer being edited, the trash and other workspaces', async () => {
    const [dahl] = (await search(dave, 'q=dahl og')).items;
    expect(await candidates(dave, `name=Dahl&excludeId=${dahl.id}`)).toEqual([]);
    expect(await candidates(bob, 'name=Dahl og Co')).toEqual([['Dahl & Co', ['name']]]);
    const trashed = await makeCustomer(t, dave, { name: 'Trashed Twin', email: null, phone: null });
    await dave.delete(`/api/v1/customers/${trashed.id}`);
    expect(await candidates(dave, 'name=Trashed Twin')).toEqual([]);
    expect(await candidates(dave, '')).toEqual([]);
  });

  it('still creates a customer whose twin exists (POST without a flag never refuses)', async () => {
    expect((await dave.post('/api/v1/customers', { name: 'Dahl og Co ApS' })).statusCode).toBe(201);
  });
});
