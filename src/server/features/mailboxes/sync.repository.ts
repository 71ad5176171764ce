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

/** How long a process's hold on a mailbox's IDLE connection lasts without renewal (renewed every tick). */
export const IDLE_LEASE_SECONDS = 90;

/**
 * Takes the IDLE hold of mailboxes nobody holds (or whose holder's lease ran out), of active owners,
 * for this process, in one statement: two processes asking at once take each mailbox once.
 */
export async function claimIdle(db: Queryable, owner: string, limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const free = db
    .select({ id: mailboxes.id })
    .from(mailboxes)
    .innerJoin(users, and(eq(users.id, mailboxes.userId), eq(users.active, true)))
    .where(sql`(${mailboxes.idleOwner} IS NULL OR ${mailboxes.idleLeaseUntil} < now())`)
    .orderBy(mailboxes.id)
    .limit(limit)
    .for('update', { of: mailboxes, skipLocked: true });
  const rows = await db
    .update(mailboxes)
    .set({ idleOwner: owner, idleLeaseUntil: sql`now() + make_interval(secs => ${IDLE_LEASE_SECONDS})` })
    .where(inArray(mailboxes.id, free))
    .returning({ id: mailboxes.id });
  return rows.map((r) => r.id);
}

/** Renews this process's holds; answers the mailboxes it still holds (a deleted mailbox or a deactivated owner drops out). */
export async function renewIdle(db: Queryable, owner: string): Promise<string[]> {
  const rows = await db
    .update(mailboxes)
    .set({ idleLeaseUntil: sql`now() + make_interval(secs => ${IDLE_LEASE_SECONDS})` })
    .where(and(eq(mailboxes.idleOwner, owner), sql`EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${mailboxes.userId} AND ${users.active})`))
    .returning({ id: mailboxes.id });
  return rows.map((r) => r.id);
}

/** Gives back this process's holds (all, or one), so another process takes them over at once. */
export async function releaseIdle(db: Queryable, owner: string, id?: string) {
  await db
    .update(mailboxes)
    .set({ idleOwner: null, idleLeaseUntil: null })
    .where(and(eq(mailboxes.idleOwner, owner), id ? eq(mailboxes.id, id) : undefined));
}

export async function mailboxById(db: Queryable, id: string): Promise<MailboxRow | null> {
  const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, id)).limit(1);
  return row ?? null;
}
