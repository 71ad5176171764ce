import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../shared/activities';
import { groupSchema, listItemSchema } from '../../shared/settings';
import { activityType, makeGroup, parse, refusal } from '../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../test/helpers';
import { UNSTORABLE_TEXT, unstorableField } from './storable-text';

/**
 * Input that once answered 500: each request here must get a 400 naming its field (or, for a
 * PATCH without a known field, the unchanged record). The fuzz suite (test/fuzz) covers every
 * operation; these are the causes, one by one.
 */
let t: TestApp;
let admin: Client;
let samoan: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  samoan = await newUser(t, admin, 'user', { timeZone: 'Pacific/Apia' });
});
afterAll(() => t.close());

const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const someId = '0f8fad5b-d9cb-469f-a165-70867728950e';

function expectFieldError(res: Parameters<typeof refusal>[0], field: string) {
  const error = refusal(res, 400);
  expect(error.code).toBe('validation_failed');
  expect(Object.keys(error.fields ?? {})).toContain(field);
}

describe('text the database cannot store', () => {
  it('names the field in a body, a nested body, a query and the unauthenticated sign-in', async () => {
    expectFieldError(await admin.post('/api/v1/customers', { name: 'Nul\u0000 ApS' }), 'name');
    expectFieldError(await admin.post('/api/v1/industries', { name: 'Half \uD800 a character' }), 'name');
    expectFieldError(await admin.get('/api/v1/customers?q=a%00b'), 'q');
    expectFieldError(await admin.get('/api/v1/activities?q=%00'), 'q');
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'someone\u0000@example.test', password: 'whatever it is' },
    });
    expectFieldError(signIn, 'email');
  });

  it('names a group member’s role name with a lone surrogate', async () => {
    const group = await makeGroup(t, admin, { name: 'Sales team' });
    expectFieldError(await admin.post(`/api/v1/groups/${group.id}/members`, { userId: samoan.user.id, roleName: 'Lead \uDC00' }), 'roleName');
  });

  it('finds the first bad string at any depth without recursion', () => {
    expect(unstorableField({ followUp: { text: 'ok', more: ['fine', 'x\u0000'] } }, 'body')).toBe('followUp.more.1');
    expect(unstorableField('\uD83D', 'body')).toBe('body');
    expect(unstorableField({ emoji: '\uD83D\uDE00', rtl: '\u202E\u05E9' }, 'body')).toBeNull();
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableField(deep, 'body')).toMatch(/^0(\.0)*\.?…$/);
    expect(UNSTORABLE_TEXT).toMatch(/NUL/);
  });
});

describe('a PATCH without a known field', () => {
  it('changes nothing and answers the record, on settings lists and groups like everywhere else', async () => {
    const industry = parse(listItemSchema, await admin.post('/api/v1/industries', { name: 'Shipping' }), 201);
    expect(parse(listItemSchema, await admin.patch(`/api/v1/industries/${industry.id}`, { unknown: 'field' }), 200)).toEqual(industry);
    const group = parse(groupSchema, await admin.post('/api/v1/groups', { name: 'Nothing to change' }), 201);
    expect(parse(groupSchema, await admin.patch(`/api/v1/groups/${group.id}`, {}), 200)).toEqual(group);
    expect((await admin.patch(`/api/v1/groups/${someId}`, {})).statusCode).toBe(404);
  });
});

describe('times and dates at the edges of the calendar', () => {
  it('refuses times outside the years 1000–9999 once in UTC, naming the field', async () => {
    const typeId = await activityType(t, admin);
    expectFieldError(await admin.post('/api/v1/activities', { typeId, subject: 'Year zero', scheduledAt: '0001-01-01T00:30:00+01:00' }), 'scheduledAt');
    expectFieldError(await admin.post('/api/v1/activities', { typeId, subject: 'Year 10000', scheduledAt: '9999-12-31T23:30:00-01:00' }), 'scheduledAt');
    // Read back, a time in the years 1–99 became 2001 (JavaScript's date parser): refused too.
    expectFieldError(await admin.post('/api/v1/activities', { typeId, subject: 'Year one', scheduledAt: '0001-01-01T00:30:00-01:00' }), 'scheduledAt');
    const first = await admin.post('/api/v1/activities', { typeId, subject: 'Year 1000', scheduledAt: '1000-01-01T00:30:00-01:00' });
    expect(parse(activitySchema, first, 201).scheduledAt).toBe('1000-01-01T01:30:00.000Z');
  });

  it('refuses from/to dates before 1000 (Date.UTC read 0001–0099 as 1901–1999) and takes the last day of 9999', async () => {
    expectFieldError(await admin.get('/api/v1/activities?from=0001-01-01'), 'from');
    expectFieldError(await samoan.get('/api/v1/todo?to=0099-12-31'), 'to');
    expect((await admin.get('/api/v1/activities?from=1000-01-01&to=9999-12-31')).statusCode).toBe(200);
    expect((await admin.get('/api/v1/todo?to=9999-12-31T23:59:59.999Z')).statusCode).toBe(200);
  });

  it('takes a day the user’s zone skipped (Samoa, 2011-12-30) as an empty day', async () => {
    for (const url of ['/api/v1/todo?from=2011-12-30', '/api/v1/todo?to=2011-12-30', '/api/v1/activities?from=2011-12-30&to=2011-12-30']) {
      const res = await samoan.get(url);
      expect(res.statusCode, url).toBe(200);
    }
  });
});

describe('made-up cursors', () => {
  it.each([
    ['a number Date.parse takes', ['1', someId]],
    ['a day February does not have', ['2026-02-30T00:00:00.000Z', someId]],
    ['year zero', ['0000-06-01T00:00:00.000Z', someId]],
    ['a date without a time', ['2026-11-22', someId]],
  ])('%s answers 400 naming cursor', async (_what, values) => {
    expectFieldError(await admin.get(`/api/v1/activities?cursor=${cursorOf(values)}`), 'cursor');
    expectFieldError(await admin.get(`/api/v1/todo?cursor=${cursorOf(values)}`), 'cursor');
  });

  it('refuses text the database cannot store inside a name cursor', async () => {
    expectFieldError(await admin.get(`/api/v1/customers?cursor=${cursorOf(['Nul\u0000', someId])}`), 'cursor');
  });
});

describe('sales budgets', () => {
  it('refuses an amount the column cannot hold, naming the field and the maximum', async () => {
    const res = await admin.request('PUT', '/api/v1/sales-budgets?year=2026', {
      items: [{ userId: samoan.user.id, month: '2026-01', amount: 1e12, currency: 'DKK' }],
    });
    expectFieldError(res, 'items.0.amount');
    expect(refusal(res, 400).fields?.['items.0.amount']).toContain('999999999999.99');
    const max = await admin.request('PUT', '/api/v1/sales-budgets?year=2026', {
      items: [{ userId: samoan.user.id, month: '2026-01', amount: 999_999_999_999.99, currency: 'DKK' }],
    });
    expect(max.statusCode).toBe(200);
  });
});
