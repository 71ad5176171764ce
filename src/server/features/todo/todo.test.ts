import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activitySchema, activityTypeSchema, activityWithNextSchema } from '../../../shared/activities';
import { errorSchema, listOf } from '../../../shared/common';
import { campaignSchema, salesProjectSchema } from '../../../shared/sales';
import { todoCountsSchema, todoItemSchema } from '../../../shared/todo';
import { userSchema } from '../../../shared/users';
import { makeActivity, makeContact, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { addDays, localDate } from './buckets';

let t: TestApp;
let alice: Client; // admin, Copenhagen
let lars: Client; // user in Los Angeles
let kiri: Client; // user in Auckland
let bob: Client; // another workspace
let types: Record<string, string>;
let customer: { id: string; name: string };
let contact: { id: string };

const todoPage = listOf(todoItemSchema);
const projectIdSchema = z.object({ id: z.string() });
type TodoPage = z.output<typeof todoPage>;

const hour = 3600_000;
const inHours = (h: number) => new Date(Date.now() + h * hour).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  alice = await newWorkspace(t);
  lars = await newUser(t, alice, 'user', { timeZone: 'America/Los_Angeles', name: 'Lars' });
  kiri = await newUser(t, alice, 'user', { timeZone: 'Pacific/Auckland', name: 'Kiri' });
  bob = await newWorkspace(t);
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await alice.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  customer = await makeCustomer(t, alice, { name: 'Nørgaard Grossist A/S' });
  contact = await makeContact(t, alice, customer.id, { firstName: 'Mette', lastName: 'Kjær' });
});
afterAll(() => t.close());

/** An activity of the client's (the factory, through the service), by default a call about the shared customer. */
const add = (c: Client, body: Parameters<typeof makeActivity>[2]) =>
  makeActivity(t, c, { typeId: types.call, subject: 'To do', customerId: customer.id, ...body });
const todo = async (c: Client, query = '') => parse(todoPage, await c.get(`/api/v1/todo?limit=500${query ? `&${query}` : ''}`), 200).items;

describe('to-do list', () => {
  it("lists the caller's open activities, oldest due first, with names, type key and bucket", async () => {
    const overdue = await add(alice, { subject: 'Overdue call', contactId: contact.id, scheduledAt: inHours(-24 * 3) });
    const future = await add(alice, { subject: 'Future meeting', typeId: types.meeting, scheduledAt: inHours(24 * 10) });
    const doneOne = await add(alice, { subject: 'Already done', scheduledAt: inHours(-24), done: true });
    await add(lars, { subject: "Lars's own", scheduledAt: inHours(-2) });
    const items = await todo(alice);
    expect(items.map((x) => x.id)).toEqual([overdue.id, future.id]);
    expect(items[0]).toMatchObject({
      subject: 'Overdue call',
      customerName: 'Nørgaard Grossist A/S',
      contactName: 'Mette Kjær',
      typeKey: 'call',
      bucket: 'overdue',
      done: false,
    });
    expect(items[1]).toMatchObject({ typeKey: 'meeting', bucket: 'future', contactName: null });
    // Done ones come after every open one, in their own bucket, never among the overdue.
    const withDone = await todo(alice, 'includeDone=true');
    expect(withDone.map((x) => x.id)).toEqual([overdue.id, future.id, doneOne.id]);
    expect(withDone.map((x) => x.bucket)).toEqual(['overdue', 'future', 'done']);
  });

  it('puts today in today, in the time zone of whoever looks', async () => {
    // An all-day item on each user's own today is "today" for them.
    for (const c of [alice, lars, kiri]) {
      const zone = parse(userSchema, await c.get('/api/v1/me')).timeZone;
      const today = localDate(new Date(), zone);
      const item = await add(c, { subject: `All day ${zone}`, allDay: true, scheduledAt: `${today}T00:00:00Z`, responsibleId: c.user.id });
      const yesterday = await add(c, { subject: `Yesterday ${zone}`, allDay: true, scheduledAt: `${addDays(today, -1)}T00:00:00Z` });
      const tomorrow = await add(c, { subject: `Tomorrow ${zone}`, allDay: true, scheduledAt: `${addDays(today, 1)}T00:00:00Z` });
      const buckets = Object.fromEntries((await todo(c)).map((x) => [x.id, x.bucket]));
      expect(buckets[item.id], zone).toBe('today');
      expect(buckets[yesterday.id], zone).toBe('overdue');
      expect(buckets[tomorrow.id], zone).toBe('future');
    }
    // One timed activity, seen from Los Angeles and Auckland, lands on each viewer's own date.
    const shared = await add(alice, { subject: 'Seen from two sides', scheduledAt: inHours(0.5), responsibleId: lars.user.id });
    const fromLa = (await todo(lars)).find((x) => x.id === shared.id)!;
    const expected = (zone: string) => {
      const due = localDate(new Date(fromLa.scheduledAt ?? ''), zone);
      const today = localDate(new Date(), zone);
      return due < today ? 'overdue' : due === today ? 'today' : 'future';
    };
    expect(fromLa.bucket).toBe(expected('America/Los_Angeles'));
    const fromAuckland = (await todo(kiri, `responsibleId=${lars.user.id}`)).find((x) => x.id === shared.id)!;
    expect(fromAuckland.bucket).toBe(expected('Pacific/Auckland'));
  });

  it("shows another user's list, or everyone's with responsibleId=all", async () => {
    const larsItems = await todo(alice, `responsibleId=${lars.user.id}`);
    expect(larsItems.length).toBeGreaterThan(0);
    const all = await todo(alice, 'responsibleId=all');
    const mine = await todo(alice);
    expect(all.length).toBeGreaterThan(mine.length);
    expect(all.map((x) => x.id)).toEqual(expect.arrayContaining([...mine, ...larsItems].map((x) => x.id)));
    const dates = all.map((x) => x.scheduledAt);
    expect([...dates].sort()).toEqual(dates);
    expect(await todo(bob, 'responsibleId=all')).toEqual([]);
    expect(parse(todoPage, await bob.get(`/api/v1/todo?responsibleId=${alice.user.id}`)).items).toEqual([]);
  });

  it('filters by type, date range and period', async () => {
    const quote = await add(kiri, {
      subject: 'Quote last year',
      typeId: types.quote,
      scheduledAt: new Date(Date.UTC(new Date().getUTCFullYear() - 1, 5, 15, 12)).toISOString(),
    });
    const ancient = await add(kiri, {
      subject: 'Quote long ago',
      typeId: types.quote,
      scheduledAt: new Date(Date.UTC(new Date().getUTCFullYear() - 3, 5, 15, 12)).toISOString(),
    });
    const ids = async (query: string) => (await todo(kiri, query)).map((x) => x.id);
    expect(await ids(`typeId=${types.quote}`)).toEqual([ancient.id, quote.id]);
    expect(await ids(`typeId=${types.quote}&period=last-year-and-this-year`)).toEqual([quote.id]);
    expect(await ids(`typeId=${types.quote}&period=this-year`)).toEqual([]);
    expect(await ids(`typeId=${types.quote}&from=${new Date().getUTCFullYear() - 1}-06-01&to=${new Date().getUTCFullYear() - 1}-06-30`)).toEqual([quote.id]);
    const thisMonth = await todo(kiri, 'period=this-month');
    const month = localDate(new Date(), 'Pacific/Auckland').slice(0, 7);
    expect(thisMonth.length).toBeGreaterThan(0);
    expect(
      thisMonth.every((x) => localDate(new Date(x.scheduledAt ?? ''), 'Pacific/Auckland').slice(0, 7) === month || x.scheduledAt?.slice(0, 7) === month),
    ).toBe(true);
  });

  it('leaves the list when done and comes back on reopen; the follow-up takes its place', async () => {
    const a = await add(alice, { subject: 'Call back', scheduledAt: inHours(-5) });
    const res = await alice.post(`/api/v1/activities/${a.id}/complete`, {
      followUp: { scheduledAt: inHours(48), typeId: types.follow_up, text: 'Second call' },
    });
    const { next } = parse(activityWithNextSchema.extend({ next: activitySchema }), res);
    const ids = (await todo(alice)).map((x) => x.id);
    expect(ids).not.toContain(a.id);
    expect(ids).toContain(next.id);
    await alice.post(`/api/v1/activities/${a.id}/reopen`);
    expect((await todo(alice)).map((x) => x.id)).toEqual(expect.arrayContaining([a.id, next.id]));
  });

  it('pages oldest first without repeats or gaps', async () => {
    for (let i = 0; i < 7; i++) await add(lars, { subject: `Paging ${i}`, scheduledAt: '2026-01-01T10:00:00Z' });
    const all = (await todo(lars)).map((x) => x.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const body: TodoPage = parse(todoPage, await lars.get(`/api/v1/todo?limit=3${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...body.items.map((x) => x.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  // The unfiltered list is a prepared statement, filtered views are built per request: they must agree.
  it('gives the same list, paged or not, with and without a filter, and hides a trashed customer in both', async () => {
    const kiriCustomer = await makeCustomer(t, kiri, { name: 'Waikato Wholesale' });
    for (let i = 0; i < 5; i++) await add(kiri, { subject: `Kiri ${i}`, scheduledAt: inHours(i - 2), customerId: i % 2 ? kiriCustomer.id : customer.id });
    const pageThrough = async (filter: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const body: TodoPage = parse(todoPage, await kiri.get(`/api/v1/todo?limit=2${filter}${cursor ? `&cursor=${cursor}` : ''}`));
        seen.push(...body.items.map((x) => x.id));
        cursor = body.nextCursor;
      } while (cursor);
      return seen;
    };
    const wholeRange = '&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z';
    const unfiltered = (await todo(kiri)).map((x) => x.id);
    expect(unfiltered.length).toBeGreaterThanOrEqual(5);
    expect(await pageThrough('')).toEqual(unfiltered);
    expect(await pageThrough(wholeRange)).toEqual(unfiltered);

    await kiri.delete(`/api/v1/customers/${kiriCustomer.id}`);
    const live = (await todo(kiri)).map((x) => x.id);
    expect(live).toHaveLength(unfiltered.length - 2);
    expect(await pageThrough('')).toEqual(live);
    expect(await pageThrough(wholeRange)).toEqual(live);
  });

  it('filters by sales project and campaign, counts included; another workspace finds nothing', async () => {
    const campaign = parse(campaignSchema, await alice.post('/api/v1/campaigns', { name: 'Messe' }), 201);
    const project = parse(salesProjectSchema, await alice.post('/api/v1/sales-projects', { name: 'Lager', customerId: customer.id }), 201);
    const ofProject = await add(alice, { subject: 'Project call', salesProjectId: project.id, scheduledAt: inHours(2) });
    const ofCampaign = await add(alice, { subject: 'Campaign call', campaignId: campaign.id, scheduledAt: inHours(3) });
    await add(alice, { subject: 'Other call', scheduledAt: inHours(4) });
    const ids = async (c: Client, query: string) => (await todo(c, query)).map((x) => x.id);
    expect(await ids(alice, `salesProjectId=${project.id}`)).toEqual([ofProject.id]);
    expect(await ids(alice, `campaignId=${campaign.id}`)).toEqual([ofCampaign.id]);
    const named = await todo(alice, `salesProjectId=${project.id}`);
    expect(named.map((x) => x.salesProjectName)).toEqual(['Lager']);
    expect((await todo(alice, `campaignId=${campaign.id}`)).map((x) => x.salesProjectName)).toEqual([null]);
    expect(await ids(alice, `campaignId=${campaign.id}&salesProjectId=${project.id}`)).toEqual([]);
    expect(await ids(alice, `salesProjectId=${project.id}&sort=customer`)).toEqual([ofProject.id]);
    const counts = parse(todoCountsSchema, await alice.get(`/api/v1/todo/counts?campaignId=${campaign.id}`), 200);
    expect(counts.future + counts.today).toBe(1);
    expect(await ids(bob, `salesProjectId=${project.id}&responsibleId=all`)).toEqual([]);
    for (const field of ['salesProjectId', 'campaignId']) {
      expect(parse(errorSchema, await alice.get(`/api/v1/todo?${field}=1`), 400).error.fields).toHaveProperty(field);
    }
  });

  it('rejects bad filters naming them', async () => {
    for (const [query, field] of [
      ['responsibleId=someone', 'responsibleId'],
      ['from=not-a-date', 'from'],
      ['to=2026-11-22T10:00:00', 'to'],
      ['period=last-week', 'period'],
      ['includeDone=yes', 'includeDone'],
      ['typeId=1', 'typeId'],
    ]) {
      expect(parse(errorSchema, await alice.get(`/api/v1/todo?${query}`), 400).error.fields, query).toHaveProperty(field);
    }
  });
});

describe('the to-do of activities in projects (issue 17)', () => {
  it('names the project of an activity in one; null without one', async () => {
    const eszter = await newUser(t, alice, 'user', { name: 'Eszter' });
    const project = parse(projectIdSchema, await alice.post('/api/v1/projects', { customerId: customer.id, name: 'Konyhafelújítás' }), 201);
    const inProject = await add(eszter, { subject: 'Csempe kiválasztása', projectId: project.id, scheduledAt: inHours(0) });
    const outside = await add(eszter, { subject: 'Visszahívás', scheduledAt: inHours(0) });
    const today = await todo(eszter);
    expect(today.map((x) => [x.subject, x.projectId, x.projectName]).sort()).toEqual([
      ['Csempe kiválasztása', project.id, 'Konyhafelújítás'],
      ['Visszahívás', null, null],
    ]);
    expect(today.map((x) => x.id).sort()).toEqual([inProject.id, outside.id].sort());
    // A renamed project is named anew.
    expect((await alice.patch(`/api/v1/projects/${project.id}`, { name: 'Konyha' })).statusCode).toBe(200);
    expect((await todo(eszter)).find((x) => x.id === inProject.id)?.projectName).toBe('Konyha');
  });
});
