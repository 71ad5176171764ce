import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import type { MailSource } from '../../../shared/mail';

export interface JournalOptions {
  /** How the message came: posted or dropped, synced from IMAP, or sent to the drop-box. */
  source: MailSource;
  /** IMAP keeps only mail that matches a customer: an unmatched message is then `skipped` and nothing is stored. */
  onlyMatched?: boolean;
  /** Dropped onto a customer's (or contact's) page: journaled there even when no address matches. */
  customerId?: string;
  contactId?: string;
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

/**
 * Journals one raw message (RFC 5322 bytes) as `actor`: an Email activity with its .eml and
 * attachments as documents, matched to customers and contacts by its addresses, in one
 * transaction. Throws AppError 400 (`message_unreadable`) for a body that is no mail message.
 */
export async function journalMessage(db: Database, actor: Actor, raw: Buffer, options: JournalOptions): Promise<JournalResult> {
  void db;
  void actor;
  void raw;
  void options;
  throw new Error('not built yet');
}
