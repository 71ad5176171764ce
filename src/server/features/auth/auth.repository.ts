import { and, asc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { apiTokens, sessions, users, workspaces } from '../../db/schema';

export async function insertSession(db: Queryable, id: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ id, userId, expiresAt });
}

export async function deleteSession(db: Queryable, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends a user's sessions, all of them or all but `keepId`. */
export async function deleteSessionsOf(db: Queryable, userId: string, keepId?: string) {
  await db.delete(sessions).where(keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Queryable) {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}

export async function passwordHashOf(db: Queryable, userId: string): Promise<string> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row.hash;
}

export type OwnChanges = {
  name?: string;
  locale?: string;
  timeZone?: string;
  weekStart?: number | null;
  emailReminders?: boolean;
  morningMail?: boolean;
  passwordHash?: string;
};

export async function updateOwnUser(db: Queryable, userId: string, changes: OwnChanges) {
  await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

export async function insertToken(db: Queryable, userId: string, name: string, tokenHash: string) {
  const [row] = await db.insert(apiTokens).values({ userId, name, tokenHash }).returning();
  return row;
}

export async function listTokenRows(db: Queryable, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt));
}

/** Deletes one of the user's tokens; answers whether there was one. */
export async function deleteToken(db: Queryable, userId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .returning({ id: apiTokens.id });
  return deleted.length > 0;
}

export async function deleteTokensOf(db: Queryable, userId: string) {
  await db.delete(apiTokens).where(eq(apiTokens.userId, userId));
}

/** The active accounts with this email (an invited person has none until they accept), oldest first, with their workspace's name; narrowed to one workspace (id or name) if named. */
export async function activeAccounts(db: Queryable, email: string, workspace: string | undefined, limit: number) {
  const named = workspace ? or(sql`${workspaces.id}::text = ${workspace}`, sql`lower(${workspaces.name}) = lower(${workspace})`) : undefined;
  return db
    .select({ user: users, workspaceName: workspaces.name })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(users.email, email), eq(users.active, true), isNull(users.invitedAt), named))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(limit);
}

/** Serialises first-run setup for the rest of the transaction, so two attempts cannot both succeed. */
export async function lockFirstRun(db: Queryable) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(72367)`);
}
