import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferencesSchema } from '../../../shared/preferences';
import { makeGroup, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * The calendar page's choices kept per user in `/me/preferences`: whose calendars and which view,
 * saved field by field beside the to-do's order; calendars the caller may not (or no longer) see
 * are left out without a word.
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // in Sales
let pia: Client; // in Sales too
let ulf: Client; // in no group
let stranger: Client; // another workspace's admin

const prefs = async (c: Client) => parse(preferencesSchema, await c.get('/api/v1/me/preferences'), 200);
const save = async (c: Client, body: Record<string, unknown>) => parse(preferencesSchema, await c.request('PUT', '/api/v1/me/preferences', body), 200);
const setVisibility = async (calendarVisibility: string) => expect((await admin.patch('/api/v1/workspace', { calendarVisibility })).statusCode).toBe(200);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  stranger = await newWorkspace(t);
  [ulla, pia, ulf] = await Promise.all(['Ulla', 'Pia', 'Ulf'].map((name) => newUser(t, admin, 'user', { name })));
  await makeGroup(t, admin, { name: 'Sales' }, [{ userId: ulla.user.id }, { userId: pia.user.id }]);
  await setVisibility('everyone');
});
afterAll(() => t.close());

describe('calendar choices in the preferences', () => {
  it('are absent until chosen, then kept per user beside the to-do order', async () => {
    expect(await prefs(ulla)).toEqual({ todoSort: 'due', todoOrder: 'asc' });
    const ids = [pia.user.id, ulla.user.id, ulf.user.id];
    expect(await save(ulla, { calendarUserIds: ids, calendarView: 'day' })).toEqual({
      todoSort: 'due',
      todoOrder: 'asc',
      calendarUserIds: ids,
      calendarView: 'day',
    });
    // A save names what it changes: the to-do order leaves the calendar alone, and the other way round.
    expect(await save(ulla, { todoSort: 'customer' })).toMatchObject({ todoSort: 'customer', calendarUserIds: ids, calendarView: 'day' });
    expect(await save(ulla, { calendarView: 'list' })).toEqual({ todoSort: 'customer', todoOrder: 'asc', calendarUserIds: ids, calendarView: 'list' });
    expect(await prefs(ulla)).toEqual({ todoSort: 'customer', todoOrder: 'asc', calendarUserIds: ids, calendarView: 'list' });
    expect(await prefs(pia)).toEqual({ todoSort: 'due', todoOrder: 'asc' });
  });

  it('drop calendars the caller may no longer see, and keep them for when they may again', async () => {
    await save(ulf, { calendarUserIds: [ulf.user.id, ulla.user.id, pia.user.id] });
    await setVisibility('groups');
    try {
      expect((await prefs(ulf)).calendarUserIds).toEqual([ulf.user.id]);
      expect((await prefs(ulla)).calendarUserIds).toEqual([pia.user.id, ulla.user.id]);
    } finally {
      await setVisibility('everyone');
    }
    expect((await prefs(ulf)).calendarUserIds).toEqual([ulf.user.id, ulla.user.id, pia.user.id]);
  });

  it('leave out a deactivated user, and answer no choice when none is left', async () => {
    const gone = await newUser(t, admin, 'user', { name: 'Gunnar' });
    await save(pia, { calendarUserIds: [gone.user.id] });
    expect((await prefs(pia)).calendarUserIds).toEqual([gone.user.id]);
    expect((await admin.patch(`/api/v1/users/${gone.user.id}`, { active: false })).statusCode).toBe(200);
    expect(await prefs(pia)).toEqual({ todoSort: 'due', todoOrder: 'asc' });
  });

  it("never keep another workspace's user or an unknown id", async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await save(ulf, { calendarUserIds: [stranger.user.id, ulf.user.id, unknown] })).calendarUserIds).toEqual([ulf.user.id]);
    expect((await save(stranger, { calendarUserIds: [ulla.user.id] })).calendarUserIds).toBeUndefined();
    expect((await prefs(stranger)).calendarUserIds).toBeUndefined();
  });

  it('refuse bad choices naming the field, and change nothing', async () => {
    const before = await prefs(ulla);
    const many = Array.from({ length: 31 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    for (const body of [
      { calendarUserIds: [] },
      { calendarUserIds: ['nope'] },
      { calendarUserIds: [ulla.user.id, ulla.user.id] },
      { calendarUserIds: many },
      { calendarUserIds: ulla.user.id },
      { calendarView: 'year' },
    ]) {
      const error = refusal(await ulla.request('PUT', '/api/v1/me/preferences', body), 400);
      // The field, or the element of it that is wrong (`calendarUserIds.0`).
      expect(
        Object.keys(error.fields ?? {}).map((key) => key.split('.')[0]),
        JSON.stringify(body),
      ).toEqual(Object.keys(body));
    }
    expect(await prefs(ulla)).toEqual(before);
  });

  it('keep both of two saves at once of different fields', async () => {
    await Promise.all([save(pia, { calendarView: 'month' }), save(pia, { calendarUserIds: [pia.user.id] }), save(pia, { todoOrder: 'desc' })]);
    expect(await prefs(pia)).toEqual({ todoSort: 'due', todoOrder: 'desc', calendarUserIds: [pia.user.id], calendarView: 'month' });
  });
});
