import { boolean, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { MailAddress, MailDirection, MailSource } from '../../../shared/mail';
import { activities } from './activities';
import { createdAt, id, tstz } from './columns';
import { bytea } from './documents';
import { users, workspaces } from './workspaces';

const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/** An attachment of a journaled mail, as its document: the message view lists these. */
export interface StoredAttachment {
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  contentId: string | null;
}

/**
 * The mail of an email activity (migration 0031): its headers, sanitised HTML and where its .eml
 * and attachments are. The Message-ID is unique per workspace, so the same mail journaled twice
 * (by two colleagues, IMAP and a drop, or two requests at once) is one activity.
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    activityId: uuid('activity_id')
      .primaryKey()
      .references(() => activities.id, { onDelete: 'cascade' }),
    workspaceId: workspaceId(),
    /** The Message-ID header, or for a mail without one `<sha256 of its bytes@tend.invalid>`. */
    messageId: text('message_id').notNull(),
    inReplyTo: text('in_reply_to'),
    source: text('source').$type<MailSource>().notNull(),
    subject: text('subject').notNull(),
    fromAddress: jsonb('from_address').$type<MailAddress | null>(),
    toAddresses: jsonb('to_addresses').$type<MailAddress[]>().notNull().default([]),
    ccAddresses: jsonb('cc_addresses').$type<MailAddress[]>().notNull().default([]),
    sentAt: tstz('sent_at').notNull(),
    text: text('text').notNull(),
    /** Sanitised when journaled (see mail/sanitize.ts): no scripts, remote images held back. */
    html: text('html'),
    hasRemoteImages: boolean('has_remote_images').notNull().default(false),
    messageDocumentId: uuid('message_document_id'),
    attachments: jsonb('attachments').$type<StoredAttachment[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [unique('mail_messages_message_id_key').on(t.workspaceId, t.messageId)],
);

/**
 * A mail that matched no customer, waiting in its user's list to be assigned or discarded. The raw
 * bytes are kept so assigning journals the whole message later.
 */
export const mailUnmatched = pgTable(
  'mail_unmatched',
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    source: text('source').$type<MailSource>().notNull(),
    direction: text('direction').$type<MailDirection>().notNull(),
    messageId: text('message_id').notNull(),
    subject: text('subject').notNull(),
    fromAddress: jsonb('from_address').$type<MailAddress | null>(),
    toAddresses: jsonb('to_addresses').$type<MailAddress[]>().notNull().default([]),
    ccAddresses: jsonb('cc_addresses').$type<MailAddress[]>().notNull().default([]),
    sentAt: tstz('sent_at').notNull(),
    preview: text('preview').notNull().default(''),
    attachmentCount: integer('attachment_count').notNull().default(0),
    size: integer('size').notNull(),
    raw: bytea('raw').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // One waiting copy per user and message: dropping the same mail twice keeps one.
    unique('mail_unmatched_message_key').on(t.workspaceId, t.userId, t.messageId),
    index('mail_unmatched_list_idx').on(t.workspaceId, t.userId, t.createdAt, t.id),
    index('mail_unmatched_ws_list_idx').on(t.workspaceId, t.createdAt, t.id),
  ],
);

/** Settings list `mail-rules`: an address or `@domain` whose mail is never journaled. */
export const mailRules = pgTable(
  'mail_rules',
  {
    id: id(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    order: integer('sort_order').notNull().default(0),
    pattern: text('pattern').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('mail_rules_ws_idx').on(t.workspaceId)],
);
