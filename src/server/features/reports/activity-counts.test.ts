import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityStatusSchema, activityTypeSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import type { ReportDefinition } from '../../../shared/reports';
import { rows } from '../../db/client';
import { actorOf, makeActivity, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { sameClock } from './activity-counts';
import { runReport } from './reports.service';

/**
 * Reports from the day counts (migration 0047) answer exactly what reading the activities
 * answers: after every kind of change (new, done, moved across midnight, retyped, handed over,
 * made private, deleted, customer to the trash and back), for a reader with the same clock under
 * another zone's name, after the workspace's time zone changed, and after parallel writes.
 */

let t: TestApp;
let admin: Client; // Copenhagen
let ulla: Client; // user in Oslo: the same clock, another name
let lars: Client; // user in Los Angeles: reads the activities
let types: Record<string, string>;
let statuses: Record<string, string>;
let customerIds: string[];
const made: string[] = [];

const PERIOD = { from: '2026-03-01', to: '2026-04-30' };
const DEFINITIONS: ReportDefinition[] = [
  { subject: 'activities', filters: PERIOD, groupBy: ['responsible', 'month'], measures: ['count', 'done', 'open', 'overdue'] },
  { subject: 'activities', filters: PERIOD, groupBy: ['type', 'day'], measures: ['count', 'open'] },
  { subject: 'activities', filters: PERIOD, groupBy: ['status', 'week'], measures: ['count', 'done'] },
  { subject: 'activities', filters: { ...PERIOD, done: false }, groupBy: ['responsible'], measures: ['count', 'overdue'] },
  { subject: 'activities', filters: { from: '2026-03-29', to: '2026-03-29' }, groupBy: ['day'], measures: ['count'] },
  { subject: 'activities', groupBy: ['month'], measures: ['count', 'done'] },
];
const NOW = new Date('2026-04-10T12:00:00Z');

/** Every definition as the counts answer it and as the activities do. */
async function expectSame(c: Client) {
  for (const def of DEFINITIONS) {
    const fromCounts = await runReport(t.database.db, actorOf(c), def, NOW);
    const fromActivities = await runReport(t.database.db, actorOf(c), def, NOW, { counts: false });
    expect(fromCounts, JSON.stringify(def)).toEqual(fromActivities);
  }
  // Not an empty comparison: the first definition's period holds activities whatever the phase.
  expect((await runReport(t.database.db, actorOf(c), DEFINITIONS[0]!, NOW)).totals.count).toBeGreaterThan(0);
}

const countRows = async (compacted: boolean) =>
  Number(
    (
      await rows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM activity_day_counts WHERE workspace_id = ${admin.user.workspaceId} AND compacted = ${compacted}`,
      )
    )[0]?.n,
  );

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  ulla = await newUser(t, admin, 'user', { name: 'Ulla', timeZone: 'Europe/Oslo' });
  lars = await newUser(t, admin, 'user', { name: 'Lars', timeZone: 'America/Los_Angeles' });
  types = Object.fromEntries(parse(listOf(activityTypeSchema), await admin.get('/api/v1/activity-types')).items.map((x) => [x.key, x.id]));
  statuses = Object.fromEntries(parse(listOf(activityStatusSchema), await admin.get('/api/v1/activity-statuses')).items.map((x) => [x.key, x.id]));
  customerIds = [];
  for (const name of ['Count Alfa ApS', 'Count Beta ApS']) customerIds.push((await makeCustomer(t, admin, { name })).id);
  const add = async (body: Parameters<typeof makeActivity>[2]) =>
    made.push((await makeActivity(t, admin, { typeId: types.call, subject: 'Counted', ...body })).id);
  // Near midnight in Copenhagen (23:30 local is 22:30Z in winter, 21:30Z in summer), all-day, undated, private.
  await add({ customerId: customerIds[0], scheduledAt: '2026-03-03T22:30:00Z', done: true, statusId: statuses.done });
  await add({ customerId: customerIds[0], scheduledAt: '2026-03-29T00:30:00Z', typeId: types.meeting });
  await add({ customerId: customerIds[0], scheduledAt: '2026-03-29T23:30:00Z', responsibleId: ulla.user.id });
  await add({ customerId: customerIds[1], scheduledAt: '2026-04-02T21:30:00Z', responsibleId: lars.user.id });
  await add({ customerId: customerIds[1], scheduledAt: '2026-04-07T00:00:00Z', allDay: true });
  await add({ customerId: customerIds[1], scheduledAt: '2026-04-20T10:00:00Z', private: true, responsibleId: ulla.user.id });
  await add({ scheduledAt: '2026-03-15T10:00:00Z', typeId: types.meeting, private: true });
  await add({ subject: 'Undated' });
  await add({ scheduledAt: '2026-02-28T23:30:00Z' });
});
afterAll(() => t.close());

describe('reports from day counts', () => {
  it('answer what the activities answer, and fold their change rows when read', async () => {
    await expectSame(admin);
    await expectSame(ulla);
    await expectSame(lars);
    expect(await countRows(true)).toBeGreaterThan(0);
    expect(await countRows(false)).toBe(0);
  });

  it('follow every kind of change', async () => {
    const [first, second, third, fourth] = made;
    await admin.post(`/api/v1/activities/${second}/complete`, {});
    await admin.patch(`/api/v1/activities/${first}`, { scheduledAt: '2026-03-04T23:30:00Z', typeId: types.meeting });
    await admin.patch(`/api/v1/activities/${third}`, { responsibleId: admin.user.id, statusId: statuses.postponed ?? null });
    await admin.patch(`/api/v1/activities/${fourth}`, { private: true });
    await admin.delete(`/api/v1/activities/${made[4]}`);
    expect(await countRows(false)).toBeGreaterThan(0);
    await expectSame(admin);
    await expectSame(ulla);

    expect((await admin.delete(`/api/v1/customers/${customerIds[0]}`)).statusCode).toBeLessThan(300);
    await expectSame(admin);
    expect((await admin.post(`/api/v1/customers/${customerIds[0]}/restore`, {})).statusCode).toBeLessThan(300);
    await expectSame(admin);
  });

  it('are counted again when the workspace changes its time zone', async () => {
    expect((await admin.patch('/api/v1/workspace', { defaultTimeZone: 'America/Los_Angeles' })).statusCode).toBe(200);
    await expectSame(lars);
    await expectSame(admin);
    const [zone] = await rows<{ time_zone: string }>(
      t.database.db,
      sql`SELECT time_zone FROM activity_count_zones WHERE workspace_id = ${admin.user.workspaceId}`,
    );
    expect(zone?.time_zone).toBe('America/Los_Angeles');
    expect((await admin.patch('/api/v1/workspace', { defaultTimeZone: 'Europe/Copenhagen' })).statusCode).toBe(200);
    await expectSame(admin);
  });

  it('add up parallel writes', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin.post('/api/v1/activities', {
          typeId: types.call,
          subject: `Parallel ${i}`,
          scheduledAt: `2026-04-${String(10 + (i % 5)).padStart(2, '0')}T09:00:00Z`,
        }),
      ),
    );
    await expectSame(admin);
  });
});

describe('sameClock', () => {
  it('tells zones with the same offsets through the period from others', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(sameClock('Europe/Copenhagen', 'Europe/Oslo', year)).toBe(true);
    expect(sameClock('Europe/Copenhagen', 'Europe/Budapest', year)).toBe(true);
    expect(sameClock('Europe/Copenhagen', 'Europe/London', year)).toBe(false);
    // Israel moves its clocks on other days than the European Union.
    expect(sameClock('Europe/Copenhagen', 'Asia/Jerusalem', year)).toBe(false);
    expect(sameClock('Europe/Helsinki', 'Asia/Jerusalem', { from: '2026-06-01', to: '2026-06-30' })).toBe(true);
    expect(sameClock('Europe/Copenhagen', 'Europe/Oslo', {})).toBe(false);
  });
});
