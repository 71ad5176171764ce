import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { activityTypeSchema } from '../../../shared/activities';
import { errorSchema, listOf } from '../../../shared/common';
import { preferencesSchema } from '../../../shared/preferences';
import { todoCountsSchema, todoItemSchema } from '../../../shared/todo';
import { makeActivity, makeCustomer, makeGroup, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { addDays, localDate } from './buckets';

let t: TestApp;
let alice: Client; // admin
let mia: Client;
let noah: Client;
let bob: Client; // another workspace
let types: Record<string, string>;
const todoPage = listOf(todoItemSchema);
type Item = z.output<typeof todoItemSchema>;

/** Every page of the to-do, `limit` at a time, following the cursors. */
async function allPages(c: Client, query: string, limit: number): Promise<Item[]> {
  const seen: Item[] = [];
  let cursor: string | null = null;
  do {
    const body: z.output<typeof todoPage> = parse(todoPage, await c.get(`/api/v1/todo?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`), 200);
    seen.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return seen;
}

const hour = 3600_000;
const at = (hours: number) => new Date(Math.floor(Date.now() / hour) * hour + hours * hour).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  mia = await newUser(t, alice, 'user', { name: 'Mia' });
  noah = await newUser(t, alice, 'user', { name: 'Noah' });
  bob = await newWorkspace(t);
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await alice.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  // Ties on every sort key: two customers with three activities each at the same hour, some without a customer.
  const [b, a] = [await makeCustomer(t, alice, { name: 'Bravo ApS' }), await makeCustomer(t, alice, { name: 'Alfa A/S' })];
  const plan: [string | null, string, number, boolean][] = [
    [b.id, 'call', -48, false],
    [b.id, 'meeting', -48, false],
    [b.id, 'call', 0, false],
    [a.id, 'call', -48, false],
    [a.id, 'meeting', 24, false],
    [a.id, 'call', 24, true],
    [null, 'task', 0, false],
    [null, 'call', 24, false],
    [a.id, 'call', -48, true],
    [b.id, 'task', 72, false],
  ];
  for (const [customerId, type, hours, done] of plan) {
    await makeActivity(t, alice, { typeId: types[type], subject: `${type} ${hours}`, customerId, scheduledAt: at(hours), done });
  }
});
afterAll(() => t.close());

const key =
  (sort: string) =>
  (x: Item): string[] => {
    // Undated tasks sort after every date (the server's undated key).
    const due = x.scheduledAt ?? '9999-12-31T00:00:00.000Z';
    if (sort === 'due') return [due];
    if (sort === 'updated') return [x.updatedAt];
    if (sort === 'customer') return [x.customerName === null ? '1' : '0', x.customerName ?? '', due];
    return [x.typeKey === 'call' ? 'Call' : x.typeKey === 'meeting' ? 'Meeting' : 'Task', due];
  };
const compare = (a: string[], b: string[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
};

describe('to-do sorting', () => {
  it('pages every sort, both ways, with and without done, across ties: no repeats, no gaps, done last', async () => {
    const everything = await allPages(alice, 'includeDone=true', 500);
    expect(everything).toHaveLength(10);
    for (const sort of ['due', 'customer', 'type', 'updated']) {
      for (const order of ['asc', 'desc']) {
        for (const done of [false, true]) {
          const query = `sort=${sort}&order=${order}${done ? '&includeDone=true' : ''}`;
          const paged = await allPages(alice, query, 2);
          const whole = await allPages(alice, query, 500);
          expect(
            paged.map((x) => x.id),
            query,
          ).toEqual(whole.map((x) => x.id));
          expect(new Set(paged.map((x) => x.id)).size, query).toBe(done ? 10 : 8);
          // Open ones first, then done ones; within each, the key in the order asked for, ties by id.
          const firstDone = paged.findIndex((x) => x.done);
          if (done)
            expect(
              paged.slice(firstDone).every((x) => x.done && x.bucket === 'done'),
              query,
            ).toBe(true);
          const sign = order === 'asc' ? 1 : -1;
          for (let i = 1; i < paged.length; i++) {
            const [p, c] = [paged[i - 1], paged[i]];
            if (p.done !== c.done) continue;
            const byKey = compare(key(sort)(p), key(sort)(c)) * sign;
            expect(byKey <= 0, `${query} at ${i}`).toBe(true);
            if (byKey === 0) expect((p.id < c.id ? 1 : -1) * sign, `${query} tie at ${i}`).toBe(1);
          }
        }
      }
    }
  });

  it('sorts by customer with activities without one last (ascending)', async () => {
    const names = (await allPages(alice, 'sort=customer&order=asc', 500)).map((x) => x.customerName);
    expect(names).toEqual(['Alfa A/S', 'Alfa A/S', 'Bravo ApS', 'Bravo ApS', 'Bravo ApS', 'Bravo ApS', null, null]);
  });

  it('refuses a cursor of another sort or order, naming the cursor', async () => {
    const { nextCursor } = parse(todoPage, await alice.get('/api/v1/todo?limit=2&sort=customer&order=asc'), 200);
    for (const query of ['sort=due&order=asc', 'sort=customer&order=desc', 'sort=type&order=asc']) {
      const res = parse(errorSchema, await alice.get(`/api/v1/todo?limit=2&${query}&cursor=${nextCursor}`), 400);
      expect(res.error.fields, query).toHaveProperty('cursor');
    }
    for (const query of ['sort=name', 'order=up']) expect(parse(errorSchema, await alice.get(`/api/v1/todo?${query}`), 400).error.fields).toBeDefined();
  });

  it("uses the caller's saved sort when the request names none, and keeps each user's own", async () => {
    expect(parse(preferencesSchema, await mia.get('/api/v1/me/preferences'), 200)).toEqual({ todoSort: 'due', todoOrder: 'asc' });
    const saved = parse(preferencesSchema, await alice.request('PUT', '/api/v1/me/preferences', { todoSort: 'customer', todoOrder: 'desc' }), 200);
    expect(saved).toEqual({ todoSort: 'customer', todoOrder: 'desc' });
    expect(parse(preferencesSchema, await alice.request('PUT', '/api/v1/me/preferences', { todoOrder: 'asc' }), 200)).toEqual({
      todoSort: 'customer',
      todoOrder: 'asc',
    });
    const bySaved = (await allPages(alice, '', 500)).map((x) => x.id);
    expect(bySaved).toEqual((await allPages(alice, 'sort=customer&order=asc', 500)).map((x) => x.id));
    expect(parse(preferencesSchema, await mia.get('/api/v1/me/preferences'), 200)).toEqual({ todoSort: 'due', todoOrder: 'asc' });
    for (const body of [{ todoSort: 'name' }, { todoOrder: 'sideways' }, { todoSort: 3 }]) {
      const res = parse(errorSchema, await alice.request('PUT', '/api/v1/me/preferences', body), 400);
      expect(Object.keys(res.error.fields ?? {}), JSON.stringify(body)).toEqual(Object.keys(body));
    }
    expect(parse(preferencesSchema, await alice.get('/api/v1/me/preferences'), 200)).toEqual({ todoSort: 'customer', todoOrder: 'asc' });
    await alice.request('PUT', '/api/v1/me/preferences', { todoSort: 'due', todoOrder: 'asc' });
  });
});

describe('to-do counts', () => {
  it('count the whole list per bucket, as listing every page finds it, with every filter', async () => {
    for (const query of [
      '',
      'includeDone=true',
      'responsibleId=all',
      `typeId=${types.call}`,
      'includeDone=true&period=this-year',
      `responsibleId=${mia.user.id}`,
    ]) {
      const items = await allPages(alice, query, 3);
      const counts = parse(todoCountsSchema, await alice.get(`/api/v1/todo/counts?${query}`), 200);
      const expected = { overdue: 0, today: 0, future: 0, undated: 0, done: 0 };
      for (const x of items) expected[x.bucket]++;
      expect(counts, query).toEqual(expected);
    }
  });

  it("place all-day activities on their own date and timed ones in the caller's day", async () => {
    const lars = await newUser(t, alice, 'user', { timeZone: 'America/Los_Angeles', name: 'Lars' });
    const today = localDate(new Date(), 'America/Los_Angeles');
    for (const [date, subject] of [
      [addDays(today, -1), 'yesterday'],
      [today, 'today'],
      [addDays(today, 1), 'tomorrow'],
    ]) {
      await makeActivity(t, lars, { subject, allDay: true, scheduledAt: `${date}T00:00:00Z` });
    }
    await makeActivity(t, lars, { subject: 'now', scheduledAt: new Date().toISOString() });
    expect(parse(todoCountsSchema, await lars.get('/api/v1/todo/counts'), 200)).toEqual({ overdue: 1, today: 2, future: 1, undated: 0, done: 0 });
  });
});

describe('team filter', () => {
  it('lists the activities of members of a group and of its subgroups, and 404 for a group not of the workspace', async () => {
    const parent = await makeGroup(t, alice, { name: 'Sales' }, [{ userId: mia.user.id }]);
    await makeGroup(t, alice, { name: 'Sales north', parentId: parent.id }, [{ userId: noah.user.id }]);
    const other = await makeGroup(t, alice, { name: 'Support' }, [{ userId: alice.user.id }]);
    const miaOne = await makeActivity(t, alice, { subject: 'Mia', responsibleId: mia.user.id, scheduledAt: at(1) });
    const noahOne = await makeActivity(t, alice, { subject: 'Noah', responsibleId: noah.user.id, scheduledAt: at(2) });
    const ids = (items: Item[]) => items.map((x) => x.id).sort();
    expect(ids(await allPages(alice, `groupId=${parent.id}`, 1))).toEqual([miaOne.id, noahOne.id].sort());
    expect(ids(await allPages(alice, `groupId=${parent.id}&responsibleId=all`, 500))).toEqual([miaOne.id, noahOne.id].sort());
    expect(ids(await allPages(alice, `groupId=${parent.id}&responsibleId=${noah.user.id}`, 500))).toEqual([noahOne.id]);
    expect(ids(await allPages(alice, `groupId=${parent.id}&sort=customer`, 1))).toEqual([miaOne.id, noahOne.id].sort());
    // One and two hours from now: today, or tomorrow late in the evening (the counts must hold at any hour).
    const counts = parse(todoCountsSchema, await alice.get(`/api/v1/todo/counts?groupId=${parent.id}`), 200);
    expect({ ...counts, today: counts.today + counts.future, future: 0 }).toEqual({ overdue: 0, today: 2, future: 0, done: 0, undated: 0 });
    expect((await allPages(alice, `groupId=${other.id}`, 500)).every((x) => x.responsibleId === alice.user.id)).toBe(true);
    const theirs = await makeGroup(t, bob, { name: 'Theirs' });
    for (const id of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await alice.get(`/api/v1/todo?groupId=${id}`)).statusCode).toBe(404);
      expect((await alice.get(`/api/v1/todo/counts?groupId=${id}`)).statusCode).toBe(404);
    }
    expect(parse(errorSchema, await alice.get('/api/v1/todo?groupId=nope'), 400).error.fields).toHaveProperty('groupId');
  });
});
