import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { mailboxes, mailboxFolders, users, type SyncProgress } from '../../db/schema';
import type { MailboxRow } from './mailboxes.repository';

/** How long a sync run's claim lasts without a sign of life; every message renews it. */
export const LEASE_SECONDS = 600;

/**
 * Claims the mailbox for one sync run, in one statement: only when no other run (in any process)
 * holds a live lease. A run that died leaves its lease to run out, then the next run takes over.
 */
export async function claim(db: Queryable, id: string, owner: string): Promise<MailboxRow | null> {
  const [row] = await db
    .update(mailboxes)
    .set({
      status: 'syncing',
      syncOwner: owner,
      syncLeaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      lastAttemptAt: sql`now()`,
      progress: null,
    })
    .where(and(eq(mailboxes.id, id), sql`(${mailboxes.syncOwner} IS NULL OR ${mailboxes.syncLeaseUntil} < now())`))
    .returning();
  return row ?? null;
}

/** Progress and a renewed lease; false when the lease was lost (the run must stop). */
export async function reportProgress(db: Queryable, id: string, owner: string, progress: SyncProgress): Promise<boolean> {
  const rows = await db
    .update(mailboxes)
    .set({ progress, syncLeaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
    .where(and(eq(mailboxes.id, id), eq(mailboxes.syncOwner, owner)))
    .returning({ id: mailboxes.id });
  return rows.length > 0;
}

/** Ends the run: idle with the time of success, or error with why; the lease is given back either way. */
export async function release(db: Queryable, id: string, owner: string, outcome: { error: { code: string; message: string } | null; aborted?: boolean }) {
  const { error, aborted } = outcome;
  const done = !error && !aborted;
  await db
    .update(mailboxes)
    .set({
      status: error ? 'error' : 'idle',
      progress: null,
      syncOwner: null,
      syncLeaseUntil: null,
      ...(done ? { lastSyncAt: sql`now()`, lastError: null, lastErrorCode: null } : {}),
      ...(error ? { lastError: error.message, lastErrorCode: error.code } : {}),
    })
    .where(and(eq(mailboxes.id, id), eq(mailboxes.syncOwner, owner)));
}

export interface FolderState {
  uidValidity: number;
  lastUid: number;
}

export async function folderState(db: Queryable, mailboxId: string, folder: string): Promise<FolderState | null> {
  const [row] = await db
    .select({ uidValidity: mailboxFolders.uidValidity, lastUid: mailboxFolders.lastUid })
    .from(mailboxFolders)
    .where(and(eq(mailboxFolders.mailboxId, mailboxId), eq(mailboxFolders.folder, folder)));
  return row ?? null;
}

/** A folder seen for the first time, or with a new UIDVALIDITY: read it from the start. */
export async function resetFolder(db: Queryable, mailboxId: string, folder: string, uidValidity: number) {
  await db
    .insert(mailboxFolders)
    .values({ mailboxId, folder, uidValidity, lastUid: 0 })
    .onConflictDoUpdate({ target: [mailboxFolders.mailboxId, mailboxFolders.folder], set: { uidValidity, lastUid: 0 } });
}

/** The resume point moves forward only, and only within the UIDVALIDITY it was read under. */
export async function advanceFolder(db: Queryable, mailboxId: string, folder: string, uidValidity: number, uid: number) {
  await db
    .update(mailboxFolders)
    .set({ lastUid: sql`GREATEST(${mailboxFolders.lastUid}, ${uid})` })
    .where(and(eq(mailboxFolders.mailboxId, mailboxId), eq(mailboxFolders.folder, folder), eq(mailboxFolders.uidValidity, uidValidity)));
}

/**
 * Mailboxes whose periodic sync is due (last attempt longer ago than the interval, no live run, an
 * active owner), marked queued in the same statement so a second caller does not queue them again.
 */
export async function takeDue(db: Queryable, intervalSeconds: number, limit = 200): Promise<string[]> {
  const due = db
    .select({ id: mailboxes.id })
    .from(mailboxes)
    .innerJoin(users, and(eq(users.id, mailboxes.userId), eq(users.active, true)))
    .where(
      and(
        sql`(${mailboxes.syncOwner} IS NULL OR ${mailboxes.syncLeaseUntil} < now())`,
        sql`(${mailboxes.lastAttemptAt} IS NULL OR ${mailboxes.lastAttemptAt} < now() - make_interval(secs => ${intervalSeconds}))`,
      ),
    )
    .orderBy(sql`${mailboxes.lastAttemptAt} NULLS FIRST`)
    .limit(limit)
    .for('update', { of: mailboxes, skipLocked: true });
  const rows = await db
    .update(mailboxes)
    .set({ status: 'queued', lastAttemptAt: sql`now()` })
    .where(inArray(mailboxes.id, due))
    .returning({ id: mailboxes.id });
  return rows.map((r) => r.id);
}
