import type { UnmatchedAssign, UnmatchedMessage, UnmatchedQuery } from '../../../shared/mail';
import { assertCan } from '../../access/policy';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { forbidden, problem } from '../../http/errors';
import { iso } from '../../http/serialize';
import { getContact, updateContact } from '../contacts/contacts.service';
import { type JournalResult, journalParsed, placementOf } from './journal.service';
import * as repo from './mail.repository';
import { counterpartOrder } from './matching';
import { parseMessage } from './parse';

/*
 * Unmatched mail is its user's: each user lists, assigns and discards their own. Admins may list
 * everyone's (`all=true`) and assign or discard any, so mail of someone who left is not stuck.
 * Managers see their own only: mail is personal, and a team's follow-up does not need it.
 * Mail read from a user's own mailbox (IMAP) that matched no customer stays theirs alone, admins
 * included: it is most likely private, and it reached Tend without being sent to it.
 */

export const messageNotFound = () => problem('not_found', 'message_not_found', 'Message not found');
/** 422: the mail is to or from an address or domain of the mail-rules list, which is never journaled. */
export const mailExcluded = () => problem('unprocessable', 'mail_excluded', 'This mail is to or from an address or domain that mail-rules keeps out of Tend');

const mayHandle = (actor: Actor, row: { userId: string; source: string }) => row.userId === actor.userId || (actor.role === 'admin' && row.source !== 'imap');

function toItem(row: repo.UnmatchedRow): UnmatchedMessage {
  return {
    id: row.id,
    userId: row.userId,
    source: row.source,
    direction: row.direction,
    messageId: row.messageId.endsWith('@tend.invalid>') ? null : row.messageId,
    subject: row.subject,
    from: row.fromAddress ?? null,
    to: row.toAddresses,
    cc: row.ccAddresses,
    date: iso(row.sentAt),
    preview: row.preview,
    attachmentCount: row.attachmentCount,
    size: row.size,
    createdAt: iso(row.createdAt),
  };
}

export async function listUnmatched(db: Database, actor: Actor, query: UnmatchedQuery) {
  assertCan(actor, 'read', { kind: 'activity' });
  if (query.all && actor.role !== 'admin') throw forbidden("Only admin users may see everyone's unmatched mail", 'admins_only');
  const after = decodeCursor(query.cursor, ['instant', 'id']);
  const rows = await repo.listUnmatched(db, actor.workspaceId, actor.userId, Boolean(query.all), {
    limit: query.limit,
    after: after ? { createdAt: String(after[0]), id: String(after[1]) } : null,
  });
  const { items, nextCursor } = page(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return { items: items.map(toItem), nextCursor };
}

export async function discardUnmatched(db: Database, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'create', { kind: 'activity' });
  await db.transaction(async (tx) => {
    const row = await repo.lockUnmatched(tx, actor.workspaceId, id);
    if (!row || !mayHandle(actor, row)) throw messageNotFound();
    await repo.deleteUnmatched(tx, actor.workspaceId, id);
  });
}

/**
 * Journals a waiting mail on the customer (and contact) chosen, as the user it waited for, and
 * removes it from the list, in one transaction. With `learnAddress` a contact without an email
 * gets the mail's counterpart address (the sender of a mail we got, the first recipient of one we sent).
 */
export async function assignUnmatched(db: Database, actor: Actor, id: string, input: UnmatchedAssign): Promise<JournalResult> {
  assertCan(actor, 'create', { kind: 'activity' });
  return db.transaction(async (tx) => {
    const row = await repo.lockUnmatched(tx, actor.workspaceId, id);
    if (!row || !mayHandle(actor, row)) throw messageNotFound();
    const placed = await placementOf(tx, actor, input.customerId, input.contactId ?? null);
    const message = await parseMessage(row.raw);
    const result = await journalParsed(tx, actor, message, {
      source: row.source,
      onlyMatched: false,
      responsibleId: row.userId,
      direction: row.direction,
      ...placed,
    });
    if (result.outcome === 'skipped') throw mailExcluded(); // a rule added since it arrived: it stays in the list
    await repo.deleteUnmatched(tx, actor.workspaceId, id);
    if (input.learnAddress && placed.contactId) {
      const own = await repo.userAddresses(tx, actor.workspaceId, row.userId);
      const [address] = counterpartOrder({ from: message.from?.address ?? null, to: message.to.map((a) => a.address), cc: [] }, row.direction, own);
      await learnAddress(tx, actor, placed.contactId, address ?? null);
    }
    return result;
  });
}

/** A contact that has no email yet learns this one; one that has an email keeps it. */
async function learnAddress(db: Database, actor: Actor, contactId: string, address: string | null) {
  if (!address) return;
  const contact = await getContact(db, actor, contactId);
  if (contact.email) return;
  await updateContact(db, actor, contactId, { email: address });
}
