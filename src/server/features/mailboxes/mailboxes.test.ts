import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, newUser, newWorkspace, type TestApp } from '../../../../test/helpers';
import { mailboxes } from '../../db/schema';

const KEY = 'the api test secret key, long enough';
const PASSWORD = 'imap-pw-never-shown-4417';
const input = { host: 'imap.example.test', port: 993, username: 'mette@example.test', password: PASSWORD };

let t: TestApp;
let admin: Client;
let user: Client;
let stranger: Client;

beforeAll(async () => {
  t = await createTestApp({ secretKey: KEY });
  admin = await newWorkspace(t);
  user = await newUser(t, admin, 'user');
  stranger = await newWorkspace(t);
});
afterAll(() => t?.close());

describe('mailboxes API', () => {
  it('creates, reads, changes and deletes a mailbox; the password is never answered', async () => {
    const created = await user.post('/api/v1/mailboxes', input);
    expect(created.statusCode).toBe(201);
    const box = created.json();
    expect(box).toMatchObject({
      host: 'imap.example.test',
      port: 993,
      tls: true,
      username: input.username,
      folders: ['INBOX', 'Sent'],
      status: 'idle',
      lastSyncAt: null,
      lastError: null,
    });
    expect(created.body).not.toContain(PASSWORD);
    expect(box).not.toHaveProperty('password');

    const list = await user.get('/api/v1/mailboxes');
    expect(list.json().items.map((m: { id: string }) => m.id)).toEqual([box.id]);
    expect(list.body).not.toContain('v1.');

    const changed = await user.patch(`/api/v1/mailboxes/${box.id}`, { folders: ['INBOX', 'Sent Items', 'Archive'], tls: false, port: 143 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ folders: ['INBOX', 'Sent Items', 'Archive'], tls: false, port: 143 });
    // Without a password in the change, the stored one stays.
    const [row] = await t.database.db.select().from(mailboxes).where(eq(mailboxes.id, box.id));
    expect(row.passwordSealed).toMatch(/^v1\./);
    expect(row.passwordSealed).not.toContain(PASSWORD);

    expect((await user.delete(`/api/v1/mailboxes/${box.id}`)).statusCode).toBe(204);
    expect((await user.get(`/api/v1/mailboxes/${box.id}`)).statusCode).toBe(404);
  });

  it("another user's or another workspace's mailbox is 404 for everything, admins included", async () => {
    const box = (await user.post('/api/v1/mailboxes', input)).json();
    for (const other of [admin, stranger]) {
      for (const res of [
        await other.get(`/api/v1/mailboxes/${box.id}`),
        await other.patch(`/api/v1/mailboxes/${box.id}`, { port: 1 }),
        await other.post(`/api/v1/mailboxes/${box.id}/sync`),
        await other.delete(`/api/v1/mailboxes/${box.id}`),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.reason).toEqual({ code: 'mailbox_not_found' });
      }
      expect((await other.get('/api/v1/mailboxes')).json().items).toEqual([]);
    }
    expect((await user.get(`/api/v1/mailboxes/${box.id}`)).json().port).toBe(993);
  });

  it('bad input is a 400 naming the field, and stores nothing', async () => {
    const before = (await admin.get('/api/v1/mailboxes')).json().items.length;
    const cases: [object, string][] = [
      [{ ...input, host: 'imap example' }, 'host'],
      [{ ...input, port: 70000 }, 'port'],
      [{ ...input, password: '' }, 'password'],
      [{ ...input, folders: [] }, 'folders'],
      [{ ...input, folders: ['INBOX', 'INBOX'] }, 'folders'],
      [{ ...input, username: ' ' }, 'username'],
      [{ ...input, syncSince: '2026-13-01' }, 'syncSince'],
      [{ ...input, syncSince: 'last month' }, 'syncSince'],
      [{ ...input, aliases: ['not an address'] }, 'aliases'],
      [{ ...input, aliases: ['ole@alias.test', 'OLE@alias.test'] }, 'aliases'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post('/api/v1/mailboxes', body);
      expect(res.statusCode, field).toBe(400);
      // A list's item is named by its place (aliases.0).
      expect(Object.keys(res.json().error.fields).map((key) => key.split('.')[0])).toContain(field);
    }
    expect((await admin.get('/api/v1/mailboxes')).json().items.length).toBe(before);
  });

  it('the first-sync day defaults to 30 days back and can be changed or cleared; aliases are kept lower case', async () => {
    const created = (await admin.post('/api/v1/mailboxes', { ...input, aliases: ['Ole@Alias.test'] })).json();
    const thirtyDaysAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(created).toMatchObject({ syncSince: thirtyDaysAgo, aliases: ['ole@alias.test'] });
    const given = (await admin.post('/api/v1/mailboxes', { ...input, syncSince: '2026-01-15' })).json();
    expect(given).toMatchObject({ syncSince: '2026-01-15', aliases: [] });
    const changed = await admin.patch(`/api/v1/mailboxes/${given.id}`, { syncSince: '2025-06-01', aliases: ['ole@alias.test', 'sales@alias.test'] });
    expect(changed.json()).toMatchObject({ syncSince: '2025-06-01', aliases: ['ole@alias.test', 'sales@alias.test'] });
    const cleared = await admin.patch(`/api/v1/mailboxes/${given.id}`, { syncSince: null, aliases: [] });
    expect(cleared.json()).toMatchObject({ syncSince: null, aliases: [] });
    expect((await admin.get(`/api/v1/mailboxes/${given.id}`)).json()).toMatchObject({ syncSince: null, aliases: [] });
  });

  it('sync now without a running job queue: the mailbox is answered and waits for the next run', async () => {
    const box = (await admin.post('/api/v1/mailboxes', input)).json();
    const res = await admin.post(`/api/v1/mailboxes/${box.id}/sync`);
    expect(res.statusCode).toBe(202);
    expect(res.json().id).toBe(box.id);
  });
});

describe('without TEND_SECRET_KEY', () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await createTestApp();
  });
  afterAll(() => bare?.close());

  it('storing a password is refused with a reason that names the fix; nothing is stored', async () => {
    const me = await newWorkspace(bare);
    const res = await me.post('/api/v1/mailboxes', input);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', reason: { code: 'secret_key_missing' } });
    expect(res.json().error.message).toMatch(/TEND_SECRET_KEY/);
    expect(res.body).not.toContain(PASSWORD);
    expect((await me.get('/api/v1/mailboxes')).json().items).toEqual([]);
  });
});
