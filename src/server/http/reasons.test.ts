import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../test/helpers';
import { REASON_CODES } from '../../shared/reasons';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

const UNKNOWN_ID = '7f1a5c1e-3b1d-4c55-9a70-2f6b1c0d9e11';
type Case = [what: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body: unknown, field: string, reason: { code: string; params?: object }];

/** Representative bad inputs, one per way the server rejects a field: schema checks, refinements, services, the database. */
const cases: Case[] = [
  ['a missing required field', 'POST', '/api/v1/customers', {}, 'name', { code: 'required' }],
  ['an empty required text', 'POST', '/api/v1/customers', { name: '  ' }, 'name', { code: 'required' }],
  ['a text too long', 'POST', '/api/v1/customers', { name: 'x'.repeat(201) }, 'name', { code: 'too_long', params: { max: 200 } }],
  ['a password too short', 'POST', '/api/v1/auth/reset', { token: 'x', password: 'short' }, 'password', { code: 'too_short', params: { min: 10 } }],
  ['an email', 'POST', '/api/v1/customers', { name: 'A', email: 'not-mail' }, 'email', { code: 'email' }],
  ['a web address', 'POST', '/api/v1/customers', { name: 'A', website: 'nope' }, 'website', { code: 'website' }],
  ['a country code (regex)', 'POST', '/api/v1/customers', { name: 'A', countryCode: 'DNK' }, 'countryCode', { code: 'country_code' }],
  ['a time zone (refinement)', 'PATCH', '/api/v1/me', { timeZone: 'Mars/Base' }, 'timeZone', { code: 'time_zone' }],
  ['an id', 'POST', '/api/v1/activities', { subject: 'S', customerId: 'nope' }, 'customerId', { code: 'invalid_id' }],
  ['a number too small', 'GET', '/api/v1/todo?limit=0', undefined, 'limit', { code: 'min_value', params: { min: 1 } }],
  ['a choice', 'GET', '/api/v1/todo?order=up', undefined, 'order', { code: 'one_of', params: { values: 'asc, desc' } }],
  ['a list too short', 'POST', '/api/v1/activities/bulk', { ids: [], action: 'done' }, 'ids', { code: 'too_few', params: { min: 1 } }],
  [
    'a field an action needs',
    'POST',
    '/api/v1/activities/bulk',
    { ids: [UNKNOWN_ID], action: 'reassign' },
    'responsibleId',
    { code: 'required_for_action', params: { action: 'reassign' } },
  ],
  ['a key', 'POST', '/api/v1/customer-statuses', { name: 'N', key: 'Bad Key' }, 'key', { code: 'key' }],
  ['a colour', 'POST', '/api/v1/activity-types', { name: 'N', key: 'n', color: 'red' }, 'color', { code: 'color' }],
  ['a date or a date and time (union)', 'GET', '/api/v1/activities?from=soon', undefined, 'from', { code: 'date_or_date_time' }],
  ['a reference (service)', 'POST', '/api/v1/customers', { name: 'A', industryId: UNKNOWN_ID }, 'industryId', { code: 'not_found_ref' }],
  ['a cursor (service)', 'GET', '/api/v1/customers?cursor=garbage', undefined, 'cursor', { code: 'cursor' }],
  ['a NUL character', 'POST', '/api/v1/customers', { name: 'a\u0000b' }, 'name', { code: 'text_unstorable' }],
  [
    'a wrong current password',
    'PATCH',
    '/api/v1/me',
    { password: 'a new long password', currentPassword: 'wrong one' },
    'currentPassword',
    { code: 'wrong_password' },
  ],
  ['an unknown link', 'POST', '/api/v1/auth/reset', { token: 'tnd_r_unknown', password: 'a new long password' }, 'token', { code: 'link_invalid' }],
];

describe(`field reasons beside field messages (${inject('engine')})`, () => {
  it.each(cases)('%s: 400 with its reason code and params', async (_what, method, url, body, field, reason) => {
    const res = await admin.request(method, url, body);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.reasons[field]).toEqual(reason);
    // The English messages stay for API users, and every field with a message has a reason.
    expect(typeof error.fields[field]).toBe('string');
    expect(Object.keys(error.reasons).sort()).toEqual(Object.keys(error.fields).sort());
    for (const r of Object.values(error.reasons) as { code: string }[]) expect(REASON_CODES).toContain(r.code);
  });

  it('a taken key answers with in_use (the service sees the database refuse it)', async () => {
    expect((await admin.post('/api/v1/customer-statuses', { name: 'Twice', key: 'twice' })).statusCode).toBe(201);
    const res = await admin.post('/api/v1/customer-statuses', { name: 'Twice', key: 'twice' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ fields: { key: 'Another item already has this key' }, reasons: { key: { code: 'in_use' } } });
  });
});
