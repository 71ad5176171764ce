import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { type Queryable, rows } from '../../db/client';
import { notifications } from '../../db/schema';
import type { Actor } from '../../db/scope';

const mine = (actor: Actor) => and(eq(notifications.workspaceId, actor.workspaceId), eq(notifications.userId, actor.userId));

/** The caller's notifications, newest first, after the keyset `after` ([at, id] of the last row seen). */
export const listOwn = (db: Queryable, actor: Actor, limit: number, after: (string | number | null)[] | null = null) =>
  db
    .select()
    .from(notifications)
    .where(and(mine(actor), after ? sql`(${notifications.at}, ${notifications.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined))
    .orderBy(desc(notifications.at), desc(notifications.id))
    .limit(limit);

export async function countUnread(db: Queryable, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(mine(actor), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one read (keeps the first read time); answers the row, or nothing when it is not the caller's. */
export async function markRead(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(mine(actor), eq(notifications.id, id)))
    .returning();
  return row;
}

export async function markAllRead(db: Queryable, actor: Actor): Promise<number> {
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(mine(actor), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return marked.length;
}

/**
 * pg-boss's failed jobs of the last week, per queue. None before the queue first started (a server
 * run without background work, or a fresh database): its tables do not exist yet.
 */
export async function failedJobs(db: Queryable) {
  const [queue] = await rows<{ ready: boolean }>(db, sql`SELECT to_regclass('pgboss.job') IS NOT NULL AS ready`);
  if (!queue?.ready) return [];
  return rows<{ queue: string; failed: number; lastFailedAt: Date }>(
    db,
    sql`SELECT name AS queue, count(*)::int AS failed, max(completed_on) AS "lastFailedAt"
        FROM pgboss.job WHERE state = 'failed' AND completed_on > now() - interval '7 days'
        GROUP BY name ORDER BY name`,
  );
}
