import { z } from 'zod';
import { dateTimeOutSchema, requiredText } from './common';
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

const hostSchema = z
  .string()
  .trim()
  .min(1, { message: 'Required' })
  .max(253, { message: 'At most 253 characters' })
  .regex(...matching(/^[A-Za-z0-9.:_-]+$/, 'invalid', 'A host name or address, such as imap.example.com'));

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
};

export const mailboxCreateSchema = z.object({
  ...mailboxFields,
  tls: mailboxFields.tls.default(true),
  folders: mailboxFields.folders.default(DEFAULT_FOLDERS),
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
};
export const mailboxFormSchema = z.object({ ...formFields, password: passwordSchema });
export const mailboxEditFormSchema = z.object({ ...formFields, password: z.string().max(1000, { message: 'At most 1000 characters' }) });
export type MailboxForm = z.input<typeof mailboxFormSchema>;
