import { onFirstUse } from '../../lazy-require';
import { createHash } from 'node:crypto';
import type { AddressObject, Attachment, ParsedMail } from 'mailparser';
import type { MailAddress } from '../../../shared/mail';
import { problem } from '../../http/errors';

const mailparser = onFirstUse<typeof import('mailparser')>('mailparser');

/** An attachment of a message, as it becomes a document. */
export interface MessagePart {
  name: string;
  contentType: string;
  content: Buffer;
  /** The Content-ID without brackets, for `cid:` images in the HTML. */
  contentId: string | null;
}

/** A message as journaling needs it. */
export interface Message {
  /** The bytes of the message itself (the inner one of a mail forwarded as an attachment). */
  raw: Buffer;
  /** The Message-ID header, or `<sha256 of the bytes@tend.invalid>` for a mail without one. */
  messageId: string;
  /** True when the Message-ID was made up from the bytes. */
  messageIdMadeUp: boolean;
  inReplyTo: string | null;
  subject: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** The Date header; null when missing or not a date. */
  date: Date | null;
  text: string;
  /** As the mail had it: sanitise before showing (sanitize.ts). */
  html: string | null;
  attachments: MessagePart[];
}

/** A wrapper around a forwarded mail is short ("FYI, see below"); a longer text is a mail of its own. */
const WRAPPER_TEXT_MAX = 2_000;

const options = { keepCidLinks: true, ignoreEmbedded: true, skipTextToHtml: true, checksumAlgo: false } as const;

const unreadable = (why: string) => problem('bad_request', 'message_unreadable', `The request body is not a mail message Tend can read: ${why}`);

function addressesOf(header: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const flat = objects.flatMap((o) => o.value).flatMap((a) => (a.group ? a.group : [a]));
  return flat.filter((a) => a.address?.includes('@')).map((a) => ({ name: a.name.trim() || null, address: (a.address ?? '').trim() }));
}

/** Text PostgreSQL can store: no NUL characters. */
const storable = (text: string) => text.replaceAll('\u0000', '');

function partOf(attachment: Attachment, index: number): MessagePart {
  const fallback = attachment.contentType === 'message/rfc822' ? `message-${index + 1}.eml` : `attachment-${index + 1}`;
  return {
    name: storable(attachment.filename?.trim() || fallback),
    contentType: attachment.contentType || 'application/octet-stream',
    content: attachment.content,
    contentId: attachment.cid ?? null,
  };
}

function madeUpId(raw: Buffer): string {
  return `<${createHash('sha256').update(raw).digest('hex')}@tend.invalid>`;
}

function messageOf(raw: Buffer, parsed: ParsedMail): Message {
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null;
  const messageId = parsed.messageId?.trim() || null;
  return {
    raw,
    messageId: storable(messageId ?? madeUpId(raw)),
    messageIdMadeUp: messageId === null,
    inReplyTo: parsed.inReplyTo ? storable(parsed.inReplyTo) : null,
    subject: storable(parsed.subject?.trim() ?? ''),
    from: addressesOf(parsed.from)[0] ?? null,
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    date,
    text: storable(parsed.text ?? ''),
    html: typeof parsed.html === 'string' ? storable(parsed.html) : null,
    attachments: parsed.attachments.map(partOf),
  };
}

/** Parses and refuses what is no mail: no header at all, or neither From nor Date. */
async function parseOne(raw: Buffer): Promise<ParsedMail> {
  let parsed: ParsedMail;
  try {
    parsed = await mailparser().simpleParser(raw, options);
  } catch {
    throw unreadable('it could not be parsed');
  }
  if (parsed.headers.size === 0) throw unreadable('it has no mail headers');
  if (!parsed.from && !parsed.headers.has('date')) throw unreadable('it has neither a From nor a Date header');
  return parsed;
}

/** The one forwarded mail of a short wrapper: a mail forwarded as an attachment is journaled as itself. */
function forwardedInside(parsed: ParsedMail): Attachment | null {
  const messages = parsed.attachments.filter((a) => a.contentType === 'message/rfc822');
  if (messages.length !== 1) return null;
  const others = parsed.attachments.filter((a) => a.contentType !== 'message/rfc822' && !a.related);
  if (others.length > 0 || (parsed.text ?? '').trim().length > WRAPPER_TEXT_MAX) return null;
  return messages[0];
}

/**
 * Reads a raw message (RFC 5322). A short mail whose one attachment is a mail (forwarded as an
 * attachment, "FYI") is read as that inner mail. 400 `message_unreadable` for a body that is none.
 */
export async function parseMessage(raw: Buffer): Promise<Message> {
  if (raw.length === 0) throw unreadable('it is empty');
  const parsed = await parseOne(raw);
  const inner = forwardedInside(parsed);
  if (inner) {
    try {
      return messageOf(inner.content, await parseOne(inner.content));
    } catch {
      // An attached "mail" that is none: journal the wrapper as it is.
    }
  }
  return messageOf(raw, parsed);
}
