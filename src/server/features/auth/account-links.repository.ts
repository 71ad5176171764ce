import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { accountLinks, users, workspaces } from '../../db/schema';

export type LinkPurpose = 'reset' | 'invitation';

export async function insertLink(
  db: Queryable,
  values: { userId: string; purpose: LinkPurpose; tokenHash: string; createdById: string | null; expiresAt: Date },
) {
  const [row] = await db.insert(accountLinks).values(values).returning();
  return row;
}

/** Removes a user's links of one purpose (a new link replaces the old ones), or only the unused ones. */
export async function deleteLinksOf(db: Queryable, userId: string, purpose: LinkPurpose, options: { unusedOnly?: boolean } = {}) {
  await db
    .delete(accountLinks)
    .where(and(eq(accountLinks.userId, userId), eq(accountLinks.purpose, purpose), options.unusedOnly ? isNull(accountLinks.usedAt) : undefined));
}

/**
 * Uses a link: ONE conditional UPDATE sets `used_at` only while it is unused and unexpired, so of
 * two requests with one token at once exactly one gets the row back. Answers the link's user, or
 * null for a bogus, used or expired token (the caller then asks `linkState` why).
 */
export async function useLink(db: Queryable, tokenHash: string, purpose: LinkPurpose) {
  const [row] = await db
    .update(accountLinks)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountLinks.tokenHash, tokenHash), eq(accountLinks.purpose, purpose), isNull(accountLinks.usedAt), gt(accountLinks.expiresAt, sql`now()`)))
    .returning({ userId: accountLinks.userId, tokenHash: accountLinks.tokenHash });
  return row ?? null;
}

/** Why a token could not be used: unknown, used already, or expired. */
export async function linkState(db: Queryable, tokenHash: string, purpose: LinkPurpose): Promise<'unknown' | 'used' | 'expired'> {
  const [row] = await db
    .select({ usedAt: accountLinks.usedAt })
    .from(accountLinks)
    .where(and(eq(accountLinks.tokenHash, tokenHash), eq(accountLinks.purpose, purpose)));
  if (!row) return 'unknown';
  return row.usedAt ? 'used' : 'expired';
}

/** The active, not-invited accounts with this email in every workspace (forgot password), oldest first. */
export async function accountsByEmail(db: Queryable, email: string, limit: number) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, workspaceName: workspaces.name })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(users.email, email), eq(users.active, true), isNull(users.invitedAt)))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(limit);
}

/** Sets a new password hash; for an invited person also ends the invitation (and sets the name they chose). */
export async function setPassword(db: Queryable, userId: string, passwordHash: string, name?: string) {
  const [row] = await db
    .update(users)
    .set({ passwordHash, invitedAt: null, updatedAt: new Date(), ...(name ? { name } : {}) })
    .where(eq(users.id, userId))
    .returning();
  return row;
}
