import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../../../shared/common';
import { journaledSchema, journalUnmatchedSchema, mailMessageViewSchema, unmatchedMessageSchema } from '../../../shared/mail';
import { activitySchema } from '../../../shared/activities';
import { contactSchema } from '../../../shared/contacts';
import { documents } from '../../db/schema';
import { activityType, makeActivity, makeContact, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { rawMail, type TestMail } from './mail-fixtures';

let t: TestApp;
let admin: Client;
let mette: Client;
let ulf: Client;
let other: Client; // admin of another workspace

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  mette = await newUser(t, admin, 'user', { name: 'Mette Holm' });
  ulf = await newUser(t, admin, 'user');
  other = await newWorkspace(t);
});
afterAll(() => t.close());

const post = (by: Client, body: Buffer | string, query = '', contentType = 'message/rfc822') =>
  t.app.inject({ method: 'POST', url: `/api/v1/mail/messages${query}`, payload: body, headers: { ...by.headers, 'content-type': contentType } });
const send = (by: Client, mail: TestMail, query = '') => post(by, rawMail(mail), query);
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

let n = 0;
/** A customer at its own domain, with one contact. */
async function company(by: Client = mette, extra: { website?: string; email?: string } = {}) {
  n += 1;
  const domain = `firma${n}-${Date.now() % 100000}.test`;
  const customer = await makeCustomer(t, by, { name: `Firma ${n}`, email: extra.email ?? `info@${domain}`, website: extra.website ?? null });
  const contact = await makeContact(t, by, customer.id, { firstName: 'Ole', lastName: `Kontakt ${n}`, email: `ole@${domain}` });
  return { customer, contact, domain };
}

const docsOf = (activityId: string) =>
  t.database.db
    .select({ name: documents.name, kind: documents.kind, contentType: documents.contentType })
    .from(documents)
    .where(eq(documents.activityId, activityId));

describe('POST /api/v1/mail/messages', () => {
  it('a mail from a contact: 201, an Email activity on the contact and customer, done, with the .eml and the attachment as documents', async () => {
    const { customer, contact } = await company();
    const pdf = Buffer.from('%PDF-1.4 tilbud');
    const res = await send(mette, {
      from: `Ole <${contact.email}>`,
      to: [mette.user.email],
      subject: 'Tilbud: 5.000 foldere',
      text: 'Hej Mette, se tilbuddet.',
      date: 'Tue, 01 Dec 2026 09:30:00 +0100',
      attachment: { name: 'tilbud.pdf', contentType: 'application/pdf', content: pdf },
    });
    const { activity } = parse(journaledSchema, res, 201);
    expect(activity).toMatchObject({
      typeId: await activityType(t, mette, 'email'),
      subject: 'Tilbud: 5.000 foldere',
      note: 'Hej Mette, se tilbuddet.',
      scheduledAt: '2026-12-01T08:30:00.000Z',
      done: true,
      customerId: customer.id,
      contactId: contact.id,
      responsibleId: mette.user.id,
      direction: 'in',
    });
    const docs = await docsOf(activity.id);
    expect(docs.map((d) => [d.name, d.kind, d.contentType]).sort()).toEqual([
      ['Tilbud 5.000 foldere.eml', 'message', 'message/rfc822'],
      ['tilbud.pdf', 'attachment', 'application/pdf'],
    ]);
    const view = parse(mailMessageViewSchema, await mette.get(`/api/v1/activities/${activity.id}/message`), 200);
    expect(view).toMatchObject({
      direction: 'in',
      subject: 'Tilbud: 5.000 foldere',
      from: { name: 'Ole', address: contact.email },
      to: [{ address: mette.user.email }],
    });
    expect(view.attachments.map((a) => a.name)).toEqual(['tilbud.pdf']);
    expect(view.messageDocumentId).not.toBeNull();
  });

  it("a mail sent from a Tend user's address is out; the customer is the recipient's", async () => {
    const { customer, contact } = await company();
    const res = await send(mette, { from: `Mette Holm <${mette.user.email}>`, to: [contact.email ?? ''] });
    const { activity } = parse(journaledSchema, res, 201);
    expect(activity).toMatchObject({ direction: 'out', customerId: customer.id, contactId: contact.id });
    // Timelines carry the direction.
    const timeline = parse(listOf(activitySchema), await mette.get(`/api/v1/customers/${customer.id}/activities`), 200);
    expect(timeline.items.find((a) => a.id === activity.id)?.direction).toBe('out');
  });

  it('the same Message-ID again answers 200 with the same activity (also for a colleague)', async () => {
    const { contact } = await company();
    const mail = { from: contact.email ?? '', to: [mette.user.email], messageId: '<same-twice@firma.test>' };
    const first = parse(journaledSchema, await send(mette, mail), 201).activity;
    const again = parse(journaledSchema, await send(mette, mail), 200).activity;
    const colleague = parse(journaledSchema, await send(ulf, mail), 200).activity;
    expect([again.id, colleague.id]).toEqual([first.id, first.id]);
  });

  it('a domain match, and every customer a mail concerns: the others become additional customers', async () => {
    const a = await company();
    const b = await company(mette, { website: 'https://www.kis-nyomda-web.test/kontakt' });
    const res = await send(mette, { from: `someone.new@${a.domain}`, to: [mette.user.email], cc: ['anna@kis-nyomda-web.test'] });
    const { activity } = parse(journaledSchema, res, 201);
    expect(activity).toMatchObject({ customerId: a.customer.id, contactId: null, additionalCustomerIds: [b.customer.id] });
  });

  it('public mail domains are never matched by domain: 202, waiting unmatched', async () => {
    await makeCustomer(t, mette, { name: 'Gmail-kunden', email: 'kunde@gmail.com', website: null });
    const res = await send(mette, { from: 'stranger@gmail.com', to: [mette.user.email] });
    const { unmatchedId } = parse(journalUnmatchedSchema, res, 202);
    const list = parse(listOf(unmatchedMessageSchema), await mette.get('/api/v1/mail/unmatched'), 200);
    expect(list.items.map((i) => i.id)).toContain(unmatchedId);
  });

  it('a mail forwarded as an attachment is journaled as the inner mail', async () => {
    const kis = await makeCustomer(t, mette, { name: 'Kis Nyomda', email: 'info@kis-nyomda.test', website: null });
    const { activity } = parse(journaledSchema, await post(mette, fixture('forwarded.eml')), 201);
    expect(activity).toMatchObject({ subject: 'Megrendelés', customerId: kis.id, direction: 'in' });
  });

  it('dropped on a customer (?customerId=): journaled there although no address matches', async () => {
    const { customer } = await company();
    const res = await send(mette, { from: 'nobody@unknown-sender.test', to: [mette.user.email] }, `?customerId=${customer.id}`);
    expect(parse(journaledSchema, res, 201).activity).toMatchObject({ customerId: customer.id, contactId: null });
  });

  it('dropped on a contact (?contactId=): on the contact and its customer; a contact of another customer is 400', async () => {
    const a = await company();
    const b = await company();
    const res = await send(mette, { from: 'nobody@unknown-sender.test', to: [mette.user.email] }, `?contactId=${a.contact.id}`);
    expect(parse(journaledSchema, res, 201).activity).toMatchObject({ customerId: a.customer.id, contactId: a.contact.id });
    const wrong = await send(mette, { from: 'x@unknown-sender.test' }, `?customerId=${b.customer.id}&contactId=${a.contact.id}`);
    expect(refusal(wrong, 400).fields).toHaveProperty('contactId');
  });

  it('a body that is no mail is 400 message_unreadable; JSON is 415', async () => {
    const broken = refusal(await post(mette, fixture('broken.eml')), 400);
    expect(broken.reason).toEqual({ code: 'message_unreadable' });
    expect(broken.message).toMatch(/not a mail message/);
    const json = refusal(await t.app.inject({ method: 'POST', url: '/api/v1/mail/messages', payload: { raw: 'x' }, headers: mette.headers }), 415);
    expect(json.reason).toEqual({ code: 'send_message' });
  });

  it('a message of a few MB is journaled (the limit is 25 MB, not the 1 MB of JSON bodies); one over 25 MB is 413', async () => {
    const { customer, contact } = await company();
    const scan = { name: 'scan.pdf', contentType: 'application/pdf', content: Buffer.alloc(3 * 1024 * 1024, 0x25) };
    const res = await send(mette, { from: contact.email ?? '', to: [mette.user.email], attachment: scan });
    expect(parse(journaledSchema, res, 201).activity.customerId).toBe(customer.id);
    const big = Buffer.concat([rawMail({ from: 'a@b.test' }), Buffer.alloc(25 * 1024 * 1024 + 1, 0x61)]);
    expect(refusal(await post(mette, big), 413).reason).toEqual({ code: 'body_too_large' });
  });
});

describe('mail-rules', () => {
  it('an address or @domain in the list is never journaled: 422 mail_excluded, nothing stored', async () => {
    const { contact, domain } = await company();
    const rule = await admin.post('/api/v1/mail-rules', { name: 'Privat', pattern: `@${domain.toUpperCase()}` });
    expect(rule.statusCode).toBe(201);
    expect(rule.json()).toMatchObject({ pattern: `@${domain}` });
    const res = await send(mette, { from: contact.email ?? '', to: [mette.user.email], subject: 'Lønseddel' });
    expect(refusal(res, 422).reason).toEqual({ code: 'mail_excluded' });
    const list = parse(listOf(unmatchedMessageSchema), await mette.get('/api/v1/mail/unmatched?limit=500'), 200);
    expect(list.items.some((i) => i.subject === 'Lønseddel')).toBe(false);
  });

  it('a pattern that is neither an address nor an @domain is 400 mail_pattern; users may not change the list', async () => {
    const bad = refusal(await admin.post('/api/v1/mail-rules', { name: 'x', pattern: 'not a pattern' }), 400);
    expect(bad.reasons?.pattern).toEqual({ code: 'mail_pattern' });
    expect((await mette.post('/api/v1/mail-rules', { name: 'x', pattern: '@x.test' })).statusCode).toBe(403);
  });
});

describe('unmatched mail', () => {
  const waiting = async (by: Client, from = `sender-${Math.random().toString(36).slice(2)}@nowhere-yet.test`) =>
    parse(journalUnmatchedSchema, await send(by, { from, to: [by.user.email], subject: 'Venter' }), 202).unmatchedId;

  it("is its user's: a colleague does not see it, an admin sees everyone's with all=true, a user may not ask for all", async () => {
    const id = await waiting(mette);
    const ids = async (c: Client, q = '') => parse(listOf(unmatchedMessageSchema), await c.get(`/api/v1/mail/unmatched${q}`), 200).items.map((i) => i.id);
    expect(await ids(mette)).toContain(id);
    expect(await ids(ulf)).not.toContain(id);
    expect(await ids(admin, '?all=true&limit=500')).toContain(id);
    expect((await ulf.get('/api/v1/mail/unmatched?all=true')).statusCode).toBe(403);
    expect((await ulf.delete(`/api/v1/mail/unmatched/${id}`)).statusCode).toBe(404);
  });

  it('pages newest first', async () => {
    const user = await newUser(t, admin, 'user');
    const made = [await waiting(user), await waiting(user), await waiting(user)];
    const first = parse(listOf(unmatchedMessageSchema), await user.get('/api/v1/mail/unmatched?limit=2'), 200);
    const second = parse(listOf(unmatchedMessageSchema), await user.get(`/api/v1/mail/unmatched?limit=2&cursor=${first.nextCursor}`), 200);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([...made].reverse());
    expect(second.nextCursor).toBeNull();
  });

  it('assign: journaled on the customer and contact chosen, and the contact learns the address; then it is gone', async () => {
    const customer = await makeCustomer(t, mette, { name: 'Nyt Firma', email: null, website: null });
    const contact = await makeContact(t, mette, customer.id, { firstName: 'Eva', lastName: 'Uden Mail', email: null });
    const id = await waiting(mette, 'Eva@Nyt-Firma.test');
    const res = await mette.post(`/api/v1/mail/unmatched/${id}/assign`, { customerId: customer.id, contactId: contact.id, learnAddress: true });
    const { activity } = parse(journaledSchema, res, 201);
    expect(activity).toMatchObject({ customerId: customer.id, contactId: contact.id, subject: 'Venter', responsibleId: mette.user.id, direction: 'in' });
    expect(parse(contactSchema, await mette.get(`/api/v1/contacts/${contact.id}`), 200).email).toBe('eva@nyt-firma.test');
    expect(refusal(await mette.post(`/api/v1/mail/unmatched/${id}/assign`, { customerId: customer.id }), 404).reason).toEqual({ code: 'message_not_found' });
    // The next mail from Eva matches by itself.
    expect(parse(journaledSchema, await send(mette, { from: 'eva@nyt-firma.test', to: [mette.user.email] }), 201).activity.contactId).toBe(contact.id);
  });

  it('discard: 200, then 404; another workspace cannot touch it', async () => {
    const id = await waiting(mette);
    expect((await other.delete(`/api/v1/mail/unmatched/${id}`)).statusCode).toBe(404);
    const { customer } = await company(other);
    expect(refusal(await other.post(`/api/v1/mail/unmatched/${id}/assign`, { customerId: customer.id }), 404).reason).toEqual({ code: 'message_not_found' });
    expect((await mette.delete(`/api/v1/mail/unmatched/${id}`)).statusCode).toBe(200);
    expect((await mette.delete(`/api/v1/mail/unmatched/${id}`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/activities/{id}/message', () => {
  it('shows the mail with its HTML made safe and inline images from the stored attachment', async () => {
    await makeCustomer(t, mette, { name: 'Bæk & Søn', email: 'info@baek-soen.test', website: null });
    const { activity } = parse(journaledSchema, await post(mette, fixture('alternative-attachments.eml')), 201);
    const view = parse(mailMessageViewSchema, await mette.get(`/api/v1/activities/${activity.id}/message`), 200);
    const logo = view.attachments.find((a) => a.contentId === 'logo@baek');
    expect(view.html).toContain(`src="/api/v1/documents/${logo?.documentId}/content"`);
    expect(view.attachments.map((a) => a.name)).toEqual(['logo.png', 'prisliste 2027.pdf']);
    expect(view).toMatchObject({ inReplyTo: '<earlier@tend-co.test>', cc: [{ address: 'anna@kis-nyomda.test' }, { address: 'someone@gmail.com' }] });
  });

  it('404 for an activity without mail and for another workspace', async () => {
    const plain = await makeActivity(t, mette);
    expect(refusal(await mette.get(`/api/v1/activities/${plain.id}/message`), 404).reason).toEqual({ code: 'message_not_found' });
    const { contact } = await company();
    const { activity } = parse(journaledSchema, await send(mette, { from: contact.email ?? '', to: [mette.user.email] }), 201);
    expect((await other.get(`/api/v1/activities/${activity.id}/message`)).statusCode).toBe(404);
  });
});

describe('visibility', () => {
  it('with restricted visibility a user matches only customers they may see; the mail waits for them unmatched', async () => {
    const boss = await newWorkspace(t);
    expect((await boss.patch('/api/v1/workspace', { customerVisibility: 'restricted' })).statusCode).toBe(200);
    const seller = await newUser(t, boss, 'user');
    const hidden = await makeCustomer(t, boss, { name: 'Skjult A/S', email: 'info@skjult.test', website: null, responsibleId: boss.user.id });
    const mail = { from: 'ole@skjult.test', to: [seller.user.email, boss.user.email], messageId: '<hidden-1@skjult.test>' };
    parse(journalUnmatchedSchema, await send(seller, mail), 202);
    expect(parse(journaledSchema, await send(boss, mail), 201).activity.customerId).toBe(hidden.id);
    // The seller posting it again learns it is journaled, not where.
    expect(refusal(await send(seller, mail), 409).reason).toEqual({ code: 'value_taken' });
  });
});
