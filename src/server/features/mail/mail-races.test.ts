import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activities, documents, mailMessages } from '../../db/schema';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace, newUser } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';
import { rawMail } from './mail-fixtures';

/**
 * The same mail journaled at once by several requests (two colleagues on one thread, IMAP and a
 * drop) must be one activity with one set of documents. On PostgreSQL the requests really overlap
 * (a pool connection each); on PGlite they run one by one: a sequential check of the same rule.
 */
let t: TestApp;
let mette: Client;
let ulf: Client;
const engine = inject('engine');

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  const admin = await newWorkspace(t);
  mette = await newUser(t, admin);
  ulf = await newUser(t, admin);
});
afterAll(() => t.close());

describe('one Message-ID, many requests at once', () => {
  it('makes one activity; every other request answers 200 with it', async () => {
    const customer = await makeCustomer(t, mette, { name: 'Kapløb ApS', email: null, website: null });
    const contact = await makeContact(t, mette, customer.id, { firstName: 'Ole', email: 'ole@kaploeb.test' });
    for (let round = 0; round < roundsOn(engine, 5); round++) {
      const messageId = `<race-${round}-${Date.now()}@kaploeb.test>`;
      const raw = rawMail({
        from: contact.email ?? '',
        to: [mette.user.email],
        messageId,
        attachment: { name: 'a.txt', contentType: 'text/plain', content: Buffer.from('x') },
      });
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/mail/messages',
            payload: raw,
            headers: { ...(i % 2 ? ulf : mette).headers, 'content-type': 'message/rfc822' },
          }),
        ),
      );
      expect(statusCounts(responses)).toEqual({ 200: 11, 201: 1 });
      const ids = new Set(responses.map((r) => r.json().activity.id));
      expect(ids.size).toBe(1);
      const [activityId] = [...ids];
      const mails = await t.database.db.select().from(mailMessages).where(eq(mailMessages.messageId, messageId));
      expect(mails.map((m) => m.activityId)).toEqual([activityId]);
      const emails = await t.database.db
        .select({ id: activities.id })
        .from(activities)
        .where(and(eq(activities.customerId, customer.id), eq(activities.subject, 'Test mail')));
      expect(emails.length).toBe(round + 1);
      expect((await t.database.db.select().from(documents).where(eq(documents.activityId, activityId))).length).toBe(2);
    }
  });
});
