import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/client';
import { listCalendarActivities } from './calendar.repository';
import { calendarWindow } from './window';
import { type CalendarItem, calendarAnswerSchema, calendarUsersAnswerSchema } from '../../../shared/calendar';
import { activityType, actorOf, makeActivity, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * GET /api/v1/calendar (issue 14): the window's limits, one and several users' calendars, additional
 * users, private activities as busy time, all-day activities by the caller's dates. The workspace's
 * calendar visibility, restricted customers and rescheduling are in calendar-access.test.ts.
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // Copenhagen
let pia: Client; // Copenhagen, an additional user of ulla's meeting
let nora: Client; // New York: her days start five hours after UTC's
let typeId: string;
const ids: Record<string, string> = {};

const week = (c: Client, users?: Client[], from = '2026-03-09', to = '2026-03-15') =>
  c.get(`/api/v1/calendar?from=${from}&to=${to}${users ? `&userIds=${users.map((u) => u.user.id).join(',')}` : ''}`);
const items = async (res: ReturnType<Client['get']>) => parse(calendarAnswerSchema, await res, 200).items;
const byId = (list: CalendarItem[], id: string) => list.find((i) => i.id === id);
const names = (list: CalendarItem[]) =>
  Object.entries(ids)
    .filter(([, id]) => byId(list, id))
    .map(([name]) => name)
    .sort();

async function activity(by: Client, name: string, fields: Record<string, unknown>) {
  ids[name] = (await makeActivity(t, by, { typeId, subject: `Subject ${name}`, ...fields })).id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, pia] = await Promise.all(['Ulla', 'Pia'].map((name) => newUser(t, admin, 'user', { name })));
  nora = await newUser(t, admin, 'user', { name: 'Nora', timeZone: 'America/New_York' });
  typeId = await activityType(t, admin, 'meeting');
  const customer = await makeCustomer(t, admin, { name: 'Klinik ApS' });
  const u = ulla.user.id;
  await activity(ulla, 'meeting', { responsibleId: u, additionalUserIds: [pia.user.id], scheduledAt: '2026-03-10T09:00:00Z', endsAt: '2026-03-10T10:00:00Z' });
  await activity(ulla, 'private', { responsibleId: u, private: true, customerId: customer.id, note: 'Secret', scheduledAt: '2026-03-11T12:00:00Z' });
  await activity(ulla, 'later', { responsibleId: u, scheduledAt: '2026-04-20T09:00:00Z' });
  await activity(ulla, 'long', { responsibleId: u, scheduledAt: '2026-03-01T08:00:00Z', endsAt: '2026-03-20T08:00:00Z' });
  // Starts before the window (Copenhagen's 9 March begins at 23:00 UTC on the 8th) and ends inside it.
  await activity(ulla, 'overnight', { responsibleId: u, scheduledAt: '2026-03-08T22:30:00Z', endsAt: '2026-03-08T23:30:00Z' });
  await activity(ulla, 'endedBefore', { responsibleId: u, scheduledAt: '2026-03-08T21:00:00Z', endsAt: '2026-03-08T23:00:00Z' });
  await activity(ulla, 'lastMinute', { responsibleId: u, scheduledAt: '2026-03-15T22:59:00Z' });
  await activity(ulla, 'nextDay', { responsibleId: u, scheduledAt: '2026-03-15T23:00:00Z' });
  await activity(pia, 'piaOwn', { responsibleId: pia.user.id, scheduledAt: '2026-03-12T09:00:00Z' });
  for (const [name, date] of [
    ['nyFirst', '2026-03-09'],
    ['nyLast', '2026-03-15'],
    ['nyBefore', '2026-03-08'],
    ['nyAfter', '2026-03-16'],
  ]) {
    await activity(nora, name, { responsibleId: nora.user.id, allDay: true, scheduledAt: `${date}T00:00:00-05:00` });
  }
});
afterAll(() => t.close());

describe('the window', () => {
  it('needs from and to, each a date or a date and time', async () => {
    const err = refusal(await ulla.get('/api/v1/calendar'), 400);
    expect(err.reasons).toMatchObject({ from: { code: 'required' }, to: { code: 'required' } });
    expect(refusal(await ulla.get('/api/v1/calendar?from=monday&to=2026-03-15'), 400).fields).toHaveProperty('from');
  });

  it('is at most 42 days apart, in dates or in times, with an hour of slack for a daylight-saving change', async () => {
    // 1 March to 12 April is 42 days apart (a month view's six weeks), across Copenhagen's change to summer time on 29 March.
    expect((await week(ulla, undefined, '2026-03-01', '2026-04-12')).statusCode).toBe(200);
    const err = refusal(await week(ulla, undefined, '2026-03-01', '2026-04-13'), 400);
    expect(err.reasons?.to).toEqual({ code: 'window_too_long', params: { max: 42 } });
    expect((await week(ulla, undefined, '2026-03-01T00:00:00Z', '2026-04-12T00:00:00Z')).statusCode).toBe(200);
    expect(refusal(await week(ulla, undefined, '2026-03-01T00:00:00Z', '2026-04-13T00:00:00Z'), 400).reasons?.to?.code).toBe('window_too_long');
    // Six weeks from midnight to midnight in Copenhagen are an hour short of 42 days in spring, an hour over in autumn.
    expect((await week(ulla, undefined, '2026-03-02T00:00:00%2B01:00', '2026-04-13T00:00:00%2B02:00')).statusCode).toBe(200);
    expect((await week(ulla, undefined, '2026-10-05T00:00:00%2B02:00', '2026-11-16T00:00:00%2B01:00')).statusCode).toBe(200);
    expect(refusal(await week(ulla, undefined, '2026-10-05T00:00:00%2B02:00', '2026-11-16T01:00:01%2B01:00'), 400).reasons?.to?.code).toBe('window_too_long');
  });

  it('may start and end on the same date, not before', async () => {
    expect((await week(ulla, undefined, '2026-03-09', '2026-03-09')).statusCode).toBe(200);
    expect(refusal(await week(ulla, undefined, '2026-03-09T00:00:00Z', '2026-03-09T00:00:00Z'), 400).reasons?.to?.code).toBe('date_range');
  });

  it('reaches the last day of year 9999 in any time zone (east of UTC its end is in year 10000)', async () => {
    expect(await items(week(ulla, undefined, '9999-12-31', '9999-12-31'))).toEqual([]);
    expect(await items(week(nora, undefined, '9999-12-25', '9999-12-31'))).toEqual([]);
  });

  it('ends after it starts', async () => {
    expect(refusal(await week(ulla, undefined, '2026-03-15', '2026-03-09'), 400).reasons?.to?.code).toBe('date_range');
  });

  it('takes each of at most 30 user ids once', async () => {
    const same = `${ulla.user.id},${ulla.user.id}`;
    expect(refusal(await ulla.get(`/api/v1/calendar?from=2026-03-09&to=2026-03-15&userIds=${same}`), 400).reasons?.userIds?.code).toBe('duplicate');
    expect(refusal(await ulla.get('/api/v1/calendar?from=2026-03-09&to=2026-03-15&userIds=nope'), 400).fields).toHaveProperty(['userIds.0']);
  });
});

describe("one user's calendar", () => {
  it('is the caller by default: what overlaps the window in their time zone, oldest first', async () => {
    const list = await items(week(ulla));
    expect(names(list)).toEqual(['lastMinute', 'long', 'meeting', 'overnight', 'private']);
    expect(list.map((i) => i.scheduledAt)).toEqual([...list.map((i) => i.scheduledAt)].sort());
    expect(byId(list, ids.meeting)).toMatchObject({ calendarUserIds: [ulla.user.id], editable: true, subject: 'Subject meeting' });
    // One's own private activity is shown in full.
    expect(byId(list, ids.private)).toMatchObject({ subject: 'Subject private', note: 'Secret', private: true });
    expect(byId(list, ids.private)).not.toHaveProperty('busy');
  });

  it('holds the activities one is an additional user of', async () => {
    const list = await items(week(pia));
    expect(names(list)).toEqual(['meeting', 'piaOwn']);
    expect(byId(list, ids.meeting)?.calendarUserIds).toEqual([pia.user.id]);
  });

  it("shows all-day activities on the caller's dates, also west of UTC", async () => {
    const list = await items(week(nora));
    expect(names(list)).toEqual(['nyFirst', 'nyLast']);
    expect(list.every((i) => i.allDay)).toBe(true);
  });

  it('follows a daylight-saving change: a day of 23 hours holds its last hour and not the next day', async () => {
    await activity(ulla, 'dstLate', { responsibleId: ulla.user.id, scheduledAt: '2026-03-29T23:30:00+02:00' });
    await activity(ulla, 'dstNext', { responsibleId: ulla.user.id, scheduledAt: '2026-03-30T00:10:00+02:00' });
    await activity(ulla, 'dstEarly', { responsibleId: ulla.user.id, scheduledAt: '2026-03-29T00:10:00+01:00' });
    const list = await items(week(ulla, undefined, '2026-03-29', '2026-03-29'));
    expect(names(list)).toEqual(['dstEarly', 'dstLate']);
    const byTimes = await items(week(ulla, undefined, '2026-03-29T00:00:00%2B01:00', '2026-03-29T23:59:59%2B02:00'));
    expect(names(byTimes)).toEqual(['dstEarly', 'dstLate']);
  });
});

describe('several users side by side', () => {
  it('lists each activity once with the asked users it sits with', async () => {
    const list = await items(week(pia, [ulla, pia]));
    expect(names(list)).toEqual(['lastMinute', 'long', 'meeting', 'overnight', 'piaOwn', 'private']);
    expect(byId(list, ids.meeting)?.calendarUserIds).toEqual([ulla.user.id, pia.user.id].sort());
    expect(byId(list, ids.piaOwn)?.calendarUserIds).toEqual([pia.user.id]);
  });

  it("shows another user's private activity as busy time only", async () => {
    const busy = byId(await items(week(pia, [ulla])), ids.private);
    expect(busy).toMatchObject({ busy: true, editable: false, private: true, scheduledAt: '2026-03-11T12:00:00.000Z', calendarUserIds: [ulla.user.id] });
    for (const field of ['subject', 'note', 'customerId', 'contactId', 'customerName', 'contactName', 'additionalCustomerIds']) {
      expect(busy).not.toHaveProperty(field);
    }
    // Private means private for managers and admins too.
    expect(byId(await items(week(admin, [ulla])), ids.private)).toMatchObject({ busy: true });
  });
});

describe('calendar users', () => {
  it('lists the active users with a stable colour and what the caller may do', async () => {
    const first = parse(calendarUsersAnswerSchema, await ulla.get('/api/v1/calendar/users'), 200).items;
    const again = parse(calendarUsersAnswerSchema, await pia.get('/api/v1/calendar/users'), 200).items;
    expect(first.map((u) => u.name)).toEqual(expect.arrayContaining(['Nora', 'Pia', 'Ulla']));
    expect(first.every((u) => /^#[0-9a-f]{6}$/.test(u.color))).toBe(true);
    expect(again).toEqual(first);
    expect(first.find((u) => u.userId === pia.user.id)?.access).toBe('edit');
  });
});

describe('the query', () => {
  it('reads a week of ten users through indexes, additional users and long activities included (no scan of activities)', async () => {
    const others = await Promise.all(Array.from({ length: 7 }, (_, i) => newUser(t, admin, 'user', { name: `Extra ${i}` })));
    const userIds = [ulla, pia, nora, ...others].map((c) => c.user.id);
    const query = listCalendarActivities(t.database.db, actorOf(pia), userIds, calendarWindow('2026-03-09', '2026-03-15', 'Europe/Copenhagen'));
    // The test tables are tiny, where a scan is cheapest: forbid it to see that an index can answer every branch.
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return rows<{ 'QUERY PLAN': string }>(tx, sql`EXPLAIN ${query.getSQL()}`);
    });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).not.toMatch(/Seq Scan on activities/);
    expect(text).toMatch(/activities_responsible_order_idx/);
    expect(text).toMatch(/activity_users_user_idx|activity_users_pkey/);
    expect(text).toMatch(/activities_long_ends_idx/);
  });

  it('reads ranges of indexes for busy calendars too (hash joins): never a whole index of activities', async () => {
    const userIds = [ulla, pia, nora].map((c) => c.user.id);
    const query = listCalendarActivities(t.database.db, actorOf(pia), userIds, calendarWindow('2026-03-09', '2026-03-15', 'Europe/Copenhagen'));
    // Users with many additional activities get hash joins (the bench's at 1M did): without a
    // workspace bound, the additional users' branch then read a whole index by its second column, scheduled_at.
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      await tx.execute(sql`SET LOCAL enable_nestloop = off`);
      return rows<{ 'QUERY PLAN': string }>(tx, sql`EXPLAIN ${query.getSQL()}`);
    });
    const lines = plan.map((r) => r['QUERY PLAN']);
    // Each index of activities the plan reads, with whether its condition bounds the leading column (a range, not the whole index).
    const leading: Record<string, string> = {
      activities_pkey: 'id',
      activities_responsible_order_idx: 'responsible_id',
      activities_ws_order_idx: 'workspace_id',
      activities_long_ends_idx: 'workspace_id',
      activities_report_idx: 'workspace_id',
      activities_previous_key: 'previous_activity_id',
    };
    const reads = lines.flatMap((line, i) => {
      const name = /using (\w+) on activities\b/.exec(line)?.[1] ?? /Bitmap Index Scan on (activities_\w+)/.exec(line)?.[1];
      if (!name) return [];
      const bounded = leading[name] !== undefined && new RegExp(`\\(${leading[name]} = `).test(lines[i + 1] ?? '');
      return [{ name, bounded }];
    });
    expect(reads.filter((r) => !r.bounded)).toEqual([]);
    expect(reads.map((r) => r.name)).toContain('activities_ws_order_idx');
  });
});
