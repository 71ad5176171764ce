import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { hashSecret, newSecret } from '../../auth/tokens';
import { SESSION_DAYS } from '../../auth/authenticate';
import type { Database, Queryable } from '../../db/client';
import { apiTokens, sessions, users } from '../../db/schema';
import type { Actor } from '../../db/scope';
import { invalid, notFound } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import { getUser } from '../users/users.service';
import { assertCan } from '../../access/policy';

export async function startSession(db: Queryable, userId: string): Promise<string> {
  // No access check: the caller has just proven who they are (sign-in, setup).
  const secret = newSecret('tnd_s');
  await db.insert(sessions).values({ id: hashSecret(secret), userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000) });
  return secret;
}

export async function logout(db: Database, secret: string | undefined) {
  // No access check: whoever holds a session's secret may end it.
  if (secret) await db.delete(sessions).where(eq(sessions.id, hashSecret(secret)));
}

/**
 * A changed password ends every other way in: the caller's other sessions and all their API
 * tokens (whoever knew the old password may have made one). The session making the change stays.
 */
export async function updateMe(
  db: Database,
  actor: Actor,
  input: { name?: string; locale?: string; timeZone?: string; password?: string; currentPassword?: string },
  kdfCost: number,
  currentSession?: string,
) {
  assertCan(actor, 'change', { kind: 'user', ownership: 'own' });
  const { password, currentPassword, ...fields } = input;
  let passwordHash: string | undefined;
  if (password) {
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
    if (!currentPassword || !(await verifyPassword(currentPassword, row.hash))) throw invalid({ currentPassword: 'Wrong password' });
    passwordHash = await hashPassword(password, kdfCost);
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...fields, ...(passwordHash ? { passwordHash } : {}), updatedAt: new Date() })
      .where(eq(users.id, actor.userId));
    if (!passwordHash) return;
    const others = currentSession ? and(eq(sessions.userId, actor.userId), ne(sessions.id, hashSecret(currentSession))) : eq(sessions.userId, actor.userId);
    await tx.delete(sessions).where(others);
    await tx.delete(apiTokens).where(eq(apiTokens.userId, actor.userId));
  });
  return getUser(db, actor, actor.userId);
}

export async function createToken(db: Database, actor: Actor, name: string) {
  assertCan(actor, 'create', { kind: 'token' });
  const token = newSecret('tnd_t');
  const [row] = await db
    .insert(apiTokens)
    .values({ userId: actor.userId, name, tokenHash: hashSecret(token) })
    .returning();
  return { id: row.id, name: row.name, token };
}

export async function listTokens(db: Database, actor: Actor) {
  assertCan(actor, 'read', { kind: 'token', ownership: 'own' }); // the caller's own: the query filters by user
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, actor.userId)).orderBy(asc(apiTokens.createdAt));
  return {
    items: rows.map((t) => ({ id: t.id, name: t.name, createdAt: iso(t.createdAt), lastUsedAt: isoOrNull(t.lastUsedAt) })),
    nextCursor: null,
  };
}

export async function revokeToken(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'delete', { kind: 'token', ownership: 'own' }); // another's token is not found (404)
  const deleted = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId)))
    .returning({ id: apiTokens.id });
  if (deleted.length === 0) throw notFound('Token');
  return { ok: true as const };
}

/** Expired sessions are removed now and then so the table does not grow forever. */
export async function pruneSessions(db: Database) {
  // No access check: housekeeping of the server itself, for no caller.
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}

const PRUNE_EVERY_MS = 3_600_000;
const lastPruned = new WeakMap<Database, number>();

/**
 * Prunes expired sessions at most once an hour per process and database, from sign-in (frequent
 * enough, and one sign-in an hour waits for one DELETE); answers whether it ran.
 */
export async function pruneSessionsIfDue(db: Database, now = Date.now()): Promise<boolean> {
  // No access check: housekeeping of the server itself, for no caller.
  const last = lastPruned.get(db);
  if (last !== undefined && now - last < PRUNE_EVERY_MS) return false;
  lastPruned.set(db, now);
  await pruneSessions(db);
  return true;
}
