import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Activity, activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { DOCUMENT_MAX_BYTES, documentListSchema, documentSchema } from '../../../shared/documents';
import { todoItemSchema } from '../../../shared/todo';
import { rows } from '../../db/client';
import { activityType, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Documents on any activity (issue 16, point 5) through the API: upload (multipart, field `file`),
 * list, download byte for byte with the name and type, the 25 MB limit (nothing stored), access,
 * delete, the activity search by document name and the count lists carry.
 */

let t: TestApp;
let admin: Client;
let ulla: Client;
let ulf: Client;
let call: Activity;
let typeId: string;

interface Upload {
  name: string;
  type?: string;
  content: Buffer | string;
}

/** A multipart request as a browser sends it: each file a part named `file` (or `field`). */
async function multipart(files: Upload[], field = 'file') {
  const form = new FormData();
  for (const f of files) form.append(field, new Blob([typeof f.content === 'string' ? f.content : new Uint8Array(f.content)], { type: f.type ?? '' }), f.name);
  const request = new Request('http://tend.test/', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type') ?? '' };
}

async function upload(by: Client, activityId: string, files: Upload[], field?: string) {
  const { body, contentType } = await multipart(files, field);
  // A browser says the request is its own page's (Sec-Fetch-Site), which lets a form post through the CSRF check.
  const headers = { ...by.headers, 'content-type': contentType, 'sec-fetch-site': 'same-origin' };
  return t.app.inject({ method: 'POST', url: `/api/v1/activities/${activityId}/documents`, payload: body, headers });
}

const list = async (c: Client, id: string) => parse(documentListSchema, await c.get(`/api/v1/activities/${id}/documents`)).items;
const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const newActivity = async (by: Client, body: Record<string, unknown> = {}) =>
  parse(activitySchema, await by.post('/api/v1/activities', { typeId, subject: 'Tilbud', scheduledAt: '2026-05-04T09:00:00Z', ...body }), 201);
const storedCount = async () => Number((await rows<{ n: number }>(t.database.db, sql`SELECT count(*) AS n FROM document_contents`))[0].n);

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, ulf] = await Promise.all([newUser(t, admin, 'user', { name: 'Ulla' }), newUser(t, admin, 'user', { name: 'Ulf' })]);
  typeId = await activityType(t, admin, 'call');
  const customer = await makeCustomer(t, admin, { name: 'Bæk & Søn' });
  call = await newActivity(ulla, { customerId: customer.id });
});
afterAll(() => t.close());

describe('a document', () => {
  it('is uploaded, listed and downloaded byte for byte with its non-ASCII name and content type', async () => {
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x0a, 0x80]);
    const doc = parse(documentSchema, await upload(ulla, call.id, [{ name: 'Tilbud æøå.pdf', type: 'application/pdf', content: bytes }]), 201);
    expect(doc).toMatchObject({ activityId: call.id, name: 'Tilbud æøå.pdf', size: bytes.length, contentType: 'application/pdf', kind: 'file' });
    expect(doc).toMatchObject({ createdById: ulla.user.id, createdByName: 'Ulla' });
    expect(await list(ulf, call.id)).toEqual([doc]);

    const res = await ulf.get(`/api/v1/documents/${doc.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(Buffer.compare(res.rawPayload, bytes)).toBe(0);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Tilbud ___.pdf"; filename*=UTF-8''Tilbud%20%C3%A6%C3%B8%C3%A5.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await ulf.get(`/api/v1/documents/${doc.id}/content?inline=1`)).headers['content-disposition']).toMatch(/^inline; /);
  });

  it('keeps a Hebrew name, several files in one request answer {items}, and the lists count them', async () => {
    const act = await newActivity(ulla);
    const res = await upload(ulla, act.id, [
      { name: 'הצעת מחיר.txt', type: 'text/plain', content: 'שלום' },
      { name: 'notes.bin', content: Buffer.alloc(3, 7) },
    ]);
    const { items } = parse(documentListSchema, res, 201);
    // Files uploaded together are listed by name.
    expect(items.map((d) => [d.name, d.contentType, d.size])).toEqual([
      ['notes.bin', 'application/octet-stream', 3],
      ['הצעת מחיר.txt', 'text/plain', 8],
    ]);
    const download = await ulla.get(`/api/v1/documents/${items[1].id}/content`);
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('הצעת מחיר.txt')}`);
    expect(download.body).toBe('שלום');
    expect(parse(activitySchema, await ulla.get(`/api/v1/activities/${act.id}`)).documentCount).toBe(2);
    const todo = parse(listOf(todoItemSchema), await ulla.get('/api/v1/todo?limit=100'));
    expect(todo.items.find((i) => i.id === act.id)?.documentCount).toBe(2);
  });

  it('HTML and SVG are always downloads (never shown in our origin), with nosniff and a sandbox', async () => {
    const act = await newActivity(ulla);
    const { items } = parse(
      documentListSchema,
      await upload(ulla, act.id, [
        { name: 'x.html', type: 'text/html', content: '<script>alert(1)</script>' },
        { name: 'x.svg', type: 'image/svg+xml', content: '<svg onload="alert(1)"/>' },
      ]),
      201,
    );
    for (const doc of items) {
      const res = await ulla.get(`/api/v1/documents/${doc.id}/content?inline=1`);
      expect(res.headers['content-disposition']).toMatch(/^attachment; /);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain('sandbox');
    }
  });

  it('over 25 MB is refused with 413 naming the field, and nothing of the request is stored', async () => {
    const act = await newActivity(ulla);
    const before = await storedCount();
    const res = await upload(ulla, act.id, [
      { name: 'small.txt', content: 'fits' },
      { name: 'big.bin', content: Buffer.alloc(DOCUMENT_MAX_BYTES + 1) },
    ]);
    expect(Object.keys(refusal(res, 413).fields ?? {})).toEqual(['file']);
    expect(await storedCount()).toBe(before);
    expect(await list(ulla, act.id)).toEqual([]);
    // Exactly 25 MB fits.
    expect(parse(documentSchema, await upload(ulla, act.id, [{ name: 'edge.bin', content: Buffer.alloc(DOCUMENT_MAX_BYTES) }]), 201).size).toBe(
      DOCUMENT_MAX_BYTES,
    );
  }, 120_000);

  it('a request without a file part is a 400 naming `file`', async () => {
    expect(Object.keys(refusal(await upload(ulla, call.id, [{ name: 'a.txt', content: 'x' }], 'other'), 400).fields ?? {})).toEqual(['file']);
    const json = await ulla.post(`/api/v1/activities/${call.id}/documents`, {});
    expect([400, 415]).toContain(json.statusCode);
  });

  it('a cut-short upload is a 400 naming `file`, and nothing is stored', async () => {
    const before = await storedCount();
    const { body, contentType } = await multipart([{ name: 'half.txt', content: 'x'.repeat(1000) }]);
    const headers = { ...ulla.headers, 'content-type': contentType, 'sec-fetch-site': 'same-origin' };
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/activities/${call.id}/documents`, payload: body.subarray(0, body.length - 20), headers });
    expect(Object.keys(refusal(res, 400).fields ?? {})).toEqual(['file']);
    expect(await storedCount()).toBe(before);
  });

  it('is deleted (204) by someone who may change the activity, and is then gone', async () => {
    const act = await newActivity(ulla);
    const doc = parse(documentSchema, await upload(ulla, act.id, [{ name: 'gone.txt', content: 'x' }]), 201);
    expect(await status(ulf.delete(`/api/v1/documents/${doc.id}`))).toBe(204);
    expect(await status(ulla.get(`/api/v1/documents/${doc.id}/content`))).toBe(404);
    expect(await status(ulla.delete(`/api/v1/documents/${doc.id}`))).toBe(404);
    expect(await list(ulla, act.id)).toEqual([]);
  });

  it('goes with its activity when the activity is deleted', async () => {
    const act = await newActivity(ulla);
    const doc = parse(documentSchema, await upload(ulla, act.id, [{ name: 'with.txt', content: 'x' }]), 201);
    expect(await status(ulla.delete(`/api/v1/activities/${act.id}`))).toBeLessThan(300);
    expect(await status(ulla.get(`/api/v1/documents/${doc.id}/content`))).toBe(404);
    const left = await rows<{ n: number }>(t.database.db, sql`SELECT count(*) AS n FROM documents WHERE id = ${doc.id}`);
    expect(Number(left[0].n)).toBe(0);
  });
});

describe('uploads and the cross-site defence', () => {
  const post = async (extra: Record<string, string>) => {
    const { body, contentType } = await multipart([{ name: 'note.txt', type: 'text/plain', content: 'hej' }]);
    const headers = { ...ulla.headers, 'content-type': contentType, ...extra };
    return t.app.inject({ method: 'POST', url: `/api/v1/activities/${call.id}/documents`, payload: body, headers });
  };

  it("a script with a session (no Origin) and this origin upload; another site's form is refused and stores nothing", async () => {
    const before = (await list(ulla, call.id)).length;
    expect((await post({})).statusCode).toBe(201);
    expect((await post({ origin: 'http://tend.example:3000', host: 'tend.example:3000' })).statusCode).toBe(201);
    expect(refusal(await post({ origin: 'https://evil.example' }), 415).code).toBe('unsupported_media_type');
    expect(refusal(await post({ 'sec-fetch-site': 'cross-site' }), 403).code).toBe('forbidden');
    expect((await list(ulla, call.id)).length).toBe(before + 2);
  });

  it('other routes still refuse a multipart post with a session', async () => {
    const { body, contentType } = await multipart([{ name: 'x.txt', content: 'x' }]);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: body, headers: { ...ulla.headers, 'content-type': contentType } });
    expect(res.statusCode).toBe(415);
  });
});

describe('access to documents', () => {
  it("another workspace's activity and document are 404 for list, upload, content and delete", async () => {
    const other = await newWorkspace(t);
    const doc = parse(documentSchema, await upload(ulla, call.id, [{ name: 'private.txt', content: 'x' }]), 201);
    expect(await status(other.get(`/api/v1/activities/${call.id}/documents`))).toBe(404);
    expect(await status(upload(other, call.id, [{ name: 'a.txt', content: 'x' }]))).toBe(404);
    expect(await status(other.get(`/api/v1/documents/${doc.id}/content`))).toBe(404);
    expect(await status(other.delete(`/api/v1/documents/${doc.id}`))).toBe(404);
    expect((await list(ulla, call.id)).some((d) => d.id === doc.id)).toBe(true);
  });

  it("a private activity's documents are 404 to those not part of it", async () => {
    const act = await newActivity(ulla, { private: true });
    const doc = parse(documentSchema, await upload(ulla, act.id, [{ name: 'secret.txt', content: 'x' }]), 201);
    expect(await status(ulf.get(`/api/v1/activities/${act.id}/documents`))).toBe(404);
    expect(await status(ulf.get(`/api/v1/documents/${doc.id}/content`))).toBe(404);
    expect(await status(ulf.delete(`/api/v1/documents/${doc.id}`))).toBe(404);
    expect(await status(upload(ulf, act.id, [{ name: 'a.txt', content: 'x' }]))).toBe(404);
  });

  it('with restricted visibility: no access is a 404, a read share reads but cannot upload or delete (403)', async () => {
    const rita = await newUser(t, admin, 'user', { name: 'Rita' });
    const cust = await makeCustomer(t, admin, { name: 'Delt ApS', responsibleId: ulla.user.id });
    const act = await newActivity(ulla, { customerId: cust.id });
    const doc = parse(documentSchema, await upload(ulla, act.id, [{ name: 'delt.txt', content: 'x' }]), 201);
    expect(await status(admin.request('PUT', `/api/v1/customers/${cust.id}/shares`, { items: [{ userId: rita.user.id, access: 'read' }] }))).toBe(200);
    expect(await status(admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' }))).toBe(200);
    try {
      expect(await status(ulf.get(`/api/v1/activities/${act.id}/documents`))).toBe(404);
      expect(await status(ulf.get(`/api/v1/documents/${doc.id}/content`))).toBe(404);
      expect(await status(rita.get(`/api/v1/documents/${doc.id}/content`))).toBe(200);
      expect(refusal(await upload(rita, act.id, [{ name: 'a.txt', content: 'x' }]), 403).reason?.code).toBe('read_only_share');
      expect(refusal(await rita.delete(`/api/v1/documents/${doc.id}`), 403).reason?.code).toBe('read_only_share');
      expect((await list(ulla, act.id)).map((d) => d.name)).toEqual(['delt.txt']);
    } finally {
      expect(await status(admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' }))).toBe(200);
    }
  });
});

describe('activity search by document name', () => {
  it('finds activities with a document whose name contains the text, case and accents ignored', async () => {
    const a = await newActivity(ulla, { subject: 'Med kontrakt' });
    const b = await newActivity(ulla, { subject: 'Uden' });
    await upload(ulla, a.id, [{ name: 'Rammeaftale_Ærø 2026.PDF', type: 'application/pdf', content: 'x' }]);
    await upload(ulla, b.id, [{ name: 'andet.txt', content: 'x' }]);
    const search = async (name: string) =>
      parse(listOf(activitySchema), await ulla.get(`/api/v1/activities?documentName=${encodeURIComponent(name)}`)).items.map((i) => i.id);
    expect(await search('aftale_ærø')).toEqual([a.id]);
    expect(await search('AFTALE_AERO')).toEqual([a.id]);
    expect(await search('%')).toEqual([]);
    expect(await search('rammeaftale-nothing')).toEqual([]);
    const other = await newWorkspace(t);
    expect(parse(listOf(activitySchema), await other.get('/api/v1/activities?documentName=rammeaftale')).items).toEqual([]);
  });
});

describe('a deleted document in the change log', () => {
  const history = async (customerId: string) => (await admin.get(`/api/v1/customers/${customerId}/history`)).json().items as Record<string, unknown>[];

  it("names who deleted which file from which activity, in the customer's history and the workspace's log", async () => {
    const customer = await makeCustomer(t, admin, { name: 'Historik ApS' });
    const act = await newActivity(ulla, { customerId: customer.id, subject: 'Tilbud sendt' });
    const doc = parse(documentSchema, await upload(ulla, act.id, [{ name: 'tilbud 2027.pdf', type: 'application/pdf', content: 'pdf' }]), 201);
    expect(await status(ulf.delete(`/api/v1/documents/${doc.id}`))).toBe(204);
    const [entry] = await history(customer.id);
    expect(entry).toMatchObject({
      action: 'delete',
      entity: 'document',
      entityId: doc.id,
      entityName: 'tilbud 2027.pdf',
      userId: ulf.user.id,
      userName: 'Ulf',
      customerId: customer.id,
      before: { name: 'tilbud 2027.pdf', activityId: act.id, activitySubject: 'Tilbud sendt', contentType: 'application/pdf', size: 3 },
      after: null,
    });
    expect(Date.now() - Date.parse(entry.at as string)).toBeLessThan(60_000);
    const log = (await admin.get(`/api/v1/audit-log?entity=document&entityId=${doc.id}`)).json().items;
    expect(log.map((e: { id: string }) => e.id)).toEqual([entry.id]);
  });

  it('an activity without a customer: the workspace log has it; a refused delete records nothing', async () => {
    const act = await newActivity(ulla, { subject: 'Intern note' });
    const doc = parse(documentSchema, await upload(ulla, act.id, [{ name: 'intern.txt', content: 'x' }]), 201);
    const other = await newWorkspace(t);
    expect(await status(other.delete(`/api/v1/documents/${doc.id}`))).toBe(404);
    const logOf = async () => (await admin.get(`/api/v1/audit-log?entity=document&entityId=${doc.id}`)).json().items;
    expect(await logOf()).toEqual([]);
    expect(await status(ulla.delete(`/api/v1/documents/${doc.id}`))).toBe(204);
    expect(await logOf()).toMatchObject([{ action: 'delete', entityName: 'intern.txt', customerId: null, userId: ulla.user.id }]);
    // Deleted twice: the second is a 404 and no second entry.
    expect(await status(ulla.delete(`/api/v1/documents/${doc.id}`))).toBe(404);
    expect((await logOf()).length).toBe(1);
  });
});
