import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listOf } from '../../../shared/common';
import { auditEntrySchema, listItemSchema, salesBudgetSchema } from '../../../shared/settings';
import { makeCustomer, makeGroup, makeListItem, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';

let t: TestApp;
let admin: Client;
let sellers: Client[];

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
  sellers = [await newUser(t, admin, 'user'), await newUser(t, admin, 'user')];
});
afterAll(() => t.close());

type Budget = z.infer<typeof salesBudgetSchema>;
/** A budget save in the audit log: the year's grid before and after. */
const budgetEntrySchema = auditEntrySchema.extend({
  before: z.object({ year: z.number(), items: z.array(salesBudgetSchema) }),
  after: z.object({ items: z.array(salesBudgetSchema) }),
});
/** An item added to a settings list through the factory, read as the contract's list item. */
const listItem = async (list: string, name: string) => listItemSchema.parse(await makeListItem(t, admin, list, { name }));
const originIds = async () => parse(listOf(listItemSchema), await admin.get('/api/v1/origins')).items.map((x) => x.id);
/** A grid as one comparable string, whatever the order of its cells and of their keys. */
const canonical = (items: Budget[]) =>
  items
    .map((i) => `${i.userId} ${i.month} ${i.amount} ${i.currency}`)
    .sort()
    .join('; ');

describe('settings changed by several admins at once', () => {
  it('20 budget grids saved at once: all are saved in turn and the year is exactly one of them (5 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const year = 2030 + round;
      // Grids of different sizes and months, so a mix of two is visible.
      const grids: Budget[][] = Array.from({ length: 20 }, (_, g) =>
        Array.from({ length: 1 + (g % 12) }, (_, m) => ({
          userId: sellers[m % 2].user.id,
          month: `${year}-${String(m + 1).padStart(2, '0')}`,
          amount: 1000 * g + m,
          currency: 'DKK',
        })),
      );
      const results = await Promise.all(grids.map((items) => admin.request('PUT', `/api/v1/sales-budgets?year=${year}`, { items })));
      all.push(...results);
      const saved = canonical(parse(listOf(salesBudgetSchema), await admin.get(`/api/v1/sales-budgets?year=${year}`)).items);
      if (!grids.some((g) => canonical(g) === saved)) problems.push(`round ${round}: the saved year is none of the grids sent`);
      // Each save's audit entry starts from what the save before it left: the entries form one sequence.
      const log = parse(listOf(budgetEntrySchema), await admin.get('/api/v1/audit-log?entity=sales_budget&limit=500'));
      const entries = log.items.filter((e) => e.before.year === year);
      const befores = entries.map((e) => canonical(e.before.items)).sort();
      const afters = entries.map((e) => canonical(e.after.items));
      const expected = [canonical([]), ...afters.filter((_a, i) => i !== afters.indexOf(saved))].sort();
      if (JSON.stringify(befores) !== JSON.stringify(expected)) problems.push(`round ${round}: the audit entries do not form one sequence`);
    }
    expect({ answers: statusCounts(all), problems }).toEqual({ answers: { 200: 20 * rounds }, problems: [] });
  });

  it('10 reorders of one list at once: all succeed and the list ends in one of the orders sent (5 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await listItem('origins', `Origin ${round}.${i}`)).id);
      const before = (await originIds()).filter((id) => !ids.includes(id));
      // Rotations and their reverses: each pair of them updates the rows in a different order.
      const orders = Array.from({ length: 10 }, (_, k) => {
        const rotated = [...ids.slice(k % 6), ...ids.slice(0, k % 6)];
        return k % 2 ? rotated.reverse() : rotated;
      });
      const results = await Promise.all(orders.map((order) => admin.post('/api/v1/origins/reorder', { ids: [...before, ...order] })));
      all.push(...results);
      const now = (await originIds()).filter((id) => ids.includes(id));
      if (!orders.some((o) => o.join() === now.join())) problems.push(`round ${round}: the list is in none of the orders sent`);
    }
    expect({ answers: statusCounts(all), problems }).toEqual({ answers: { 200: 10 * rounds }, problems: [] });
  });

  it('10 items added to one list at once each go to their own place at the end (5 rounds on PostgreSQL)', async () => {
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => admin.post('/api/v1/sources', { name: `Source ${round}.${i}` })));
      const orders = results.map((r) => (r.statusCode === 201 ? parse(listItemSchema, r, 201).order : `${r.statusCode}`));
      if (new Set(orders).size !== 10) problems.push(`round ${round}: orders ${orders.join(',')}`);
    }
    expect(problems).toEqual([]);
  });

  it('a member added while the group is deleted: the member is not lost silently (10 rounds on PostgreSQL)', async () => {
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const group = await makeGroup(t, admin, { name: `Team ${round}` });
      const [added, deleted] = await Promise.all([
        admin.post(`/api/v1/groups/${group.id}/members`, { userId: sellers[0].user.id, roleName: 'Seller' }),
        admin.delete(`/api/v1/groups/${group.id}`),
      ]);
      // Added first: the group is in use (409). Deleted first: there is no group to add to (404).
      const pair = `${added.statusCode}/${deleted.statusCode}`;
      if (pair !== '200/409' && pair !== '404/200') problems.push(`round ${round}: add ${added.statusCode}, delete ${deleted.statusCode}`);
    }
    expect(problems).toEqual([]);
  });

  it('two groups placed under each other at once: no cycle (10 rounds on PostgreSQL)', async () => {
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const a = await makeGroup(t, admin, { name: `Cycle A ${round}` });
      const b = await makeGroup(t, admin, { name: `Cycle B ${round}` });
      const results = await Promise.all([admin.patch(`/api/v1/groups/${a.id}`, { parentId: b.id }), admin.patch(`/api/v1/groups/${b.id}`, { parentId: a.id })]);
      const answers = results
        .map((r) => r.statusCode)
        .sort()
        .join('/');
      if (answers !== '200/400') problems.push(`round ${round}: answered ${answers}`);
    }
    expect(problems).toEqual([]);
  });

  it('customers moved into an industry while it is deleted: never a server error, never a lost industry (10 rounds on PostgreSQL)', async () => {
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const from = await listItem('industries', `From ${round}`);
      const to = await listItem('industries', `To ${round}`);
      await makeCustomer(t, admin, { name: `Moved ${round}`, industryId: from.id });
      const [moved, deleted] = await Promise.all([
        admin.post(`/api/v1/industries/${from.id}/move-customers`, { toIndustryId: to.id }),
        admin.delete(`/api/v1/industries/${to.id}`),
      ]);
      // Moved first: the target is in use (409). Deleted first: there is no such target (400).
      const pair = `${moved.statusCode}/${deleted.statusCode}`;
      if (pair !== '200/409' && pair !== '400/200') problems.push(`round ${round}: move ${moved.statusCode}, delete ${deleted.statusCode}`);
    }
    expect(problems).toEqual([]);
  });
});
