import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { makeActivity, makeCustomer } from '../../../../test/factories';
import { partnerInvitedSchema, partnerProjectDetailSchema } from '../../../shared/partners';
import { loginResultSchema } from '../../../shared/auth';
import { activities, projects } from '../../db/schema';

/**
 * Outside partners (issue 17 point 5) through the API: the invitation (once, expiring), the route
 * guard over every registered route, what a partner sees and does in a shared project, the quota.
 */
let t: TestApp;
let admin: Client;
let manager: Client;
let user: Client;
let customerA: string;
let customerB: string;

const PARTNER_PASSWORD = 'partner password 1';
const tokenOf = (link: string | null) => new URL(link ?? '').hash.replace('#token=', '');
const accept = (token: string) => t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password: PARTNER_PASSWORD } });

/** A signed-in client from an answer that set the session cookie. */
function clientOf(res: LightMyRequestResponse): Client {
  const cookie = res.cookies.find((c) => c.name === 'tend_session');
  const { user: me } = loginResultSchema.parse(res.json());
  // The Client class is the helpers'; built the same way signIn builds it.
  return new (admin.constructor as new (...args: unknown[]) => Client)(t.app, { cookie: `tend_session=${cookie?.value}` }, me);
}

async function invitePartner(customerId: string, email: string, by = manager) {
  const res = await by.post('/api/v1/partners', { customerId, email, name: `Partner ${email.split('@')[0]}` });
  expect(res.statusCode, res.body).toBe(201);
  return partnerInvitedSchema.parse(res.json());
}

async function newPartner(customerId: string, email: string) {
  const invited = await invitePartner(customerId, email);
  const res = await accept(tokenOf(invited.inviteUrl));
  expect(res.statusCode, res.body).toBe(200);
  return { id: invited.userId, client: clientOf(res) };
}

async function newProject(customerId: string, name: string, parentId: string | null = null) {
  const [row] = await t.database.db.insert(projects).values({ workspaceId: admin.user.workspaceId, customerId, name, parentId }).returning({ id: projects.id });
  return row.id;
}

async function newTask(customerId: string, projectId: string, extra: { private?: boolean; subject?: string } = {}) {
  const activity = await makeActivity(t, admin, {
    customerId,
    subject: extra.subject ?? 'Deliver the plans',
    scheduledAt: '2026-12-03T09:00:00Z',
    private: extra.private,
  });
  await t.database.db.update(activities).set({ projectId }).where(eq(activities.id, activity.id));
  return activity.id;
}

const share = (projectId: string, userIds: string[], by: Client = user) => by.request('PUT', `/api/v1/projects/${projectId}/partners`, { userIds });

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [manager, user] = await Promise.all([newUser(t, admin, 'manager', { name: 'Mia' }), newUser(t, admin, 'user', { name: 'Ulf' })]);
  customerA = (await makeCustomer(t, admin, { name: 'Kovács Bt.' })).id;
  customerB = (await makeCustomer(t, admin, { name: 'Szabó Kft.' })).id;
});
afterAll(() => t.close());

describe(`inviting a partner (${inject('engine')})`, () => {
  it('a manager invites; the link works once, and the partner then signs in with the password', async () => {
    const invited = await invitePartner(customerA, 'anna@kovacs.test');
    expect(invited).toMatchObject({ mailed: false, inviteUrl: expect.stringContaining('/accept-invitation#token=') });
    const login = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'anna@kovacs.test', password: PARTNER_PASSWORD } });
    expect((await login()).statusCode).toBe(401);
    const first = await accept(tokenOf(invited.inviteUrl));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().user).toMatchObject({ role: 'partner', email: 'anna@kovacs.test' });
    const again = await accept(tokenOf(invited.inviteUrl));
    expect([again.statusCode, again.json().error.fields.token]).toEqual([400, expect.any(String)]);
    expect((await login()).statusCode).toBe(200);
  });

  it('an expired link answers 400 naming token, and the partner still cannot sign in', async () => {
    const invited = await invitePartner(customerA, 'late@kovacs.test');
    await t.database.db.execute(sql`UPDATE account_links SET expires_at = now() - interval '1 second' WHERE user_id = ${invited.userId}`);
    const res = await accept(tokenOf(invited.inviteUrl));
    expect([res.statusCode, res.json().error.fields.token]).toEqual([400, expect.stringContaining('expired')]);
  });

  it('a user may not invite (403); an unknown customer is a 400 naming customerId; a taken email a 409', async () => {
    const byUser = await user.post('/api/v1/partners', { customerId: customerA, email: 'x@kovacs.test', name: 'X' });
    expect(byUser.statusCode).toBe(403);
    const unknown = await manager.post('/api/v1/partners', { customerId: crypto.randomUUID(), email: 'y@kovacs.test', name: 'Y' });
    expect([unknown.statusCode, Object.keys(unknown.json().error.fields)]).toEqual([400, ['customerId']]);
    const taken = await manager.post('/api/v1/partners', { customerId: customerA, email: user.user.email, name: 'Z' });
    expect(taken.statusCode).toBe(409);
  });

  it("the customer's partners are listed with what is shared with each; users of the users API cannot be made partners", async () => {
    const res = await user.get(`/api/v1/customers/${customerA}/partners`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { email: string }) => p.email)).toEqual(expect.arrayContaining(['anna@kovacs.test']));
    const made = await admin.post('/api/v1/users', { email: 'p@x.test', name: 'P', password: 'long enough password', role: 'partner' });
    expect(made.statusCode).toBe(400);
  });
  it('partners stay out of the staff list (pickers, the Users page), and an admin cannot turn one into staff', async () => {
    const partner = await newPartner(customerA, 'staffless@kovacs.test');
    const listed = (await admin.get('/api/v1/users')).json().items as { id: string }[];
    expect(listed.map((u) => u.id)).not.toContain(partner.id);
    const res = await admin.patch(`/api/v1/users/${partner.id}`, { role: 'user' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('role');
    expect((await partner.client.get('/api/v1/me')).json()).toMatchObject({ role: 'partner' });
  });
});

describe(`a partner reaches nothing but their allow-list (${inject('engine')})`, () => {
  it('every registered API route answers 404 to a partner, except sign-out, their account, public pages and the partner routes', async () => {
    const partner = await newPartner(customerA, 'guard@kovacs.test');
    const spec = (await admin.get('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const id = customerA;
    const allowed = new Set([
      'get /api/v1/me',
      'patch /api/v1/me',
      'post /api/v1/auth/logout',
      // public: they answer whoever calls
      'get /api/health',
      'post /api/v1/auth/login',
      'get /api/v1/setup',
      'post /api/v1/setup',
      'post /api/v1/signup',
      'post /api/v1/auth/forgot',
      'post /api/v1/auth/reset',
      'post /api/v1/invitations/accept',
      // the secret address of a calendar feed: public, and a 404 for an unknown one
      'get /api/v1/calendar-feed/{file}',
    ]);
    const answered: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const method of Object.keys(operations)) {
        const key = `${method} ${path}`;
        if (key === 'post /api/v1/auth/logout' || path.startsWith('/api/v1/partner/')) continue;
        const url = path.replace(/\{[^}]+\}/g, id);
        const res = await partner.client.request(method.toUpperCase() as 'GET', url, method === 'get' || method === 'delete' ? undefined : {});
        checked += 1;
        if (res.statusCode !== 404) answered.push(`${key} → ${res.statusCode}`);
        else if (!allowed.has(key)) expect(res.json().error.reason?.code, key).toBe('no_endpoint');
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Whatever answered something other than 404 must be on the allow-list.
    expect(answered.filter((a) => !allowed.has(a.split(' → ')[0]))).toEqual([]);
    // The partner is still signed in (nothing above signed them out) and is who they are.
    const me = await partner.client.get('/api/v1/me');
    expect(me.json(), me.body).toMatchObject({ role: 'partner' });
  });

  it('a partner with an API token is held to the same list', async () => {
    const partner = await newPartner(customerA, 'token@kovacs.test');
    expect((await partner.client.post('/api/v1/tokens', { name: 'x' })).statusCode).toBe(404);
    expect((await partner.client.get('/api/v1/customers')).statusCode).toBe(404);
    expect((await partner.client.get('/api/v1/todo')).statusCode).toBe(404);
    expect((await partner.client.get('/api/v1/users')).statusCode).toBe(404);
    expect((await partner.client.get('/api/v1/workspace')).statusCode).toBe(404);
  });

  it('staff calling the partner routes get 404 too', async () => {
    expect((await user.get('/api/v1/partner/projects')).statusCode).toBe(404);
  });
});

describe(`a partner in a shared project (${inject('engine')})`, () => {
  let anna: { id: string; client: Client };
  let shared: string;
  let sub: string;
  let other: string;
  let task: string;
  let hidden: string;
  let projectOfB: string;

  beforeAll(async () => {
    anna = await newPartner(customerA, 'anna2@kovacs.test');
    shared = await newProject(customerA, 'Kitchen');
    sub = await newProject(customerA, 'Kitchen: tiles', shared);
    other = await newProject(customerA, 'Garage');
    projectOfB = await newProject(customerB, 'Roof');
    task = await newTask(customerA, shared, { subject: 'Choose the tiles' });
    hidden = await newTask(customerA, shared, { subject: 'Margin talk', private: true });
    await newTask(customerA, other, { subject: 'Garage door' });
    await newTask(customerA, sub, { subject: 'Order tiles' });
    const res = await share(shared, [anna.id]);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('sees only the shared project (not its sub-projects), its tasks without the private ones', async () => {
    const list = await anna.client.get('/api/v1/partner/projects');
    expect(list.json().items.map((p: { name: string }) => p.name)).toEqual(['Kitchen']);
    const detail = partnerProjectDetailSchema.parse((await anna.client.get(`/api/v1/partner/projects/${shared}`)).json());
    expect(detail.activities.map((a) => a.subject)).toEqual(['Choose the tiles']);
    for (const id of [sub, other, projectOfB, crypto.randomUUID()]) expect((await anna.client.get(`/api/v1/partner/projects/${id}`)).statusCode).toBe(404);
    expect((await anna.client.post(`/api/v1/partner/activities/${hidden}/comments`, { text: 'hi' })).statusCode).toBe(404);
    expect((await user.get(`/api/v1/projects/${shared}/partners`)).json().items.map((p: { name: string }) => p.name)).toEqual(['Partner anna2']);
  });

  it('comments, completes and uploads on a task of the shared project; the staff see it', async () => {
    const comment = await anna.client.post(`/api/v1/partner/activities/${task}/comments`, { text: 'The grey ones, please' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect(comment.json()).toMatchObject({ authorId: anna.id, text: 'The grey ones, please' });
    const form = new FormData();
    form.append('file', new Blob(['plan'], { type: 'text/plain' }), 'plan.txt');
    const request = new Request('http://tend.test/', { method: 'POST', body: form });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/partner/activities/${task}/documents`,
      payload: Buffer.from(await request.arrayBuffer()),
      headers: { ...anna.client.headers, 'content-type': request.headers.get('content-type') ?? '', 'sec-fetch-site': 'same-origin' },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const download = await anna.client.get(`/api/v1/partner/documents/${upload.json().id}/content`);
    expect([download.statusCode, download.body]).toEqual([200, 'plan']);
    const done = await anna.client.post(`/api/v1/partner/activities/${task}/complete`, {});
    expect(done.statusCode, done.body).toBe(200);
    const seen = (await user.get(`/api/v1/activities/${task}`)).json();
    expect(seen.done).toBe(true);
    const thread = (await user.get(`/api/v1/activities/${task}/comments`)).json().items;
    expect(thread.map((c: { authorName: string }) => c.authorName)).toEqual(['Partner anna2']);
    const again = await anna.client.post(`/api/v1/partner/activities/${task}/complete`, {});
    expect(again.statusCode).toBe(409);
  });

  it('a partner of customer A is never shared a project of customer B (400 naming userIds), and nothing changes', async () => {
    const res = await share(projectOfB, [anna.id]);
    expect([res.statusCode, Object.keys(res.json().error.fields)]).toEqual([400, ['userIds']]);
    expect((await user.get(`/api/v1/projects/${projectOfB}/partners`)).json().items).toEqual([]);
  });

  it('unsharing takes the project away at once', async () => {
    expect((await share(shared, [])).statusCode).toBe(200);
    expect((await anna.client.get(`/api/v1/partner/projects/${shared}`)).statusCode).toBe(404);
    expect((await anna.client.post(`/api/v1/partner/activities/${task}/comments`, { text: 'still there?' })).statusCode).toBe(404);
  });
});

describe(`the quota (${inject('engine')})`, () => {
  it('the 11th project answers 409 quota_exceeded and changes nothing; a seat lifts the limit; the seat cannot go while over', async () => {
    const bea = await newPartner(customerA, 'bea@kovacs.test');
    const ids = [];
    for (let i = 0; i < 11; i++) ids.push(await newProject(customerA, `Job ${String(i).padStart(2, '0')}`));
    for (const id of ids.slice(0, 10)) expect((await share(id, [bea.id])).statusCode).toBe(200);
    const over = await share(ids[10], [bea.id]);
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'quota_exceeded', reason: { code: 'quota_projects', params: { n: 11, max: 10 } } });
    expect((await user.get(`/api/v1/projects/${ids[10]}/partners`)).json().items).toEqual([]);
    expect((await user.patch(`/api/v1/partners/${bea.id}`, { seat: true })).statusCode).toBe(403);
    const seated = await manager.patch(`/api/v1/partners/${bea.id}`, { seat: true });
    expect([seated.statusCode, seated.json().seat]).toEqual([200, true]);
    expect((await share(ids[10], [bea.id])).statusCode).toBe(200);
    const unseat = await manager.patch(`/api/v1/partners/${bea.id}`, { seat: false });
    expect([unseat.statusCode, unseat.json().error.code]).toEqual([409, 'quota_exceeded']);
    expect((await bea.client.get('/api/v1/partner/projects')).json().items).toHaveLength(11);
  });

  it('sharing a project that would bring a partner past 50 tasks answers 409', async () => {
    const cai = await newPartner(customerA, 'cai@kovacs.test');
    const big = await newProject(customerA, 'Big job');
    for (let i = 0; i < 51; i++) await newTask(customerA, big, { subject: `Step ${i}` });
    const res = await share(big, [cai.id]);
    expect([res.statusCode, res.json().error?.reason.code], res.body).toEqual([409, 'quota_tasks']);
  });

  it('a task added to (or moved into) a shared project past 50 tasks answers 409 and is not added; a private one does not count', async () => {
    const dan = await newPartner(customerA, 'dan@kovacs.test');
    const full = await newProject(customerA, 'Full job');
    for (let i = 0; i < 50; i++) await newTask(customerA, full, { subject: `Part ${i}` });
    expect((await share(full, [dan.id])).statusCode).toBe(200);
    const typeId = (await admin.get('/api/v1/activity-types')).json().items[0].id;
    const body = { typeId, subject: 'One more', customerId: customerA, projectId: full, scheduledAt: '2026-12-04T09:00:00Z' };
    const added = await user.post('/api/v1/activities', body);
    expect([added.statusCode, added.json().error?.code], added.body).toEqual([409, 'quota_exceeded']);
    expect((await user.post('/api/v1/activities', { ...body, private: true })).statusCode).toBe(201);
    const loose = await user.post('/api/v1/activities', { ...body, projectId: undefined });
    expect(loose.statusCode).toBe(201);
    const moved = await user.patch(`/api/v1/activities/${loose.json().id}`, { projectId: full });
    expect([moved.statusCode, moved.json().error?.code]).toEqual([409, 'quota_exceeded']);
    expect((await user.get(`/api/v1/activities/${loose.json().id}`)).json().projectId).toBeNull();
    expect((await dan.client.get('/api/v1/partner/projects')).json().items[0]).toMatchObject({ openTasks: 50 });
  });
});
