import type { User, UserCreate, UserUpdate } from '../../../shared/users';
import { hashPassword } from '../../auth/passwords';
import type { Database, Queryable } from '../../db/client';
import { isViolation } from '../../db/constraint-errors';
import type { Actor } from '../../db/scope';
import { AppError, invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import { assertCan } from '../../access/policy';
import { newUserDefaults, workspaceWeekStart } from '../workspaces/workspace-settings.service';
import * as repo from './users.repository';

/** A user as the API shows them; `workspaceWeekStart` is what they follow when they chose no week start. */
export function toUser(row: repo.UserRow, workspaceWeekStart: number): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    workspaceId: row.workspaceId,
    locale: row.locale,
    timeZone: row.timeZone,
    weekStart: row.weekStart ?? workspaceWeekStart,
    ownWeekStart: row.weekStart,
    emailReminders: row.emailReminders,
    morningMail: row.morningMail,
    active: row.active,
    invited: row.invitedAt !== null,
    createdAt: iso(row.createdAt),
  };
}

/** `toUser` with the user's workspace's week start read first. */
export async function presentUser(db: Queryable, row: repo.UserRow): Promise<User> {
  return toUser(row, await workspaceWeekStart(db, row.workspaceId));
}

export async function getUser(db: Queryable, actor: Actor, id: string): Promise<User> {
  assertCan(actor, 'read', { kind: 'user', ...(id === actor.userId ? { ownership: 'own' as const } : {}) });
  const row = await repo.findUser(db, actor, id);
  if (!row) throw notFound('User');
  return presentUser(db, row);
}

/** A user by id regardless of workspace: only for sign-in and setup, before there is an actor. */
export async function userById(db: Queryable, id: string): Promise<User> {
  // No access check: sign-in and setup read the user before there is an actor.
  const row = await repo.findUserById(db, id);
  if (!row) throw notFound('User');
  return presentUser(db, row);
}

/** Everyone may list the workspace's users (pickers need them); only admins change them. */
export async function listUsers(db: Database, actor: Actor): Promise<{ items: User[]; nextCursor: null }> {
  assertCan(actor, 'read', { kind: 'user' });
  const rows = await repo.listUserRows(db, actor);
  const weekStart = await workspaceWeekStart(db, actor.workspaceId);
  return { items: rows.map((row) => toUser(row, weekStart)), nextCursor: null };
}

const emailTaken = () =>
  new AppError('conflict', 'Another user in this workspace already has this email', { email: 'Already in use' }, undefined, undefined, undefined, {
    email: { code: 'in_use' },
  });

/** Emails are unique per workspace: another workspace's users are none of this one's business. */
export async function assertEmailFree(db: Queryable, workspaceId: string, email: string, exceptId?: string) {
  if (await repo.emailInUse(db, workspaceId, email, exceptId)) throw emailTaken();
}

/** Two saves with one email at once: the unique index decides, and the loser gets the same 409. */
const isEmailConflict = (error: unknown) => isViolation(error, 'unique', 'users_workspace_email_key');

export async function orEmailConflict<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    throw isEmailConflict(error) ? emailTaken() : error;
  }
}

export async function createUser(db: Database, actor: Actor, input: UserCreate, kdfCost: number): Promise<User> {
  assertCan(actor, 'create', { kind: 'user' });
  const passwordHash = await hashPassword(input.password, kdfCost);
  return orEmailConflict(
    db.transaction(async (tx) => {
      await assertEmailFree(tx, actor.workspaceId, input.email);
      // Without a language or time zone of their own: the workspace's, not the adding admin's.
      const defaults = await newUserDefaults(tx, actor);
      const row = await repo.insertUser(tx, {
        workspaceId: actor.workspaceId,
        email: input.email,
        name: input.name,
        passwordHash,
        role: input.role,
        locale: input.locale ?? defaults.locale,
        timeZone: input.timeZone ?? defaults.timeZone,
      });
      return toUser(row, defaults.weekStart);
    }),
  );
}

export async function updateUser(db: Database, actor: Actor, id: string, input: UserUpdate, kdfCost: number): Promise<User> {
  assertCan(actor, 'manage', { kind: 'user' });
  const passwordHash = input.password ? await hashPassword(input.password, kdfCost) : undefined;
  return orEmailConflict(
    db.transaction(async (tx) => {
      const existing = await repo.findUser(tx, actor, id);
      if (!existing) throw notFound('User');
      // An admin cannot lock themselves out: someone must stay able to manage the workspace.
      if (id === actor.userId && (input.active === false || (input.role && input.role !== 'admin'))) {
        throw invalid({ [input.active === false ? 'active' : 'role']: 'You cannot deactivate yourself or give up your own admin role' }, 'own_account');
      }
      // A partner is an outside person tied to one customer: they are never turned into staff.
      if (existing.role === 'partner' && input.role) throw invalid({ role: 'A partner cannot be given a staff role' }, 'cannot_change');
      if (input.email) await assertEmailFree(tx, actor.workspaceId, input.email, id);
      const { password: _p, ...fields } = input;
      // A password set by an admin also ends a pending invitation: the person can sign in with it.
      const row = await repo.updateUserRow(tx, actor, id, { ...fields, ...(passwordHash ? { passwordHash, invitedAt: null } : {}) });
      // A deactivated user, or one whose password an admin reset, is signed out everywhere at once,
      // and their API tokens end too: reactivating a user must not bring old tokens back.
      if (input.active === false || passwordHash) {
        await repo.deleteSessionsAndTokens(tx, id);
        await repo.deleteAccountLinks(tx, id);
      }
      return presentUser(tx, row);
    }),
  );
}
