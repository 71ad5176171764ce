import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityStatusSchema, activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { auditEntrySchema } from '../../../shared/history';
import { customerStatusSchema } from '../../../shared/settings';
import { actorOf, makeActivity, makeCustomer, makeListItem, makeToken, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace, PASSWORD, signIn, TEST_KDF_COST } from '../../../../test/helpers';
import { readMigrations } from '../../db/migrate';
import { activityStatuses, activityTypes, customerStatuses } from '../../db/schema';
import { makeUser } from '../../demo/records';
import { defaultActivityStatuses, defaultActivityTypes, defaultCustomerStatuses, type SeedLocale } from '../workspaces/default-lists';

let t: TestApp;
let admin: Client; // an English workspace's English admin
let dane: Client;
let hebrew: Client;

/** A user of the admin's workspace reading in `locale`, signed in. */
async function reader(by: Client, locale: SeedLocale, role: 'admin' | 'user' = 'user') {
  const user = await makeUser(t.database.db, actorOf(by), { role, locale, password: PASSWORD, kdfCost: TEST_KDF_COST });
  return signIn(t.app, user.email);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t, { locale: 'en' });
  dane = await reader(admin, 'da');
  hebrew = await reader(admin, 'he');
});
afterAll(() => t.close());

const types = async (c: Client) => parse(listOf(activityTypeSchema), await c.get('/api/v1/activity-types')).items;
const statuses = async (c: Client) => parse(listOf(activityStatusSchema), await c.get('/api/v1/activity-statuses')).items;
const customerStatusList = async (c: Client) => parse(listOf(customerStatusSchema), await c.get('/api/v1/customer-statuses')).items;
const nameOf = (items: { key: string; name: string }[], key: string) => items.find((item) => item.key === key)?.name;
const callOf = async (c: Client) => (await types(c)).find((type) => type.key === 'call')!;
const byKey = (items: { key: string; name: string }[]) => Object.fromEntries(items.map((item) => [item.key, item.name]));

describe('a new workspace', () => {
  it('gets its standard lists in its own language, in each of the five', async () => {
    for (const locale of ['en', 'da', 'nb', 'hu', 'he'] as const) {
      const first = await newWorkspace(t, { locale });
      expect(byKey(await types(first))).toEqual(defaultActivityTypes[locale]);
      expect(byKey(await statuses(first))).toEqual(defaultActivityStatuses[locale]);
      expect(byKey(await customerStatusList(first))).toEqual(defaultCustomerStatuses[locale]);
      const stored = await t.database.db.select().from(activityTypes).where(eq(activityTypes.workspaceId, first.user.workspaceId));
      expect(stored.map((row) => [row.name, row.nameIsDefault]).sort()).toEqual(
        Object.values(defaultActivityTypes[locale])
          .map((name) => [name, true])
          .sort(),
      );
    }
  });
});

describe('standard lists in the reader language', () => {
  it('shows the standard names of an English workspace in Danish to a Danish user, in Hebrew to a Hebrew one', async () => {
    expect(nameOf(await types(admin), 'call')).toBe('Call');
    expect(nameOf(await types(dane), 'call')).toBe('Opkald');
    expect(nameOf(await statuses(dane), 'scheduled')).toBe('Planlagt');
    expect(nameOf(await customerStatusList(dane), 'customer')).toBe('Kunde');
    expect(nameOf(await types(hebrew), 'call')).toBe('שיחת טלפון');
    expect(nameOf(await customerStatusList(hebrew), 'customer')).toBe('לקוח');
    expect((await callOf(dane)).nameIsDefault).toBe(true);
    // One item too, and an API token reads in its owner's language.
    const call = await callOf(admin);
    expect((await dane.get(`/api/v1/activity-types/${call.id}`)).json().name).toBe('Opkald');
    const token = await makeToken(t, dane);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/activity-types', headers: { authorization: `Bearer ${token.token}` } });
    expect(nameOf(parse(listOf(activityTypeSchema), res).items, 'call')).toBe('Opkald');
  });

  it('shows a name an admin wrote as written, to everyone; a reset gives back the standard names', async () => {
    const workspace = await newWorkspace(t, { locale: 'en' });
    const danishAdmin = await reader(workspace, 'da', 'admin');
    const danishUser = await reader(workspace, 'da');
    const call = await callOf(workspace);
    // A form saving other fields sends the name it shows: that is no rename.
    const recoloured = await danishAdmin.patch(`/api/v1/activity-types/${call.id}`, { name: 'Opkald', color: '#000000' });
    expect(recoloured.json()).toMatchObject({ name: 'Opkald', color: '#000000', nameIsDefault: true });
    expect(nameOf(await types(workspace), 'call')).toBe('Call');

    const renamed = await workspace.patch(`/api/v1/activity-types/${call.id}`, { name: 'Phone call' });
    expect(renamed.json()).toMatchObject({ name: 'Phone call', nameIsDefault: false });
    expect(nameOf(await types(danishUser), 'call')).toBe('Phone call');
    expect(await callOf(danishUser)).toMatchObject({ nameIsDefault: false, standardName: 'Opkald' }); // what a reset would give back

    const reset = await danishAdmin.patch(`/api/v1/activity-types/${call.id}`, { nameIsDefault: true });
    expect(reset.json()).toMatchObject({ name: 'Opkald', nameIsDefault: true });
    expect(nameOf(await types(workspace), 'call')).toBe('Call');
    const [stored] = await t.database.db.select().from(activityTypes).where(eq(activityTypes.id, call.id));
    expect(stored).toMatchObject({ name: 'Call', nameIsDefault: true });

    // Customer and activity statuses follow the same rules.
    const lead = (await customerStatusList(workspace)).find((status) => status.key === 'lead')!;
    await workspace.patch(`/api/v1/customer-statuses/${lead.id}`, { name: 'Hot lead' });
    expect(nameOf(await customerStatusList(danishUser), 'lead')).toBe('Hot lead');
    expect(nameOf(await customerStatusList(danishUser), 'prospect')).toBe('Kundeemne');
    const done = (await statuses(workspace)).find((status) => status.key === 'done')!;
    await danishAdmin.patch(`/api/v1/activity-statuses/${done.id}`, { nameIsDefault: false });
    expect(nameOf(await statuses(workspace), 'done')).toBe('Udført');
  });

  it('refuses a standard name for an item Tend did not seed, naming the field', async () => {
    const own = await makeListItem(t, admin, 'activity-types', { name: 'Visit' });
    expect(own.nameIsDefault).toBe(false);
    expect(own).not.toHaveProperty('standardName');
    const res = await admin.patch(`/api/v1/activity-types/${String(own.id)}`, { nameIsDefault: true });
    expect(refusal(res, 400).fields).toHaveProperty('nameIsDefault');
  });
});

describe('the to-do sorted by type', () => {
  it('sorts by the names the reader reads, page after page', async () => {
    const workspace = await newWorkspace(t, { locale: 'en' });
    const danish = await reader(workspace, 'da');
    for (const typeKey of ['call', 'email', 'meeting'] as const) await makeActivity(t, danish, { typeKey, responsibleId: danish.user.id });
    const keys: string[] = [];
    let cursor = '';
    for (let n = 0; n < 4 && cursor !== null; n++) {
      const res = (await danish.get(`/api/v1/todo?sort=type&order=asc&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      keys.push(...res.items.map((item: { typeKey: string }) => item.typeKey));
      cursor = res.nextCursor;
    }
    // E-mail, Møde, Opkald (in English: Call, Email, Meeting).
    expect(keys).toEqual(['email', 'meeting', 'call']);
  });
});

describe('the change log in the reader language', () => {
  const entries = listOf(auditEntrySchema);

  it('names statuses and types by the reader language while they have their standard names', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Bæk & Søn', status: 'lead' });
    await admin.patch(`/api/v1/customers/${customer.id}`, { status: 'customer' });
    const history = async (c: Client) => parse(entries, await c.get(`/api/v1/customers/${customer.id}/history?entity=customer`)).items;
    const statusChange = (items: Awaited<ReturnType<typeof history>>) => items.flatMap((e) => e.changes).find((c) => c.field === 'status');
    expect(statusChange(await history(admin))).toMatchObject({ beforeLabel: 'Lead', afterLabel: 'Customer' });
    expect(statusChange(await history(dane))).toMatchObject({ beforeLabel: 'Emne', afterLabel: 'Kunde' });
    expect(statusChange(await history(hebrew))).toMatchObject({ beforeLabel: 'ליד', afterLabel: 'לקוח' });

    const meeting = (await types(admin)).find((type) => type.key === 'meeting')!;
    const call = await makeActivity(t, admin, { customerId: customer.id, typeKey: 'call' });
    await admin.patch(`/api/v1/activities/${call.id}`, { typeId: meeting.id });
    const typeChange = async (c: Client) =>
      parse(entries, await c.get(`/api/v1/customers/${customer.id}/history?entity=activity`))
        .items.flatMap((e) => e.changes)
        .find((change) => change.field === 'typeId');
    expect(await typeChange(dane)).toMatchObject({ beforeLabel: 'Opkald', afterLabel: 'Møde' });
    expect(await typeChange(hebrew)).toMatchObject({ beforeLabel: 'שיחת טלפון', afterLabel: 'פגישה' });
  });

  it("names a settings entry's standard item in the reader language, a renamed one as written", async () => {
    const workspace = await newWorkspace(t, { locale: 'en' });
    const danishAdmin = await reader(workspace, 'da', 'admin');
    const note = (await types(workspace)).find((type) => type.key === 'note')!;
    await workspace.patch(`/api/v1/activity-types/${note.id}`, { color: '#111111' });
    const entityNames = async (c: Client) =>
      parse(entries, await c.get(`/api/v1/audit-log?entity=activity_type&entityId=${note.id}`)).items.map((e) => e.entityName);
    expect(await entityNames(danishAdmin)).toEqual(['Notat']);
    await workspace.patch(`/api/v1/activity-types/${note.id}`, { name: 'Memo' });
    expect(await entityNames(danishAdmin)).toEqual(['Memo', 'Memo']);
  });
});

describe('migration 0017', () => {
  it('marks the items that still have a standard name (in any language), not the renamed ones; again changes nothing', async () => {
    const statements = readMigrations().find((m) => m.tag === '0017_standard_list_names')!.statements;
    const workspace = await newWorkspace(t, { locale: 'da' });
    const id = workspace.user.workspaceId;
    const tables = [activityTypes, activityStatuses, customerStatuses] as const;
    // As before the migration: no flags; one item renamed, one given another language's standard name.
    for (const table of tables) await t.database.db.update(table).set({ nameIsDefault: false }).where(eq(table.workspaceId, id));
    await t.database.db.update(activityTypes).set({ name: 'Kundebesøg' }).where(sql`${activityTypes.workspaceId} = ${id} AND ${activityTypes.key} = 'meeting'`);
    await t.database.db.update(activityTypes).set({ name: 'Call' }).where(sql`${activityTypes.workspaceId} = ${id} AND ${activityTypes.key} = 'call'`);
    for (const round of [1, 2]) {
      for (const statement of statements) await t.database.db.execute(sql.raw(statement));
      const flags = await t.database.db.select().from(activityTypes).where(eq(activityTypes.workspaceId, id));
      expect(Object.fromEntries(flags.map((row) => [row.key, row.nameIsDefault])), `round ${round}`).toEqual({
        call: true,
        meeting: false,
        quote: true,
        email: true,
        note: true,
        follow_up: true,
        task: true,
      });
      for (const table of [activityStatuses, customerStatuses]) {
        const rows = await t.database.db.select().from(table).where(eq(table.workspaceId, id));
        expect(rows.every((row) => row.nameIsDefault)).toBe(true);
      }
    }
  });
});
