import { and, asc, desc, eq, getTableColumns, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, contacts, customers, documents, mailboxes, mailMessages, mailRules, mailUnmatched, users } from '../../db/schema';
import { type Actor, liveContact, liveCustomer, visibleTo } from '../../db/scope';
import type { ContactHit, DomainHit } from './matching';

/**
 * Every address of the workspace's users (deactivated ones too: mail from them is still ours) and
 * the aliases the mailboxes of `userId` (the user the mail is journaled for) list, lower case: mail
 * from one is outgoing, and none matches a customer. A user's aliases count for their own mail
 * only, so listing a customer's address as an alias cannot change how colleagues' mail matches.
 */
export async function userAddresses(db: Queryable, workspaceId: string, userId: string): Promise<Set<string>> {
  const found = await db.select({ email: users.email }).from(users).where(eq(users.workspaceId, workspaceId));
  const aliases = await db
    .selectDistinct({ alias: sql<string>`unnest(${mailboxes.aliases})` })
    .from(mailboxes)
    .where(and(eq(mailboxes.workspaceId, workspaceId), eq(mailboxes.userId, userId), sql`cardinality(${mailboxes.aliases}) > 0`));
  return new Set([...found.map((u) => u.email), ...aliases.map((a) => a.alias)].map((address) => address.trim().toLowerCase()));
}

/** The active mail-rules patterns. */
export async function rulePatterns(db: Queryable, workspaceId: string): Promise<string[]> {
  const found = await db
    .select({ pattern: mailRules.pattern })
    .from(mailRules)
    .where(and(eq(mailRules.workspaceId, workspaceId), eq(mailRules.active, true)));
  return found.map((r) => r.pattern);
}

/** Live contacts the actor may see whose email is one of `addresses` (lower case), in any case. */
export async function contactsByAddress(db: Queryable, actor: Actor, addresses: string[]): Promise<ContactHit[]> {
  if (addresses.length === 0) return [];
  const found = await db
    .select({ email: contacts.email, contactId: contacts.id, customerId: contacts.customerId })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(visibleTo(actor, contacts, liveContact(), inArray(sql`lower(${contacts.email})`, addresses)))
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
  return found.map((c) => ({ email: c.email ?? '', contactId: c.contactId, customerId: c.customerId }));
}

/** Live customers the actor may see whose email or website domain is one of `domains` (lower case), by name. */
export async function customersByDomain(db: Queryable, actor: Actor, domains: string[]): Promise<DomainHit[]> {
  if (domains.length === 0) return [];
  const mailDomain = sql<string | null>`tend_mail_domain(${customers.email})`;
  const webDomain = sql<string | null>`tend_web_domain(${customers.website})`;
  const found = await db
    .select({ customerId: customers.id, mailDomain, webDomain })
    .from(customers)
    .where(visibleTo(actor, customers, liveCustomer(), or(inArray(mailDomain, domains), inArray(webDomain, domains))))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(200);
  return found.flatMap((c) => {
    const own = [...new Set([c.mailDomain, c.webDomain])].filter((d): d is string => d !== null && domains.includes(d));
    return own.map((domain) => ({ domain, customerId: c.customerId }));
  });
}

/** The activity a Message-ID was journaled as in the workspace, if any. */
export async function activityOfMessage(db: Queryable, workspaceId: string, messageId: string): Promise<string | null> {
  const [found] = await db
    .select({ activityId: mailMessages.activityId })
    .from(mailMessages)
    .where(and(eq(mailMessages.workspaceId, workspaceId), eq(mailMessages.messageId, messageId)));
  return found?.activityId ?? null;
}

export type MailMessageValues = typeof mailMessages.$inferInsert;

export async function insertMailMessage(db: Queryable, values: MailMessageValues): Promise<void> {
  await db.insert(mailMessages).values(values);
}

/** An email activity's direction lives on the activity, so timelines and lists carry it without a join. */
export async function setDirection(db: Queryable, actor: Actor, activityId: string, direction: 'in' | 'out'): Promise<void> {
  await db
    .update(activities)
    .set({ direction })
    .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.id, activityId)));
}

export async function findMailMessage(db: Queryable, workspaceId: string, activityId: string) {
  const [found] = await db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.workspaceId, workspaceId), eq(mailMessages.activityId, activityId)));
  return found ?? null;
}

/** Which of these documents of the activity are still there (a person may have deleted one). */
export async function existingDocuments(db: Queryable, activityId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.activityId, activityId), inArray(documents.id, ids)));
  return new Set(found.map((d) => d.id));
}

export type UnmatchedValues = Omit<typeof mailUnmatched.$inferInsert, 'id' | 'createdAt'>;

/** Stores an unmatched mail; the same mail for the same user again answers the waiting one's id. */
export async function insertUnmatched(db: Queryable, values: UnmatchedValues): Promise<string> {
  const [row] = await db
    .insert(mailUnmatched)
    .values(values)
    .onConflictDoUpdate({
      target: [mailUnmatched.workspaceId, mailUnmatched.userId, mailUnmatched.messageId],
      set: { messageId: sql`excluded.message_id` },
    })
    .returning({ id: mailUnmatched.id });
  return row.id;
}

const { raw: _raw, ...listColumns } = getTableColumns(mailUnmatched);
export type UnmatchedRow = Omit<typeof mailUnmatched.$inferSelect, 'raw'>;

/** Newest first, paged by (createdAt, id); `userId` null lists the whole workspace's. */
export async function listUnmatched(
  db: Queryable,
  workspaceId: string,
  userId: string,
  everyone: boolean,
  page: { limit: number; after: { createdAt: string; id: string } | null },
): Promise<UnmatchedRow[]> {
  const conditions: SQL[] = [eq(mailUnmatched.workspaceId, workspaceId)];
  // Everyone's (admins): still not another user's mail read from their own mailbox.
  conditions.push(everyone ? (or(ne(mailUnmatched.source, 'imap'), eq(mailUnmatched.userId, userId)) as SQL) : eq(mailUnmatched.userId, userId));
  if (page.after) {
    const at = new Date(page.after.createdAt);
    conditions.push(or(lt(mailUnmatched.createdAt, at), and(eq(mailUnmatched.createdAt, at), lt(mailUnmatched.id, page.after.id))) as SQL);
  }
  return db
    .select(listColumns)
    .from(mailUnmatched)
    .where(and(...conditions))
    .orderBy(desc(mailUnmatched.createdAt), desc(mailUnmatched.id))
    .limit(page.limit + 1);
}

/** One unmatched mail of the workspace with its bytes, locked for the rest of the transaction (assign and discard race). */
export async function lockUnmatched(db: Queryable, workspaceId: string, id: string) {
  const [found] = await db
    .select()
    .from(mailUnmatched)
    .where(and(eq(mailUnmatched.workspaceId, workspaceId), eq(mailUnmatched.id, id)))
    .for('update');
  return found ?? null;
}

export async function deleteUnmatched(db: Queryable, workspaceId: string, id: string): Promise<void> {
  await db.delete(mailUnmatched).where(and(eq(mailUnmatched.workspaceId, workspaceId), eq(mailUnmatched.id, id)));
}
