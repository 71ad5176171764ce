import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CalendarItem, calendarAnswerSchema } from '../../../shared/calendar';
import { activityType, actorOf, makeActivity, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { rows } from '../../db/client';
import { listOpenSeries } from './calendar.repository';
import { PROJECTED_MAX } from './projected';

/**
 * Recurring tasks in a calendar (issues 14 and 15, point 5): an open recurring activity's coming
 * occurrences in the window are projected entries (`projected: true`), not rows; they keep the
 * series' wall-clock time in its responsible's zone across a daylight-saving change, follow the
 * same privacy and customer visibility as real entries, and stop when the series is done.
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // Copenhagen
let pia: Client; // Copenhagen
let maja: Client; // manager
let typeId: string;

const calendar = async (c: Client, users: Client[], from: string, to: string) =>
  parse(calendarAnswerSchema, await c.get(`/api/v1/calendar?from=${from}&to=${to}&userIds=${users.map((u) => u.user.id).join(',')}`), 200).items;
const projectedOf = (items: CalendarItem[], seriesId: string) => items.filter((i) => i.projected && i.seriesId === seriesId);
const starts = (items: CalendarItem[]) => items.map((i) => i.scheduledAt);

async function series(by: Client, fields: Record<string, unknown>) {
  return makeActivity(t, by, { typeId, subject: 'Monthly optimisation', responsibleId: by.user.id, ...fields });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, pia] = await Promise.all(['Ulla', 'Pia'].map((name) => newUser(t, admin, 'user', { name, timeZone: 'Europe/Copenhagen' })));
  maja = await newUser(t, admin, 'manager', { name: 'Maja', timeZone: 'Europe/Copenhagen' });
  typeId = await activityType(t, admin, 'task');
});
afterAll(() => t.close());

describe('projected occurrences', () => {
  it('puts a monthly task on the 31st on the 31sts of the window only, at its wall-clock time, as the series', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Helo ApS' });
    // 31 January at 09:00 in Copenhagen (08:00 UTC, winter time), for an hour.
    const open = await series(ulla, {
      customerId: customer.id,
      scheduledAt: '2026-01-31T08:00:00Z',
      endsAt: '2026-01-31T09:00:00Z',
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=31',
    });
    // Six weeks, 23 March to 3 May: March has a 31st, April has none; summer time from 29 March.
    const items = await calendar(ulla, [ulla], '2026-03-23', '2026-05-03');
    const projected = projectedOf(items, open.id);
    expect(starts(projected)).toEqual(['2026-03-31T07:00:00.000Z']);
    expect(projected[0]).toMatchObject({
      id: `${open.id}:2026-03-31`,
      seriesId: open.id,
      projected: true,
      editable: false,
      typeId,
      subject: 'Monthly optimisation',
      customerId: customer.id,
      customerName: 'Helo ApS',
      responsibleId: ulla.user.id,
      calendarUserIds: [ulla.user.id],
      allDay: false,
      done: false,
      endsAt: '2026-03-31T08:00:00.000Z',
    });
    // The open one itself is a row, in its own window, and not projected.
    expect(items.some((i) => i.id === open.id)).toBe(false);
    const january = await calendar(ulla, [ulla], '2026-01-26', '2026-03-08');
    expect(january.filter((i) => i.id === open.id || i.seriesId === open.id).map((i) => [i.id, i.projected ?? false])).toEqual([[open.id, false]]);
    // A window of two 31sts: each once, in order, each id its own.
    const summer = await calendar(ulla, [ulla], '2026-07-27', '2026-09-06');
    expect(projectedOf(summer, open.id).map((i) => i.id)).toEqual([`${open.id}:2026-07-31`, `${open.id}:2026-08-31`]);
  });

  it('keeps the wall-clock time across the change to summer time in Copenhagen', async () => {
    // Mondays at 09:00 in Copenhagen from 9 March: 08:00 UTC in winter, 07:00 UTC in summer (from 29 March).
    const open = await series(pia, { scheduledAt: '2026-03-09T08:00:00Z', endsAt: '2026-03-09T08:30:00Z', recurrence: 'FREQ=WEEKLY;BYDAY=MO' });
    const projected = projectedOf(await calendar(pia, [pia], '2026-03-16', '2026-04-12'), open.id);
    expect(starts(projected)).toEqual(['2026-03-16T08:00:00.000Z', '2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z']);
    expect(projected.map((i) => i.endsAt)).toEqual([
      '2026-03-16T08:30:00.000Z',
      '2026-03-23T08:30:00.000Z',
      '2026-03-30T07:30:00.000Z',
      '2026-04-06T07:30:00.000Z',
    ]);
  });

  it('puts an all-day series on its dates', async () => {
    const open = await series(ulla, { allDay: true, scheduledAt: '2026-02-28T00:00:00Z', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1' });
    const projected = projectedOf(await calendar(ulla, [ulla], '2026-03-23', '2026-05-03'), open.id);
    expect(starts(projected)).toEqual(['2026-03-31T00:00:00.000Z', '2026-04-30T00:00:00.000Z']);
    expect(projected.every((i) => i.allDay && i.endsAt === null)).toBe(true);
  });

  it('projects nothing of a done series; once completed, the next occurrence is a row and projects the rest', async () => {
    const done = await series(ulla, { scheduledAt: '2026-06-01T08:00:00Z', recurrence: 'FREQ=WEEKLY', done: true });
    expect(projectedOf(await calendar(ulla, [ulla], '2026-06-01', '2026-06-28'), done.id)).toEqual([]);

    const open = await series(ulla, { subject: 'Weekly report', scheduledAt: '2026-06-02T08:00:00Z', recurrence: 'FREQ=WEEKLY' });
    const res = await ulla.post(`/api/v1/activities/${open.id}/complete`, {});
    expect(res.statusCode).toBe(200);
    const next = res.json().next as { id: string; scheduledAt: string };
    expect(next.scheduledAt).toBe('2026-06-09T08:00:00.000Z');
    const items = (await calendar(ulla, [ulla], '2026-06-01', '2026-06-28')).filter((i) => 'subject' in i && i.subject === 'Weekly report');
    expect(items.map((i) => [i.scheduledAt, i.projected ?? false, i.seriesId ?? i.id])).toEqual([
      ['2026-06-02T08:00:00.000Z', false, open.id],
      ['2026-06-09T08:00:00.000Z', false, next.id],
      ['2026-06-16T08:00:00.000Z', true, next.id],
      ['2026-06-23T08:00:00.000Z', true, next.id],
    ]);
  });

  it('stops where the rule ends (COUNT)', async () => {
    const open = await series(pia, { scheduledAt: '2026-06-01T08:00:00Z', recurrence: 'FREQ=WEEKLY;COUNT=3' });
    expect(starts(projectedOf(await calendar(pia, [pia], '2026-06-01', '2026-07-12'), open.id))).toEqual([
      '2026-06-08T08:00:00.000Z',
      '2026-06-15T08:00:00.000Z',
    ]);
  });

  it("shows in an additional user's column, and another user's private series as busy time only", async () => {
    const shared = await series(ulla, { subject: 'Shared', scheduledAt: '2026-09-07T08:00:00Z', recurrence: 'FREQ=WEEKLY', additionalUserIds: [pia.user.id] });
    const secret = await series(ulla, { subject: 'Secret', note: 'Hush', private: true, scheduledAt: '2026-09-07T10:00:00Z', recurrence: 'FREQ=WEEKLY' });
    const seen = await calendar(pia, [pia], '2026-09-07', '2026-09-20');
    expect(projectedOf(seen, shared.id).map((i) => [i.scheduledAt, i.calendarUserIds])).toEqual([['2026-09-14T08:00:00.000Z', [pia.user.id]]]);
    const busy = projectedOf(await calendar(pia, [ulla], '2026-09-07', '2026-09-20'), secret.id);
    expect(starts(busy)).toEqual(['2026-09-14T10:00:00.000Z']);
    expect(busy[0]).toMatchObject({ busy: true, projected: true, editable: false, private: true });
    expect(busy[0]).not.toHaveProperty('subject');
    expect(busy[0]).not.toHaveProperty('note');
    expect(busy[0]).not.toHaveProperty('customerId');
    // Ulla herself sees what it is.
    const own = projectedOf(await calendar(ulla, [ulla], '2026-09-07', '2026-09-20'), secret.id)[0];
    expect(own).toMatchObject({ subject: 'Secret', private: true });
    expect(own).not.toHaveProperty('busy');
  });

  it('shows a restricted user none of a series whose customer they may not see', async () => {
    const ulf = await newUser(t, admin, 'user', { name: 'Ulf', timeZone: 'Europe/Copenhagen' });
    const hidden = await makeCustomer(t, admin, { name: 'Skjult kunde', responsibleId: maja.user.id });
    const onHidden = await series(ulf, { customerId: hidden.id, scheduledAt: '2026-10-05T08:00:00Z', recurrence: 'FREQ=WEEKLY' });
    const internal = await series(ulf, { customerId: null, scheduledAt: '2026-10-05T09:00:00Z', recurrence: 'FREQ=WEEKLY' });
    expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    try {
      const items = await calendar(ulla, [ulf], '2026-10-05', '2026-10-18');
      expect(projectedOf(items, onHidden.id)).toEqual([]);
      expect(projectedOf(items, internal.id)).toHaveLength(1);
      // Ulf takes part in both: his own calendar projects them.
      expect(projectedOf(await calendar(ulf, [ulf], '2026-10-05', '2026-10-18'), onHidden.id)).toHaveLength(1);
    } finally {
      expect((await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' })).statusCode).toBe(200);
    }
    expect(projectedOf(await calendar(ulla, [ulf], '2026-10-05', '2026-10-18'), onHidden.id)).toHaveLength(1);
  });

  it(`answers at most ${PROJECTED_MAX} projected entries, the earliest`, async () => {
    const busyBee = await newUser(t, admin, 'user', { name: 'Bea', timeZone: 'Europe/Copenhagen' });
    // 13 daily series over 42 days: 546 coming occurrences.
    for (let i = 0; i < 13; i++)
      await series(busyBee, { subject: `Daily ${i}`, scheduledAt: `2026-11-01T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`, recurrence: 'FREQ=DAILY' });
    const items = await calendar(busyBee, [busyBee], '2026-11-02', '2026-12-13');
    const projected = items.filter((i) => i.projected);
    expect(projected).toHaveLength(PROJECTED_MAX);
    expect(starts(items)).toEqual([...starts(items)].sort());
    expect(projected.at(-1)?.scheduledAt.slice(0, 10)).toBe('2026-12-10');
  });
});

describe('the query of open series', () => {
  it('reads the partial index of open series, not the users’ activities', async () => {
    const query = listOpenSeries(t.database.db, actorOf(pia), [ulla.user.id, pia.user.id, maja.user.id], new Date('2026-04-01T00:00:00Z'));
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return rows<{ 'QUERY PLAN': string }>(tx, sql`EXPLAIN ${query.getSQL()}`);
    });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).not.toMatch(/Seq Scan on activities/);
    expect(text).toMatch(/activities_open_series_idx/);
  });
});
