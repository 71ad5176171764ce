import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../shared/activities';
import { listOf } from '../../shared/common';
import { customerSchema } from '../../shared/customers';
import { todoItemSchema } from '../../shared/todo';
import { parse } from '../../../test/factories';
import { type Client, type TestApp, TEST_KDF_COST, createTestApp, signIn } from '../../../test/helpers';
import { activityTypeSchema } from '../../shared/activities';
import { customerStatusSchema } from '../../shared/settings';
import { defaultActivityTypes, defaultCustomerStatuses } from '../features/workspaces/default-lists';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, loadDemo } from './load-demo';
import { planActivityHistory, seededRandom } from './factories';
import { localDate, wallClock } from '../../shared/wall-clock';

let t: TestApp;
let admin: Client;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.database.db, { kdfCost: TEST_KDF_COST, progress: (line) => lines.push(line) });
  admin = await signIn(t.app, DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
}, 120_000);
afterAll(() => t.close());

const activities = async (url: string) => parse(listOf(activitySchema), await admin.get(url)).items;
const todoItems = async (url: string) => parse(listOf(todoItemSchema), await admin.get(url)).items;

describe('demo activity history', () => {
  it('plans chains in order, mostly done, within two years', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    for (let seed = 1; seed <= 200; seed++) {
      const plan = planActivityHistory(seededRandom(seed), { language: 'hu', now, contactNames: ['Éva'], chains: 3 });
      expect(plan.length).toBeGreaterThanOrEqual(3);
      plan.forEach((p, i) => {
        if (p.previous !== null) {
          expect(p.previous).toBeLessThan(i);
          expect(plan[p.previous].scheduledAt.getTime()).toBeLessThan(p.scheduledAt.getTime());
          expect(plan[p.previous].done).toBe(true);
        }
        expect(p.scheduledAt.getTime()).toBeGreaterThan(now.getTime() - 731 * 86_400_000);
        if (p.done) expect(p.scheduledAt.getTime()).toBeLessThanOrEqual(now.getTime() + 86_400_000);
      });
    }
    const plan = planActivityHistory(seededRandom(1), { language: 'hu', now, contactNames: ['Éva'], chains: 3 });
    // The same seed gives the same plan.
    expect(planActivityHistory(seededRandom(1), { language: 'hu', now, contactNames: ['Éva'], chains: 3 })).toEqual(plan);
  });

  it("puts every day on the zone's calendar, in working hours, when loaded just after midnight there", () => {
    // 23:30 UTC on the 22nd is 00:30 on the 23rd in Copenhagen. A plan made then must fall on the same
    // days as one made at noon UTC on the 23rd: by UTC's date every "today" follow-up would be overdue.
    const timeZone = 'Europe/Copenhagen';
    const dayOf = (p: { allDay: boolean; scheduledAt: Date }, zone: string) =>
      p.allDay ? p.scheduledAt.toISOString().slice(0, 10) : localDate(p.scheduledAt, zone);
    for (let seed = 1; seed <= 50; seed++) {
      const options = { language: 'da' as const, contactNames: ['Mette'], chains: 3 };
      const atMidnight = planActivityHistory(seededRandom(seed), { ...options, now: new Date('2026-11-22T23:30:00Z'), timeZone });
      const atNoon = planActivityHistory(seededRandom(seed), { ...options, now: new Date('2026-11-23T12:00:00Z') });
      expect(atMidnight.map((p) => dayOf(p, timeZone))).toEqual(atNoon.map((p) => dayOf(p, 'UTC')));
      for (const p of atMidnight.filter((x) => !x.allDay)) {
        expect(wallClock(p.scheduledAt, timeZone).hour).toBeGreaterThanOrEqual(8);
        expect(wallClock(p.scheduledAt, timeZone).hour).toBeLessThan(17);
      }
    }
  });

  it('gives every customer a history and the admin an open to-do list in every bucket', async () => {
    expect(lines.some((l) => /demo: activities \d+\/\d+/.test(l))).toBe(true);
    const customers = parse(listOf(customerSchema), await admin.get('/api/v1/customers?limit=500')).items;
    expect(customers.length).toBe(64);
    for (const c of customers.slice(0, 8)) {
      expect((await activities(`/api/v1/customers/${c.id}/activities`)).length).toBeGreaterThan(0);
    }
    const todo = await todoItems('/api/v1/todo?limit=500');
    expect(new Set(todo.map((x) => x.bucket))).toEqual(new Set(['overdue', 'today', 'future']));
    const all = await activities('/api/v1/activities?limit=500&done=true');
    expect(all.length).toBeGreaterThan(100);
  });

  it('writes in the customers languages and forms valid chains', async () => {
    const hebrew = await activities(`/api/v1/activities?q=${encodeURIComponent('הצעת')}`);
    const danish = await activities(`/api/v1/activities?q=${encodeURIComponent('tilbud')}`);
    const hungarian = await activities(`/api/v1/activities?q=${encodeURIComponent('arajanlat')}`);
    expect(hebrew.length).toBeGreaterThan(0);
    expect(danish.length).toBeGreaterThan(0);
    expect(hungarian.length).toBeGreaterThan(0);
    const open = await todoItems('/api/v1/todo?limit=50&responsibleId=all');
    const linked = open.find((x) => x.previousActivityId);
    expect(linked).toBeDefined();
    const chain = await activities(`/api/v1/activities/${linked!.id}/chain`);
    expect(chain.length).toBeGreaterThan(1);
    expect(chain[chain.length - 1].id).toBe(linked!.id);
    expect(chain.slice(0, -1).every((x) => x.done)).toBe(true);
  });
});

describe('demo users', () => {
  it('read Tend in their own languages, the standard lists too', async () => {
    // Users cycle through the countries DK, NO, HU, IL: one of each.
    const expected = { 'manager1@demo.tend.test': 'da', 'user2@demo.tend.test': 'nb', 'user3@demo.tend.test': 'hu', 'manager4@demo.tend.test': 'he' } as const;
    for (const [email, locale] of Object.entries(expected)) {
      const user = await signIn(t.app, email, DEMO_PASSWORD);
      expect(user.user.locale).toBe(locale);
      const types = parse(listOf(activityTypeSchema), await user.get('/api/v1/activity-types')).items;
      expect(types.find((type) => type.key === 'call')?.name).toBe(defaultActivityTypes[locale].call);
      const statuses = parse(listOf(customerStatusSchema), await user.get('/api/v1/customer-statuses')).items;
      expect(statuses.find((status) => status.key === 'customer')?.name).toBe(defaultCustomerStatuses[locale].customer);
    }
    // The workspace and its admin are English.
    const types = parse(listOf(activityTypeSchema), await admin.get('/api/v1/activity-types')).items;
    expect(types.find((type) => type.key === 'call')?.name).toBe('Call');
  });
});
