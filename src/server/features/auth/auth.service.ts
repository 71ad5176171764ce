import { hashPassword, verifyPassword } from '../../auth/passwords';
import { hashSecret, newSecret } from '../../auth/tokens';
import { SESSION_DAYS } from '../../auth/authenticate';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { invalid, notFound } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import { getUser } from '../users/users.service';
import { assertCan } from '../../access/policy';
import * as repo from './auth.repository';

export async function startSession(db: Queryable, userId: string): Promise<string> {
  // No access check: the caller has just proven who they are (sign-in, setup).
  const secret = newSecret('tnd_s');
  await repo.insertSession(db, hashSecret(secret), userId, new Date(Date.now() + SESSION_DAYS * 86_400_000));
  return secret;
}

export async function logout(db: Database, secret: string | undefined) {
  // No access check: whoever holds a session's secret may end it.
  if (secret) await repo.deleteSession(db, hashSecret(secret));
}

/**
 * A changed password ends every other way in: the caller's other sessions and all their API
 * tokens (whoever knew the old password may have made one). The session making the change stays.
 */
export async function updateMe(
  db: Database,
  actor: Actor,
  input: {
    name?: string;
    locale?: string;
    timeZone?: string;
    weekStart?: number | null;
    emailReminders?: boolean;
    morningMail?: boolean;
    password?: string;
    currentPassword?: string;
  },
  kdfCost: number,
  currentSession?: string,
) {
  assertCan(actor, 'change', { kind: 'user', ownership: 'own' });
  const { password, currentPassword, ...fields } = input;
  let passwordHash: string | undefined;
  if (password) {
    const hash = await repo.passwordHashOf(db, actor.userId);
    if (!currentPassword || !(await verifyPassword(currentPassword, hash))) throw invalid({ currentPassword: 'Wrong password' }, 'wrong_password');
    passwordHash = await hashPassword(password, kdfCost);
  }
  await db.transaction(async (tx) => {
    await repo.updateOwnUser(tx, actor.userId, { ...fields, ...(passwordHash ? { passwordHash } : {}) });
    if (!passwordHash) return;
    await repo.deleteSessionsOf(tx, actor.userId, currentSession ? hashSecret(currentSession) : undefined);
    await repo.deleteTokensOf(tx, actor.userId);
  });
  return getUser(db, actor, actor.userId);
}

export async function createToken(db: Database, actor: Actor, name: string) {
  assertCan(actor, 'create', { kind: 'token' });
  const token = newSecret('tnd_t');
  const row = await repo.insertToken(db, actor.userId, name, hashSecret(token));
  return { id: row.id, name: row.name, token };
}

export async function listTokens(db: Database, actor: Actor) {
  assertCan(actor, 'read', { kind: 'token', ownership: 'own' }); // the caller's own: the query filters by user
  const rows = await repo.listTokenRows(db, actor.userId);
  return {
    items: rows.map((t) => ({ id: t.id, name: t.name, createdAt: iso(t.createdAt), lastUsedAt: isoOrNull(t.lastUsedAt) })),
    nextCursor: null,
  };
}

export async function revokeToken(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'delete', { kind: 'token', ownership: 'own' }); // another's token is not found (404)
  if (!(await repo.deleteToken(db, actor.userId, id))) throw notFound('Token');
  return { ok: true as const };
}

/** Expired sessions are removed now and then so the table does not grow forever. */
export async function pruneSessions(db: Database) {
  // No access check: housekeeping of the server itself, for no caller.
  await repo.deleteExpiredSessions(db);
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
