import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { users, workspaces } from './workspaces';

/** How far a running sync got, shown on the mailbox page. */
export interface SyncProgress {
  folder: string;
  done: number;
  total: number;
}

/**
 * A user's IMAP account (issue 16), synced in the background. The password is sealed with
 * TEND_SECRET_KEY (crypto/secrets.ts) and never leaves the server. `syncOwner`/`syncLeaseUntil`
 * are a lease: the one sync run holding it (in any process) renews it as it goes; a crashed run's
 * lease runs out and the next run takes over.
 */
export const mailboxes = pgTable(
  'mailboxes',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    host: text('host').notNull(),
    port: integer('port').notNull(),
    tls: boolean('tls').notNull().default(true),
    username: text('username').notNull(),
    passwordSealed: text('password_sealed').notNull(),
    folders: text('folders').array().notNull().default(sql`'{INBOX,Sent}'`),
    /** A folder read from the start (first sync, new UIDVALIDITY, another account) reads mail from this day on; null: all of it. */
    syncSince: date('sync_since', { mode: 'string' }),
    /** The user's other addresses in this mailbox: mail from one of them is outgoing. Lower case. */
    aliases: text('aliases').array().notNull().default(sql`'{}'`),
    status: text('status').notNull().default('idle'),
    lastSyncAt: tstz('last_sync_at'),
    lastError: text('last_error'),
    /** Why, as a code the page says in the reader's language (sync-errors.ts). */
    lastErrorCode: text('last_error_code'),
    /** When a sync was last queued or started: the periodic run waits the interval after it, failed or not. */
    lastAttemptAt: tstz('last_attempt_at'),
    progress: jsonb('progress').$type<SyncProgress>(),
    syncOwner: uuid('sync_owner'),
    syncLeaseUntil: tstz('sync_lease_until'),
    /** The process holding the mailbox's IMAP IDLE connection (idle.ts), as a lease it renews while it holds it. */
    idleOwner: uuid('idle_owner'),
    idleLeaseUntil: tstz('idle_lease_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('mailboxes_user_idx').on(t.workspaceId, t.userId, t.createdAt)],
);

/** Where a mailbox's folder sync stands: the folder's UIDVALIDITY and the highest UID journaled. */
export const mailboxFolders = pgTable(
  'mailbox_folders',
  {
    mailboxId: uuid('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    folder: text('folder').notNull(),
    uidValidity: bigint('uid_validity', { mode: 'number' }).notNull(),
    lastUid: bigint('last_uid', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.mailboxId, t.folder] })],
);
