import type { FastifyInstance } from 'fastify';
import { type Client, type TestApp, newUser, newWorkspace, signIn } from '../helpers';

/** Who sends a fuzzed request. */
export interface Caller {
  name: 'admin' | 'user' | 'anonymous';
  headers: Record<string, string>;
}

export interface Fixtures {
  callers: Caller[];
  /** Real ids by the path segment that names their collection ("customers", "groups", …). */
  idsByCollection: Map<string, string[]>;
  /** Every real id, for ids inside bodies and queries. */
  allIds: string[];
  /** Signs the callers in again when a fuzzed request signed one out (logout, a changed password). */
  refresh(): Promise<void>;
}

const SETTINGS_LISTS = [
  'customer-statuses',
  'industries',
  'categories',
  'contact-roles',
  'origins',
  'sources',
  'products',
  'activity-types',
  'activity-statuses',
  'groups',
];

async function created(client: Client, url: string, body: unknown): Promise<string> {
  const res = await client.post(url, body);
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`fixture ${url}: ${res.statusCode} ${res.body}`);
  const json = res.json();
  return json.id ?? json.activity?.id;
}

async function listIds(client: Client, url: string): Promise<string[]> {
  const res = await client.get(url);
  if (res.statusCode !== 200) throw new Error(`fixture ${url}: ${res.statusCode} ${res.body}`);
  return (res.json().items as { id: string }[]).map((item) => item.id);
}

/**
 * A workspace with one record of every kind: an admin signed in with a cookie, a user in a zone
 * with a skipped day (Pacific/Apia lost 2011-12-30) signed in with a bearer token, and a third
 * user whose id the fuzzed requests may change and deactivate.
 */
export async function createFixtures(t: TestApp): Promise<Fixtures> {
  const admin = await newWorkspace(t);
  const user = await newUser(t, admin, 'user', { timeZone: 'Pacific/Apia' });
  const victim = await newUser(t, admin, 'manager');
  const ids = new Map<string, string[]>();
  for (const list of SETTINGS_LISTS) {
    await created(admin, `/api/v1/${list}`, { name: `Fuzz ${list}`, key: 'fuzz_key' });
    ids.set(list, await listIds(admin, `/api/v1/${list}`));
  }
  const customerId = await created(admin, '/api/v1/customers', { name: 'Fuzz customer' });
  const contactId = await created(admin, '/api/v1/contacts', { customerId, firstName: 'Fuzz', lastName: 'Contact' });
  const typeId = ids.get('activity-types')![0];
  const activityId = await created(admin, '/api/v1/activities', { typeId, subject: 'Fuzz activity', customerId, contactId });
  const tokenId = await created(admin, '/api/v1/tokens', { name: 'fuzz fixture' });
  ids.set('customers', [customerId]);
  ids.set('contacts', [contactId]);
  ids.set('activities', [activityId]);
  ids.set('tokens', [tokenId]);
  ids.set('users', [victim.user.id]);
  ids.set('userId', [victim.user.id, user.user.id]);

  const userToken = (await user.post('/api/v1/tokens', { name: 'fuzz user' })).json().token as string;
  const callers: Caller[] = [
    { name: 'admin', headers: { ...admin.headers } },
    { name: 'user', headers: { authorization: `Bearer ${userToken}` } },
    { name: 'anonymous', headers: {} },
  ];
  const allIds = [...new Set([...ids.values()].flat())];
  return { callers, idsByCollection: ids, allIds, refresh: () => refreshAdmin(t.app, callers[0], admin.user.email) };
}

async function refreshAdmin(app: FastifyInstance, caller: Caller, email: string) {
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: caller.headers });
  if (me.statusCode === 200) return;
  caller.headers = { ...(await signIn(app, email)).headers };
}
