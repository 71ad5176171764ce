import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../../shared/common';
import { auditEntrySchema } from '../../../shared/history';
import { userSchema } from '../../../shared/users';
import { workspaceSchema } from '../../../shared/workspace';
import { parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { readMigrations } from '../../db/migrate';
import { workspaces } from '../../db/schema';

/** The workspace's defaults (language, time zone, week start, currency) and each user's own week start. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const workspaceOf = async (client: Client) => parse(workspaceSchema, await client.get('/api/v1/workspace'));
const meOf = async (client: Client) => parse(userSchema, await client.get('/api/v1/me'));

describe('GET /workspace', () => {
  it('everyone signed in reads it; a new workspace starts the week and counts money as its language does', async () => {
    const admin = await newWorkspace(t, { locale: 'da', timeZone: 'Europe/Copenhagen' });
    const user = await newUser(t, admin, 'user');
    expect(await workspaceOf(user)).toEqual({
      id: admin.user.workspaceId,
      name: expect.any(String),
      defaultLocale: 'da',
      defaultTimeZone: 'Europe/Copenhagen',
      weekStart: 1,
      currency: 'DKK',
      customerVisibility: 'everyone',
      calendarVisibility: 'everyone',
      exchangeRates: {},
    });
    const hebrew = await newWorkspace(t, { locale: 'he', timeZone: 'Asia/Jerusalem' });
    expect(await workspaceOf(hebrew)).toMatchObject({ defaultLocale: 'he', weekStart: 7, currency: 'ILS' });
    for (const [locale, currency] of [
      ['nb', 'NOK'],
      ['hu', 'HUF'],
      ['en', 'EUR'],
    ]) {
      expect(await workspaceOf(await newWorkspace(t, { locale }))).toMatchObject({ weekStart: 1, currency });
    }
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workspace' })).statusCode).toBe(401);
  });
});

describe('PATCH /workspace', () => {
  it('an admin changes the name and defaults; the change is in the change log, once', async () => {
    const admin = await newWorkspace(t);
    const change = {
      name: 'Fjord Shipping',
      defaultLocale: 'hu',
      defaultTimeZone: 'Europe/Budapest',
      weekStart: 7,
      currency: 'HUF',
      customerVisibility: 'restricted',
      calendarVisibility: 'groups',
      exchangeRates: { EUR: 395.5 },
    };
    const saved = parse(workspaceSchema, await admin.patch('/api/v1/workspace', change));
    expect(saved).toEqual({ id: admin.user.workspaceId, ...change });
    expect(await workspaceOf(admin)).toEqual(saved);
    parse(workspaceSchema, await admin.patch('/api/v1/workspace', { weekStart: 7 })); // nothing new: not logged
    parse(workspaceSchema, await admin.patch('/api/v1/workspace', {}));
    const log = parse(listOf(auditEntrySchema), await admin.get('/api/v1/audit-log?entity=workspace'));
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ action: 'update', entity: 'workspace', entityId: admin.user.workspaceId, entityName: 'Fjord Shipping' });
    expect(log.items[0].changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'defaultLocale', 'weekStart', 'currency', 'customerVisibility', 'calendarVisibility', 'exchangeRates']),
    );
  });

  it('a manager or user gets 403 and nothing changes', async () => {
    const admin = await newWorkspace(t);
    const before = await workspaceOf(admin);
    for (const role of ['manager', 'user'] as const) {
      const other = await newUser(t, admin, role);
      expect(refusal(await other.patch('/api/v1/workspace', { weekStart: 3 }), 403).code).toBe('forbidden');
    }
    expect(await workspaceOf(admin)).toEqual(before);
  });

  it.each([
    [{ weekStart: 0 }, 'weekStart'],
    [{ weekStart: 8 }, 'weekStart'],
    [{ weekStart: 1.5 }, 'weekStart'],
    [{ currency: 'dkk' }, 'currency'],
    [{ currency: 'XYZ' }, 'currency'],
    [{ defaultTimeZone: 'Mars/Base' }, 'defaultTimeZone'],
    [{ defaultLocale: 'xx' }, 'defaultLocale'],
    [{ name: '  ' }, 'name'],
    [{ customerVisibility: 'some' }, 'customerVisibility'],
    [{ calendarVisibility: 'team' }, 'calendarVisibility'],
  ])('%j is a 400 naming %s, and nothing changes', async (body, field) => {
    const admin = await newWorkspace(t);
    const before = await workspaceOf(admin);
    const error = refusal(await admin.patch('/api/v1/workspace', { name: 'Changed', ...body }), 400);
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(await workspaceOf(admin)).toEqual(before);
  });
});

describe("a user's week start", () => {
  it('follows the workspace until the user chooses their own; null follows it again', async () => {
    const admin = await newWorkspace(t);
    const user = await newUser(t, admin, 'user');
    expect(await meOf(user)).toMatchObject({ weekStart: 1, ownWeekStart: null });
    parse(workspaceSchema, await admin.patch('/api/v1/workspace', { weekStart: 7 }));
    expect(await meOf(user)).toMatchObject({ weekStart: 7, ownWeekStart: null });

    expect(parse(userSchema, await user.patch('/api/v1/me', { weekStart: 3 }))).toMatchObject({ weekStart: 3, ownWeekStart: 3 });
    parse(workspaceSchema, await admin.patch('/api/v1/workspace', { weekStart: 6 }));
    expect(await meOf(user)).toMatchObject({ weekStart: 3, ownWeekStart: 3 });

    expect(parse(userSchema, await user.patch('/api/v1/me', { weekStart: null }))).toMatchObject({ weekStart: 6, ownWeekStart: null });
  });

  it('PATCH /me takes language, time zone and week start at once; a bad one is a 400 naming it and changes nothing', async () => {
    const admin = await newWorkspace(t);
    const user = await newUser(t, admin, 'user');
    const saved = parse(userSchema, await user.patch('/api/v1/me', { locale: 'he', timeZone: 'Asia/Jerusalem', weekStart: 7 }));
    expect(saved).toMatchObject({ locale: 'he', timeZone: 'Asia/Jerusalem', weekStart: 7, ownWeekStart: 7 });
    for (const [body, field] of [
      [{ weekStart: 0 }, 'weekStart'],
      [{ weekStart: 8 }, 'weekStart'],
      [{ locale: 'xx' }, 'locale'],
      [{ timeZone: 'Mars/Base' }, 'timeZone'],
    ] as const) {
      expect(Object.keys(refusal(await user.patch('/api/v1/me', { name: 'Changed', ...body }), 400).fields ?? {})).toEqual([field]);
    }
    expect(await meOf(user)).toEqual(saved);
  });

  it("an admin may set or clear a user's week start; the users list shows both", async () => {
    const admin = await newWorkspace(t);
    const user = await newUser(t, admin, 'user');
    const set = parse(userSchema, await admin.patch(`/api/v1/users/${user.user.id}`, { weekStart: 2 }));
    expect(set).toMatchObject({ weekStart: 2, ownWeekStart: 2 });
    expect(Object.keys(refusal(await admin.patch(`/api/v1/users/${user.user.id}`, { weekStart: 9 }), 400).fields ?? {})).toEqual(['weekStart']);
    const cleared = parse(userSchema, await admin.patch(`/api/v1/users/${user.user.id}`, { weekStart: null }));
    expect(cleared).toMatchObject({ weekStart: 1, ownWeekStart: null });
    const list = parse(listOf(userSchema), await admin.get('/api/v1/users'));
    expect(list.items.find((u) => u.id === user.user.id)).toMatchObject({ weekStart: 1, ownWeekStart: null });
  });

  it('the sign-in answer carries the week start in effect', async () => {
    const admin = await newWorkspace(t, { locale: 'he', timeZone: 'Asia/Jerusalem' });
    expect(admin.user).toMatchObject({ weekStart: 7, ownWeekStart: null });
  });
});

describe('a user added without a language or time zone', () => {
  it("gets the workspace's defaults, not those of the admin who adds them", async () => {
    const admin = await newWorkspace(t, { locale: 'en', timeZone: 'Europe/Copenhagen' });
    parse(userSchema, await admin.patch('/api/v1/me', { locale: 'da', timeZone: 'Europe/Oslo' }));
    parse(workspaceSchema, await admin.patch('/api/v1/workspace', { defaultLocale: 'hu', defaultTimeZone: 'Europe/Budapest' }));
    const body = { name: 'Kovács Anna', role: 'user', password: 'long enough password' };
    const added = parse(userSchema, await admin.post('/api/v1/users', { ...body, email: `anna-${Date.now()}@test.tend` }), 201);
    expect(added).toMatchObject({ locale: 'hu', timeZone: 'Europe/Budapest', weekStart: 1, ownWeekStart: null });
    const own = parse(userSchema, await admin.post('/api/v1/users', { ...body, email: `own-${Date.now()}@test.tend`, locale: 'nb' }), 201);
    expect(own).toMatchObject({ locale: 'nb', timeZone: 'Europe/Budapest' });
    const invited = await admin.post('/api/v1/invitations', { name: 'Invited', role: 'user', email: `inv-${Date.now()}@test.tend` });
    expect(invited.statusCode).toBe(201);
    const list = parse(listOf(userSchema), await admin.get('/api/v1/users'));
    expect(list.items.find((u) => u.name === 'Invited')).toMatchObject({ locale: 'hu', timeZone: 'Europe/Budapest' });
  });
});

describe('migration 0016', () => {
  it('gives workspaces that existed before it the week start and currency of their language', async () => {
    const [migration] = readMigrations().filter((m) => m.tag.startsWith('0016_'));
    const update = migration.statements.filter((statement) => statement.trim().startsWith('UPDATE'));
    expect(update).toHaveLength(1);
    const expected = { en: [1, 'EUR'], da: [1, 'DKK'], nb: [1, 'NOK'], hu: [1, 'HUF'], he: [7, 'ILS'] };
    const ids: Record<string, string> = {};
    for (const locale of Object.keys(expected)) {
      ids[locale] = (await newWorkspace(t, { locale })).user.workspaceId;
      // As the column defaults left it when the columns were added.
      await t.database.db.update(workspaces).set({ weekStart: 1, currency: 'EUR' }).where(eq(workspaces.id, ids[locale]));
    }
    await t.database.db.execute(sql.raw(update[0]));
    for (const [locale, [weekStart, currency]] of Object.entries(expected)) {
      const [row] = await t.database.db.select().from(workspaces).where(eq(workspaces.id, ids[locale]));
      expect([locale, row.weekStart, row.currency]).toEqual([locale, weekStart, currency]);
    }
  });
});
