import type { MailAddress, MailDirection, MailSource } from '../../../shared/mail';
import { assertCan, assertEditable } from '../../access/policy';
import type { Database } from '../../db/client';
import { isViolation } from '../../db/constraint-errors';
import { lockName } from '../../db/locks';
import type { Actor } from '../../db/scope';
import { AppError, invalid, problem } from '../../http/errors';
import { createActivity, listTypes } from '../activities/activities.service';
import { getContact } from '../contacts/contacts.service';
import { attachToNewActivity } from '../documents/documents.service';
import * as repo from './mail.repository';
import {
  type ContactHit,
  counterpartOrder,
  directionOf,
  excludingPattern,
  type Match,
  matchableDomains,
  matchAddresses,
  normalAddress,
  placedMatch,
} from './matching';
import { type Message, parseMessage } from './parse';
import { sanitizeMailHtml } from './sanitize';

export interface JournalOptions {
  /** How the message came: posted or dropped, synced from IMAP, or sent to the drop-box. */
  source: MailSource;
  /** IMAP keeps only mail that matches a customer: an unmatched message is then `skipped` and nothing is stored. */
  onlyMatched?: boolean;
  /** Dropped onto a customer's (or contact's) page: journaled there even when no address matches. */
  customerId?: string;
  contactId?: string;
  /**
   * Read from a sent-mail folder: the user's own outgoing mail, whatever its From says (an alias, a
   * shared address). Without it the direction is told by the From being a user's address or alias.
   */
  direction?: MailDirection;
}

export interface JournalResult {
  /**
   * `created`: a new email activity; `duplicate`: its Message-ID was journaled before in this
   * workspace (`activityId` is that activity); `unmatched`: stored in the actor's unmatched list
   * (`unmatchedId`); `skipped`: nothing stored (excluded by mail-rules, or unmatched with `onlyMatched`).
   */
  outcome: 'created' | 'duplicate' | 'unmatched' | 'skipped';
  activityId?: string;
  unmatchedId?: string;
  /** Why a message was skipped. */
  skippedBecause?: 'excluded' | 'unmatched';
}

/** Journaling once the message is read: who it is for, and where it was put (a drop, an assignment). */
export interface Placement {
  source: MailSource;
  onlyMatched: boolean;
  /** The activity's responsible: the journaling user, or for an assigned mail the user it waited for. */
  responsibleId: string;
  customerId: string | null;
  contactId: string | null;
  /** Known from where the mail was (a sent-mail folder), or as it was when the mail started waiting. */
  direction?: MailDirection;
}

/** A note is at most this long (as the activities API takes it); the whole text stays in the message view. */
const NOTE_MAX = 20_000;
const SUBJECT_MAX = 500;

/**
 * Journals one raw message (RFC 5322 bytes) as `actor`: an Email activity with its .eml and
 * attachments as documents, matched to customers and contacts by its addresses, in one
 * transaction. Throws AppError 400 (`message_unreadable`) for a body that is no mail message.
 */
export async function journalMessage(db: Database, actor: Actor, raw: Buffer, options: JournalOptions): Promise<JournalResult> {
  assertCan(actor, 'create', { kind: 'activity' });
  const message = await parseMessage(raw);
  const placed = await placementOf(db, actor, options.customerId ?? null, options.contactId ?? null);
  return journalParsed(db, actor, message, {
    source: options.source,
    onlyMatched: options.onlyMatched ?? false,
    responsibleId: actor.userId,
    direction: options.direction,
    ...placed,
  });
}

/** A drop onto a contact puts the mail on the contact's customer; a contact of another customer is refused. */
export async function placementOf(db: Database, actor: Actor, customerId: string | null, contactId: string | null) {
  if (!contactId) return { customerId, contactId: null };
  let contactCustomerId: string;
  try {
    contactCustomerId = (await getContact(db, actor, contactId)).customerId;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw invalid({ contactId: 'No such contact' }, 'not_found_ref');
    throw error;
  }
  if (customerId && customerId !== contactCustomerId) throw invalid({ contactId: 'The contact belongs to another customer' }, 'contact_other_customer');
  return { customerId: contactCustomerId, contactId };
}

/** Every address of the message, lower case. */
export const addressesOf = (message: Message) =>
  [message.from, ...message.to, ...message.cc].filter((a): a is MailAddress => a !== null).map((a) => normalAddress(a.address));

/** Journaling a parsed message (also an assigned one): rules, duplicates, matching, then the activity or the wait. */
export async function journalParsed(db: Database, actor: Actor, message: Message, placement: Placement): Promise<JournalResult> {
  const ws = actor.workspaceId;
  if (excludingPattern(addressesOf(message), await repo.rulePatterns(db, ws))) return { outcome: 'skipped', skippedBecause: 'excluded' };
  const existing = await repo.activityOfMessage(db, ws, message.messageId);
  if (existing) return { outcome: 'duplicate', activityId: existing };
  const own = await repo.userAddresses(db, ws, placement.responsibleId);
  const direction = placement.direction ?? directionOf(message.from?.address ?? null, own);
  const match = await matchMessage(db, actor, message, direction, own, placement);
  if (!match.customerId) {
    if (placement.onlyMatched) return { outcome: 'skipped', skippedBecause: 'unmatched' };
    return { outcome: 'unmatched', unmatchedId: await repo.insertUnmatched(db, unmatchedValues(actor, message, direction, placement)) };
  }
  return createEmailActivity(db, actor, message, { direction, match, placement });
}

/** Customers a restricted user may only read are not matched: the activity could not be made on them. */
async function editable(db: Database, actor: Actor, customerIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(customerIds)];
  if (!actor.restricted) return new Set(ids);
  const kept = new Set<string>();
  for (const id of ids) {
    try {
      await assertEditable(db, actor, { kind: 'customer', id });
      kept.add(id);
    } catch {
      // read-only or invisible: not a match for this user
    }
  }
  return kept;
}

/** Matching over the customers and contacts the actor may see (and, restricted, change). */
async function matchMessage(db: Database, actor: Actor, message: Message, direction: MailDirection, own: Set<string>, placement: Placement): Promise<Match> {
  const ordered = counterpartOrder(
    { from: message.from?.address ?? null, to: message.to.map((a) => a.address), cc: message.cc.map((a) => a.address) },
    direction,
    own,
  );
  const contactHits = await repo.contactsByAddress(db, actor, ordered);
  const domainHits = await repo.customersByDomain(db, actor, matchableDomains(ordered));
  const allowed = await editable(
    db,
    actor,
    [...contactHits, ...domainHits].map((h) => h.customerId),
  );
  const contacts: ContactHit[] = contactHits.filter((h) => allowed.has(h.customerId));
  const match = matchAddresses(
    ordered,
    contacts,
    domainHits.filter((h) => allowed.has(h.customerId)),
  );
  return placedMatch(match, placement, contacts);
}

function unmatchedValues(actor: Actor, message: Message, direction: MailDirection, placement: Placement): repo.UnmatchedValues {
  return {
    workspaceId: actor.workspaceId,
    userId: placement.responsibleId,
    source: placement.source,
    direction,
    messageId: message.messageId,
    subject: message.subject,
    fromAddress: message.from,
    toAddresses: message.to,
    ccAddresses: message.cc,
    sentAt: message.date ?? new Date(),
    preview: message.text.replace(/\s+/g, ' ').trim().slice(0, 200),
    attachmentCount: message.attachments.length,
    size: message.raw.length,
    raw: message.raw,
  };
}

/** A file name from the subject: no path or reserved characters, not too long. */
export function emlName(subject: string): string {
  const base = subject
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return `${base || 'message'}.eml`;
}

async function emailTypeId(db: Database, actor: Actor): Promise<string> {
  const type = (await listTypes(db, actor)).items.find((t) => t.key === 'email');
  if (!type) throw problem('conflict', 'item_not_found', 'This workspace has no activity type "email" to journal mail as');
  return type.id;
}

interface Journaling {
  direction: MailDirection;
  match: Match;
  placement: Placement;
}

/**
 * The activity, its documents and its mail in one transaction. A lock on the Message-ID makes
 * parallel journaling of one mail wait, and the one after finds the first's activity; the unique
 * Message-ID per workspace is the last guard.
 */
async function createEmailActivity(db: Database, actor: Actor, message: Message, journaling: Journaling): Promise<JournalResult> {
  try {
    return await db.transaction(async (tx) => {
      await lockName(tx, 'mail-message', actor.workspaceId, message.messageId);
      const again = await repo.activityOfMessage(tx, actor.workspaceId, message.messageId);
      if (again) return { outcome: 'duplicate', activityId: again };
      const activityId = await insertActivity(tx, actor, message, journaling);
      await storeMail(tx, actor, activityId, message, journaling);
      return { outcome: 'created', activityId };
    });
  } catch (error) {
    if (!isViolation(error, 'unique', 'mail_messages_message_id_key')) throw error;
    const first = await repo.activityOfMessage(db, actor.workspaceId, message.messageId);
    if (!first) throw error;
    return { outcome: 'duplicate', activityId: first };
  }
}

async function insertActivity(tx: Database, actor: Actor, message: Message, { direction, match, placement }: Journaling): Promise<string> {
  const activity = await createActivity(tx, actor, {
    typeId: await emailTypeId(tx, actor),
    subject: (message.subject || '(no subject)').slice(0, SUBJECT_MAX),
    note: message.text.trim().slice(0, NOTE_MAX) || null,
    customerId: match.customerId,
    contactId: match.contactId,
    additionalCustomerIds: match.additionalCustomerIds,
    responsibleId: placement.responsibleId,
    scheduledAt: (message.date ?? new Date()).toISOString(),
    done: true,
  });
  await repo.setDirection(tx, actor, activity.id, direction);
  return activity.id;
}

/** The .eml and every attachment as documents, and the mail itself with its HTML made safe. */
async function storeMail(tx: Database, actor: Actor, activityId: string, message: Message, { placement }: Journaling) {
  const files = [
    { name: emlName(message.subject), contentType: 'message/rfc822', content: message.raw, kind: 'message' as const },
    ...message.attachments.map((a) => ({ name: a.name, contentType: a.contentType, content: a.content, kind: 'attachment' as const })),
  ];
  const [eml, ...parts] = await attachToNewActivity(tx, actor, activityId, files);
  const attachments = parts.map((doc, i) => ({
    documentId: doc.id,
    name: doc.name,
    contentType: doc.contentType,
    size: doc.size,
    contentId: message.attachments[i].contentId,
  }));
  const byCid = new Map(attachments.filter((a) => a.contentId).map((a) => [a.contentId, a.documentId]));
  const safe = message.html ? sanitizeMailHtml(message.html, (cid) => (byCid.has(cid) ? `/api/v1/documents/${byCid.get(cid)}/content` : null)) : null;
  await repo.insertMailMessage(tx, {
    activityId,
    workspaceId: actor.workspaceId,
    messageId: message.messageId,
    inReplyTo: message.inReplyTo,
    source: placement.source,
    subject: message.subject,
    fromAddress: message.from,
    toAddresses: message.to,
    ccAddresses: message.cc,
    sentAt: message.date ?? new Date(),
    text: message.text,
    html: safe?.html ?? null,
    hasRemoteImages: safe?.hasRemoteImages ?? false,
    messageDocumentId: eml.id,
    attachments,
  });
}
