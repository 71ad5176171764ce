import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema, activityWithNextSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { taskTemplateSchema, tasksAnswerSchema, workAreaCustomerSchema, workAreaSchema } from '../../../shared/tasks';
import { type TodoItem, todoItemSchema } from '../../../shared/todo';
import { makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let admin: Client;
let areas: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t, { locale: 'da' });
  const list = parse(listOf(workAreaSchema), await admin.get('/api/v1/work-areas')).items;
  areas = Object.fromEntries(list.map((a) => [a.key ?? a.name, a.id]));
});
afterAll(() => t.close());

const template = async (body: Record<string, unknown>) =>
  parse(taskTemplateSchema, await admin.post('/api/v1/task-templates', { workAreaIds: [areas.adwords], ...body }), 201);
const product = async (taskTemplateIds: string[]) => {
  const res = await admin.post('/api/v1/products', { name: `Pakke ${Math.random()}`, taskTemplateIds });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

describe('task templates and work areas (settings lists)', () => {
  it('a new workspace has standard areas and templates, shown in the reader language', async () => {
    expect(Object.keys(areas)).toEqual(['adwords', 'seo', 'websites']);
    const templates = parse(listOf(taskTemplateSchema), await admin.get('/api/v1/task-templates')).items;
    expect(templates.map((x) => x.key)).toEqual(['kickoff', 'optimisation', 'quarterly_report', 'ad_hoc']);
    expect(templates[1]).toMatchObject({ name: 'Optimering', due: 'recurring', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1', nameIsDefault: true });
    // The Danish workspace stored Danish names; an English reader sees the English ones.
    const english = await newUser(t, admin, 'user', { locale: 'en' });
    expect(parse(listOf(taskTemplateSchema), await english.get('/api/v1/task-templates')).items[1].name).toBe('Optimisation');
    expect(templates[0]).toMatchObject({ due: 'deadline', dueInDays: 3 });
  });

  it('checks the due kind with its field, the rule, and the references; the type defaults to task', async () => {
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await admin.post('/api/v1/task-templates', { name: 'X', ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    };
    await bad({ due: 'deadline' }, 'dueInDays');
    await bad({ due: 'recurring' }, 'recurrence');
    await bad({ due: 'recurring', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=32' }, 'recurrence');
    await bad({ workAreaIds: ['00000000-0000-4000-8000-000000000000'] }, 'workAreaIds');
    await bad({ commentChecks: [{ key: 'Bad Key', label: 'x' }] }, 'commentChecks.0.key');
    const made = await template({ name: 'Monthly', due: 'recurring', recurrence: 'rrule:freq=monthly;bymonthday=15', dueInDays: 4 });
    expect(made).toMatchObject({ recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15', dueInDays: null, icon: 'square-check' });
    const types = (await admin.get('/api/v1/activity-types')).json().items as { id: string; key: string }[];
    expect(made.typeId).toBe(types.find((x) => x.key === 'task')?.id);
    // Changing the due kind clears the other kind's field.
    const changed = await admin.patch(`/api/v1/task-templates/${made.id}`, { due: 'deadline', dueInDays: 2 });
    expect(changed.json()).toMatchObject({ due: 'deadline', dueInDays: 2, recurrence: null });
  });

  it("changes a due field alone when it fits the stored due kind, and refuses the other kind's field unchanged", async () => {
    const patch = (id: string, body: Record<string, unknown>) => admin.patch(`/api/v1/task-templates/${id}`, body);
    const refused = async (id: string, body: Record<string, unknown>, field: string) => {
      const res = await patch(id, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    };
    const deadline = await template({ name: 'Deadline', due: 'deadline', dueInDays: 3 });
    expect(parse(taskTemplateSchema, await patch(deadline.id, { dueInDays: 7 }))).toMatchObject({ due: 'deadline', dueInDays: 7, recurrence: null });
    await refused(deadline.id, { recurrence: 'FREQ=MONTHLY' }, 'recurrence');
    await refused(deadline.id, { dueInDays: null }, 'dueInDays');
    const monthly = await template({ name: 'Monthly alone', due: 'recurring', recurrence: 'FREQ=WEEKLY' });
    expect(parse(taskTemplateSchema, await patch(monthly.id, { recurrence: 'FREQ=MONTHLY' }))).toMatchObject({
      due: 'recurring',
      recurrence: 'FREQ=MONTHLY',
      dueInDays: null,
    });
    await refused(monthly.id, { dueInDays: 7 }, 'dueInDays');
    await refused(monthly.id, { recurrence: 'FREQ=MONTHLY;BYMONTHDAY=32' }, 'recurrence');
    const none = await template({ name: 'No deadline' });
    await refused(none.id, { dueInDays: 7, name: 'Renamed' }, 'dueInDays');
    // Nothing of a refused change was written.
    expect(parse(taskTemplateSchema, await admin.get(`/api/v1/task-templates/${none.id}`))).toMatchObject({
      name: 'No deadline',
      due: 'none',
      dueInDays: null,
    });
    expect(parse(taskTemplateSchema, await admin.get(`/api/v1/task-templates/${monthly.id}`))).toMatchObject({ recurrence: 'FREQ=MONTHLY', dueInDays: null });
  });

  it('only admins change them', async () => {
    const user = await newUser(t, admin, 'user');
    expect((await user.post('/api/v1/task-templates', { name: 'Mine' })).statusCode).toBe(403);
    expect((await user.get('/api/v1/task-templates')).statusCode).toBe(200);
  });
});

describe('products bundle templates', () => {
  it("adding a product creates its active templates' tasks at once and enrols the customer", async () => {
    const kickoff = await template({ name: 'Kick-off', due: 'deadline', dueInDays: 3 });
    const monthly = await template({
      name: 'Optimering',
      due: 'recurring',
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1',
      commentChecks: [{ key: 'done_ads', label: 'Annoncer gennemgået', defaultChecked: true }],
    });
    const adHoc = await template({ name: 'Ad hoc', workAreaIds: [areas.seo] });
    const inactive = await template({ name: 'Old', active: false });
    const productId = await product([kickoff.id, monthly.id, adHoc.id, inactive.id]);
    const customer = await makeCustomer(t, admin, { name: 'Bureau Kunde' });
    const res = await admin.post(`/api/v1/customers/${customer.id}/products`, { productId, startsOn: '2026-01-10' });
    const { tasks } = parse(tasksAnswerSchema, res, 201);
    expect(tasks.map((x) => [x.subject, x.scheduledAt, x.workAreaId])).toEqual([
      ['Kick-off', '2026-01-13T00:00:00.000Z', areas.adwords],
      ['Optimering', '2026-01-31T00:00:00.000Z', areas.adwords],
      ['Ad hoc', null, areas.seo],
    ]);
    expect(tasks[1]).toMatchObject({ recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1', templateId: monthly.id, allDay: true });
    expect(tasks[1].commentChecks).toEqual([{ key: 'done_ads', label: 'Annoncer gennemgået', defaultChecked: true }]);
    const after = (await admin.get(`/api/v1/customers/${customer.id}`)).json();
    expect(after.productIds).toContain(productId);
    expect([...after.workAreaIds].sort()).toEqual([areas.adwords, areas.seo].sort());
  });

  it('a refused task leaves the customer as it was (one transaction)', async () => {
    const ended = await template({ name: 'Ended', due: 'recurring', recurrence: 'FREQ=MONTHLY;UNTIL=20200101T000000Z' });
    const fine = await template({ name: 'Fine', due: 'deadline', dueInDays: 1 });
    const productId = await product([fine.id, ended.id]);
    const customer = await makeCustomer(t, admin, { name: 'Rollback ApS' });
    const res = await admin.post(`/api/v1/customers/${customer.id}/products`, { productId, startsOn: '2026-01-10' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toHaveProperty('startsOn');
    const timeline = (await admin.get(`/api/v1/customers/${customer.id}/activities`)).json().items;
    expect(timeline).toEqual([]);
    expect((await admin.get(`/api/v1/customers/${customer.id}`)).json()).toMatchObject({ productIds: [], workAreaIds: [] });
  });

  it("another workspace's customer or product is refused", async () => {
    const other = await newWorkspace(t);
    const theirs = await makeCustomer(t, other, { name: 'Theirs' });
    const productId = await product([]);
    expect((await admin.post(`/api/v1/customers/${theirs.id}/products`, { productId })).statusCode).toBe(404);
    const mine = await makeCustomer(t, admin, { name: 'Mine' });
    const theirProduct = (await other.post('/api/v1/products', { name: 'P' })).json().id;
    const res = await admin.post(`/api/v1/customers/${mine.id}/products`, { productId: theirProduct });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('productId');
  });
});

describe('tasks', () => {
  it('undated tasks follow the dated ones on the to-do’s later pages too (the keyset after a dated row)', async () => {
    const user = await newUser(t, admin, 'user');
    const customer = await makeCustomer(t, admin, { name: 'Sidetal' });
    const undated = await template({ name: 'Some day' });
    const dated = await template({ name: 'Dated', due: 'deadline', dueInDays: 0 });
    const make = async (templateId: string, startsOn?: string) =>
      parse(activitySchema, await user.post('/api/v1/tasks', { templateId, customerId: customer.id, ...(startsOn ? { startsOn } : {}) }), 201);
    for (const day of ['2021-01-01', '2021-01-02', '2021-01-03']) await make(dated.id, day);
    const typeId = (await make(undated.id)).typeId;
    await make(undated.id);
    // Page by page, two at a time: the start page's prepared statement, and the filtered query.
    for (const filter of ['', `&typeId=${typeId}`]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: TodoItem[]; nextCursor: string | null } = parse(
          listOf(todoItemSchema),
          await user.get(`/api/v1/todo?limit=2${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
        );
        seen.push(...page.items.map((i) => i.bucket));
        cursor = page.nextCursor;
      } while (cursor && seen.length < 20);
      expect(seen, filter).toEqual(['overdue', 'overdue', 'overdue', 'undated', 'undated']);
    }
  });

  it('POST /tasks creates one task; an undated one is in the to-do after the dated ones and never overdue', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Udateret' });
    const undated = await template({ name: 'Whenever' });
    const dated = await template({ name: 'Long ago', due: 'deadline', dueInDays: 0 });
    const a = parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: undated.id, customerId: customer.id }), 201);
    expect(a.scheduledAt).toBeNull();
    parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: dated.id, customerId: customer.id, startsOn: '2020-01-01' }), 201);
    const todo = parse(listOf(todoItemSchema), await admin.get('/api/v1/todo?limit=500')).items.filter((i) => i.customerId === customer.id);
    expect(todo.map((i) => [i.subject, i.bucket])).toEqual([
      ['Long ago', 'overdue'],
      ['Whenever', 'undated'],
    ]);
    const counts = (await admin.get('/api/v1/todo/counts')).json();
    expect(counts.undated).toBeGreaterThanOrEqual(1);
    const bad = await admin.post('/api/v1/tasks', { templateId: undated.id, customerId: customer.id, workAreaId: areas.websites });
    expect(bad.statusCode).toBe(400);
  });

  it('a deactivated template makes no new task: 400 on templateId, nothing written', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Gammel skabelon' });
    const old = await template({ name: 'Retired', active: false });
    const res = await admin.post('/api/v1/tasks', { templateId: old.id, customerId: customer.id });
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['templateId']);
    expect(res.json().error.reasons.templateId.code).toBe('not_found_ref');
    const mine = (await admin.get(`/api/v1/activities?customerId=${customer.id}&limit=100`)).json().items as unknown[];
    expect(mine).toEqual([]);
  });

  it('completing a recurring task creates the next occurrence as its follow-up, none after COUNT', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Gentagelse' });
    const monthly = await template({ name: 'Twice', due: 'recurring', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2' });
    const first = parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: monthly.id, customerId: customer.id, startsOn: '2026-01-05' }), 201);
    const done = parse(activityWithNextSchema, await admin.post(`/api/v1/activities/${first.id}/complete`, {}));
    expect(done.next).toMatchObject({
      scheduledAt: '2026-02-28T00:00:00.000Z',
      previousActivityId: first.id,
      recurrence: first.recurrence,
      templateId: monthly.id,
    });
    const last = parse(activityWithNextSchema, await admin.post(`/api/v1/activities/${done.next?.id}/complete`, {}));
    expect(last.next).toBeNull();
  });

  it("a series' next occurrence keeps its length, people and reminders, as the calendar projects it", async () => {
    const types = (await admin.get('/api/v1/activity-types')).json().items as { id: string; key: string }[];
    const meeting = types.find((x) => x.key === 'meeting')?.id;
    const colleague = await newUser(t, admin, 'user');
    const partner = await makeCustomer(t, admin, { name: 'Partner til møder' });
    const body = {
      typeId: meeting,
      subject: 'Workshop',
      scheduledAt: '2031-03-03T09:00:00+01:00',
      endsAt: '2031-03-03T11:00:00+01:00',
      recurrence: 'FREQ=WEEKLY',
      additionalUserIds: [colleague.user.id],
      additionalCustomerIds: [partner.id],
      reminders: [15, 60],
    };
    const weekly = parse(activitySchema, await admin.post('/api/v1/activities', body), 201);
    const done = parse(activityWithNextSchema, await admin.post(`/api/v1/activities/${weekly.id}/complete`, {}));
    const expected = {
      scheduledAt: '2031-03-10T08:00:00.000Z',
      endsAt: '2031-03-10T10:00:00.000Z',
      additionalUserIds: [colleague.user.id],
      additionalCustomerIds: [partner.id],
      reminders: [15, 60],
    };
    expect(done.next).toMatchObject(expected);
    // Stored so, not only answered so.
    expect(parse(activitySchema, await admin.get(`/api/v1/activities/${done.next?.id}`))).toMatchObject(expected);
  });

  it('a timed recurring activity keeps its wall-clock time across DST; recurrence null ends the series', async () => {
    const types = (await admin.get('/api/v1/activity-types')).json().items as { id: string; key: string }[];
    const call = types.find((x) => x.key === 'call')?.id;
    const res = await admin.post('/api/v1/activities', {
      typeId: call,
      subject: 'Weekly',
      scheduledAt: '2026-03-23T09:00:00+01:00',
      recurrence: 'FREQ=WEEKLY',
    });
    const weekly = parse(activitySchema, res, 201);
    const done = parse(activityWithNextSchema, await admin.post(`/api/v1/activities/${weekly.id}/complete`, {}));
    // The admin's zone is Copenhagen: 09:00 is 07:00Z once summer time began.
    expect(done.next?.scheduledAt).toBe('2026-03-30T07:00:00.000Z');
    await admin.patch(`/api/v1/activities/${done.next?.id}`, { recurrence: null });
    expect(parse(activityWithNextSchema, await admin.post(`/api/v1/activities/${done.next?.id}/complete`, {})).next).toBeNull();
  });
});

describe('the work-area tab', () => {
  it('lists enrolled customers with their next open and last completed task, overdue first', async () => {
    const area = parse(workAreaSchema, await admin.post('/api/v1/work-areas', { name: 'Sociale medier' }), 201);
    const tpl = await template({ name: 'Opslag', workAreaIds: [area.id], due: 'deadline', dueInDays: 0 });
    const late = await makeCustomer(t, admin, { name: 'Zeta sen' });
    const soon = await makeCustomer(t, admin, { name: 'Alfa snart' });
    await admin.post('/api/v1/tasks', { templateId: tpl.id, customerId: late.id, startsOn: '2020-01-01' });
    const future = parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: tpl.id, customerId: soon.id, startsOn: '2099-01-01' }), 201);
    const doneOne = parse(activitySchema, await admin.post('/api/v1/tasks', { templateId: tpl.id, customerId: soon.id, startsOn: '2025-01-01' }), 201);
    await admin.post(`/api/v1/activities/${doneOne.id}/complete`, {});
    const items = parse(listOf(workAreaCustomerSchema), await admin.get(`/api/v1/work-areas/${area.id}/customers`)).items;
    expect(items.map((i) => [i.customerName, i.overdue, i.nextTask?.scheduledAt ?? null, i.lastDone?.id ?? null])).toEqual([
      ['Zeta sen', true, '2020-01-01T00:00:00.000Z', null],
      ['Alfa snart', false, future.scheduledAt, doneOne.id],
    ]);
    const other = await newWorkspace(t);
    expect((await other.get(`/api/v1/work-areas/${area.id}/customers`)).statusCode).toBe(404);
  });

  it("hides another user's private task from who may not see it; a restricted user lists only their customers", async () => {
    const boss = await newWorkspace(t);
    const user = await newUser(t, boss, 'user');
    const area = parse(workAreaSchema, await boss.post('/api/v1/work-areas', { name: 'Privat' }), 201);
    const tpl = parse(
      taskTemplateSchema,
      await boss.post('/api/v1/task-templates', { name: 'Hemmelig', workAreaIds: [area.id], due: 'deadline', dueInDays: 0 }),
      201,
    );
    const customer = await makeCustomer(t, boss, { name: 'Delt kunde' });
    const task = async (customerId: string, startsOn: string) => {
      const made = parse(activitySchema, await boss.post('/api/v1/tasks', { templateId: tpl.id, customerId, startsOn }), 201);
      expect((await boss.patch(`/api/v1/activities/${made.id}`, { private: true })).statusCode).toBe(200);
      return made;
    };
    const open = await task(customer.id, '2020-01-01');
    const done = await task(customer.id, '2019-01-01');
    expect((await boss.post(`/api/v1/activities/${done.id}/complete`, {})).statusCode).toBe(200);
    const list = async (c: Client) => parse(listOf(workAreaCustomerSchema), await c.get(`/api/v1/work-areas/${area.id}/customers`)).items;
    expect((await list(boss)).map((i) => [i.nextTask?.id, i.lastDone?.id, i.overdue])).toEqual([[open.id, done.id, true]]);
    const seen = await user.get(`/api/v1/work-areas/${area.id}/customers`);
    expect(seen.body).not.toContain('Hemmelig');
    expect((await list(user)).map((i) => [i.customerName, i.nextTask, i.lastDone, i.overdue])).toEqual([['Delt kunde', null, null, false]]);
    // Restricted visibility: the user's own customer only.
    const own = await makeCustomer(t, user, { name: 'Egen kunde' });
    parse(activitySchema, await boss.post('/api/v1/tasks', { templateId: tpl.id, customerId: own.id, startsOn: '2099-01-01' }), 201);
    expect((await boss.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    expect((await list(user)).map((i) => i.customerName)).toEqual(['Egen kunde']);
  });
});
