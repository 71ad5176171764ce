import { and, asc, eq, sql } from 'drizzle-orm';
import { actorColumns } from '../../auth/authenticate';
import type { Queryable } from '../../db/client';
import { mailboxes, mailboxFolders, users, workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';

export type MailboxRow = typeof mailboxes.$inferSelect;
export type MailboxValues = Pick<MailboxRow, 'host' | 'port' | 'tls' | 'username' | 'passwordSealed' | 'folders' | 'syncSince' | 'aliases'>;

/** Only the caller's own mailboxes: another user's (or workspace's) id finds nothing. */
const own = (actor: Actor, id?: string) =>
  and(eq(mailboxes.workspaceId, actor.workspaceId), eq(mailboxes.userId, actor.userId), id ? eq(mailboxes.id, id) : undefined);

export const listOwn = (db: Queryable, actor: Actor) => db.select().from(mailboxes).where(own(actor)).orderBy(asc(mailboxes.createdAt), asc(mailboxes.id));

export async function findOwn(db: Queryable, actor: Actor, id: string): Promise<MailboxRow | null> {
  const [row] = await db.select().from(mailboxes).where(own(actor, id)).limit(1);
  return row ?? null;
}

export async function insert(db: Queryable, actor: Actor, values: MailboxValues): Promise<MailboxRow> {
  const [row] = await db
    .insert(mailboxes)
    .values({ ...values, workspaceId: actor.workspaceId, userId: actor.userId })
    .returning();
  return row;
}

export async function update(db: Queryable, actor: Actor, id: string, values: Partial<MailboxValues>): Promise<MailboxRow | null> {
  const [row] = await db
    .update(mailboxes)
    // A changed mailbox is let go by its IDLE holder (idle.ts), which connects again with what is stored now.
    .set({ ...values, idleOwner: null, idleLeaseUntil: null, updatedAt: sql`now()` })
    .where(own(actor, id))
    .returning();
  return row ?? null;
}

export async function remove(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const rows = await db.delete(mailboxes).where(own(actor, id)).returning({ id: mailboxes.id });
  return rows.length > 0;
}

/** Marks a mailbox queued for a sync (unless one is running now); answers whether it was idle enough to queue. */
export async function markQueued(db: Queryable, id: string): Promise<boolean> {
  const rows = await db
    .update(mailboxes)
    .set({ status: sql`CASE WHEN ${mailboxes.status} = 'syncing' THEN ${mailboxes.status} ELSE 'queued' END`, lastAttemptAt: sql`now()` })
    .where(eq(mailboxes.id, id))
    .returning({ id: mailboxes.id });
  return rows.length > 0;
}

/** The owner of a mailbox as the actor its mail is journaled as; null when the user is deactivated. */
export async function ownerActor(db: Queryable, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

export async function forgetFolders(db: Queryable, id: string) {
  await db.delete(mailboxFolders).where(eq(mailboxFolders.mailboxId, id));
}
