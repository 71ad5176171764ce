import { z } from 'zod';
import { activitySchema } from './activities';
import { dateTimeOutSchema, idSchema, pageQuerySchema } from './common';
import { matching } from './reasons';
import { listItemCreateSchema, listItemSchema, listItemUpdateSchema } from './settings';

/** Mail journaling (issue 16): what the mail API takes and answers. */

/** `out` when the mail was sent from a Tend user's address (a user of the workspace), else `in`. */
export const mailDirectionSchema = z.enum(['in', 'out']);
export type MailDirection = z.infer<typeof mailDirectionSchema>;

/** How a message reached Tend: posted or dropped (`upload`), synced from a mailbox (`imap`), sent to the drop-box (`dropbox`). */
export const mailSourceSchema = z.enum(['upload', 'imap', 'dropbox']);
export type MailSource = z.infer<typeof mailSourceSchema>;

/** One address of a header: `"Mette Bæk" <mette@baek.dk>` is `{name: 'Mette Bæk', address: 'mette@baek.dk'}`. */
export const mailAddressSchema = z.object({ name: z.string().nullable(), address: z.string() });
export type MailAddress = z.infer<typeof mailAddressSchema>;

/**
 * `POST /api/v1/mail/messages?customerId=&contactId=`: a message dropped onto a customer's or a
 * contact's page goes there even when none of its addresses match.
 */
export const journalQuerySchema = z.object({ customerId: idSchema.optional(), contactId: idSchema.optional() });
export type JournalQuery = z.infer<typeof journalQuerySchema>;

/** 201 (a new activity) and 200 (the same Message-ID was journaled before: that activity). */
export const journaledSchema = z.object({ activity: activitySchema });
export type Journaled = z.infer<typeof journaledSchema>;

/** 202: no customer matched; the message waits in the unmatched list until assigned or discarded. */
export const journalUnmatchedSchema = z.object({ unmatchedId: z.string() });
export type JournalUnmatched = z.infer<typeof journalUnmatchedSchema>;

/** A message that matched no customer, waiting for its user to assign or discard it. */
export const unmatchedMessageSchema = z.object({
  id: z.string(),
  /** The user who journaled it (whose list it is in). */
  userId: z.string(),
  source: mailSourceSchema,
  direction: mailDirectionSchema,
  messageId: z.string().nullable(),
  subject: z.string(),
  from: mailAddressSchema.nullable(),
  to: z.array(mailAddressSchema),
  cc: z.array(mailAddressSchema),
  /** The mail's Date header (when missing: when Tend received it). */
  date: dateTimeOutSchema,
  /** The first lines of the text, for the list. */
  preview: z.string(),
  attachmentCount: z.number().int(),
  size: z.number().int(),
  createdAt: dateTimeOutSchema,
});
export type UnmatchedMessage = z.infer<typeof unmatchedMessageSchema>;

/** `GET /api/v1/mail/unmatched`: newest first, paged like every list. Admins may add `all=true` for everyone's. */
export const unmatchedQuerySchema = pageQuerySchema.extend({
  all: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type UnmatchedQuery = z.infer<typeof unmatchedQuerySchema>;

/** `POST /api/v1/mail/unmatched/{id}/assign`: journal it on this customer (and contact). */
export const unmatchedAssignSchema = z.object({
  customerId: idSchema,
  contactId: idSchema.optional(),
  /** The contact learns the mail's counterpart address when it has no email yet. */
  learnAddress: z.boolean().optional(),
});
export type UnmatchedAssign = z.infer<typeof unmatchedAssignSchema>;

/** An attachment of a journaled mail: a document of the activity. */
export const mailAttachmentSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Set for an inline image the HTML shows (`cid:`). */
  contentId: z.string().nullable(),
});
export type MailAttachment = z.infer<typeof mailAttachmentSchema>;

/**
 * `GET /api/v1/activities/{id}/message`: the mail of an email activity. `html` is sanitised: no
 * scripts, event handlers, forms or styles that load anything; remote images carry their address in
 * `data-remote-src` (no `src`), so nothing is fetched until the reader asks ("Show images" copies it
 * back to `src`); inline images (`cid:`) point at their document's content.
 */
export const mailMessageViewSchema = z.object({
  activityId: z.string(),
  messageId: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  direction: mailDirectionSchema,
  subject: z.string(),
  from: mailAddressSchema.nullable(),
  to: z.array(mailAddressSchema),
  cc: z.array(mailAddressSchema),
  date: dateTimeOutSchema,
  text: z.string(),
  html: z.string().nullable(),
  /** True when the HTML has remote images held back. */
  hasRemoteImages: z.boolean(),
  /** The .eml document. */
  messageDocumentId: z.string().nullable(),
  attachments: z.array(mailAttachmentSchema),
});
export type MailMessageView = z.infer<typeof mailMessageViewSchema>;

/**
 * A `mail-rules` pattern: an address (`ceo@acme.dk`) or a whole domain (`@private.dk`); mail to or
 * from it is never journaled. Kept lower-case.
 */
export const mailPatternSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: 'At most 254 characters' })
  .regex(
    ...matching(
      /^(?:[^@\s]+)?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
      'mail_pattern',
      'An address (name@example.com) or a domain with its @ (@example.com)',
    ),
  );
export const mailRuleSchema = listItemSchema.extend({ pattern: z.string() });
export type MailRule = z.infer<typeof mailRuleSchema>;
export const mailRuleCreateSchema = listItemCreateSchema.extend({ pattern: mailPatternSchema });
export const mailRuleUpdateSchema = listItemUpdateSchema.extend({ pattern: mailPatternSchema.optional() });
