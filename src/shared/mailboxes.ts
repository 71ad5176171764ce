import { z } from 'zod';
import { dateSchema, dateTimeOutSchema, emailSchema, requiredText } from './common';
import { because, matching } from './reasons';

export const MAILBOX_STATUSES = ['idle', 'queued', 'syncing', 'error'] as const;
export const SYNC_ERROR_CODES = [
  'auth_failed',
  'connect_failed',
  'host_unknown',
  'tls_failed',
  'timeout',
  'folder_missing',
  'secret_key',
  'user_inactive',
  'failed',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];
export const DEFAULT_FOLDERS = ['INBOX', 'Sent'];
export const MAX_FOLDERS = 20;
export const MAX_ALIASES = 20;
/** A new mailbox's first sync reads this many days back unless told otherwise. */
export const DEFAULT_SYNC_DAYS = 30;

/** The day `days` before `now` (UTC), as YYYY-MM-DD: a new mailbox's default `syncSince`. */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

const hostSchema = z
  .string()
  .trim()
  .min(1, { message: 'Required' })
  .max(253, { message: 'At most 253 characters' })
  .regex(...matching(/^[A-Za-z0-9.:_-]+$/, 'invalid', 'A host name or address, such as imap.example.com'));

const aliasesSchema = z
  .array(emailSchema)
  .max(MAX_ALIASES, { message: `At most ${MAX_ALIASES}` })
  .refine((addresses) => new Set(addresses).size === addresses.length, because('duplicate', 'Each address only once'));

const foldersSchema = z
  .array(requiredText(200))
  .min(1, { message: 'At least one' })
  .max(MAX_FOLDERS, { message: `At most ${MAX_FOLDERS}` })
  .refine((names) => new Set(names).size === names.length, because('duplicate', 'Each folder only once'));

/** Typed as it is (no trimming): a password may start or end with a space. */
const passwordSchema = z.string().min(1, { message: 'Required' }).max(1000, { message: 'At most 1000 characters' });

const mailboxFields = {
  host: hostSchema,
  port: z.number().int({ message: 'A whole number' }).min(1, { message: 'At least 1' }).max(65535, { message: 'At most 65535' }),
  tls: z.boolean().describe('TLS from the start (IMAPS, usually port 993); off: plain IMAP (port 143), upgraded with STARTTLS when the server offers it'),
  username: requiredText(320),
  folders: foldersSchema.describe("Which folders to read; a folder named Sent (or the server's sent-mail folder) is journaled as outgoing mail"),
  syncSince: dateSchema
    .nullable()
    .describe(
      'A folder read from the start (the first sync, a new UIDVALIDITY, another account) reads only mail that arrived on or after this day; null reads all of it. Later syncs go on from the last message read.',
    ),
  aliases: aliasesSchema.describe(
    'Your other addresses in this mailbox (besides your Tend address): mail from one of them is outgoing, and they never match a customer',
  ),
};

export const mailboxCreateSchema = z.object({
  ...mailboxFields,
  tls: mailboxFields.tls.default(true),
  folders: mailboxFields.folders.default(DEFAULT_FOLDERS),
  syncSince: mailboxFields.syncSince.optional().describe(`Default: ${DEFAULT_SYNC_DAYS} days before today (UTC). ${mailboxFields.syncSince.description}`),
  aliases: mailboxFields.aliases.default([]),
  password: passwordSchema.describe('Write-only: stored encrypted with TEND_SECRET_KEY, never shown again'),
});
export type MailboxCreate = z.output<typeof mailboxCreateSchema>;
export type MailboxCreateInput = z.input<typeof mailboxCreateSchema>;

/** A PATCH names what it changes; without `password` the stored one stays. */
export const mailboxUpdateSchema = z.object({ ...mailboxFields, password: passwordSchema }).partial();
export type MailboxUpdate = z.output<typeof mailboxUpdateSchema>;

export const syncProgressSchema = z.object({ folder: z.string(), done: z.number(), total: z.number() });

export const mailboxSchema = z.object({
  id: z.string(),
  host: z.string(),
  port: z.number(),
  tls: z.boolean(),
  username: z.string(),
  folders: z.array(z.string()),
  syncSince: z.string().nullable().describe('YYYY-MM-DD: a folder read from the start reads mail from this day on; null: all of it'),
  aliases: z.array(z.string()).describe('Your other addresses in this mailbox: mail from them is outgoing'),
  status: z.enum(MAILBOX_STATUSES),
  lastSyncAt: dateTimeOutSchema.nullable().describe('When the last sync finished without an error'),
  lastError: z.string().nullable().describe('Why the last sync failed, in English (cleared by the next one that succeeds); never holds the password'),
  lastErrorCode: z.enum(SYNC_ERROR_CODES).nullable().describe('The same as a code clients say in their own language'),
  progress: syncProgressSchema.nullable().describe('While syncing: the folder being read and how many of its new messages are done'),
  createdAt: dateTimeOutSchema,
});
export type Mailbox = z.infer<typeof mailboxSchema>;

/**
 * The mailbox form in the web app, checked with the same field rules: the port as typed, the
 * folders as one comma-separated line. On edit an empty password keeps the stored one.
 */
const formFields = {
  host: hostSchema,
  port: z.coerce
    .number<string>({ message: 'A whole number' })
    .int({ message: 'A whole number' })
    .min(1, { message: 'At least 1' })
    .max(65535, { message: 'At most 65535' }),
  tls: z.boolean(),
  username: requiredText(320),
  folders: z
    .string()
    .transform((line) =>
      line
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(foldersSchema),
  /** The day as the date field gives it; empty: all mail. */
  syncSince: z
    .string()
    .transform((day) => (day.trim() === '' ? null : day.trim()))
    .pipe(dateSchema.nullable()),
  aliases: z
    .string()
    .transform((line) =>
      line
        .split(/[,\s]+/)
        .map((address) => address.trim())
        .filter(Boolean),
    )
    .pipe(aliasesSchema),
};
export const mailboxFormSchema = z.object({ ...formFields, password: passwordSchema });
export const mailboxEditFormSchema = z.object({ ...formFields, password: z.string().max(1000, { message: 'At most 1000 characters' }) });
export type MailboxForm = z.input<typeof mailboxFormSchema>;
