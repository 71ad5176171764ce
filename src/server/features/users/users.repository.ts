import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { accountLinks, apiTokens, sessions, users, workspaces } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

export type UserRow = typeof users.$inferSelect;
export type UserValues = Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type UserChanges = Partial<Omit<UserValues, 'workspaceId'>>;

export async function findUser(db: Queryable, actor: Actor, id: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(visibleTo(actor, users, eq(users.id, id)));
  return row ?? null;
}

/** A user by id regardless of workspace (sign-in and setup, before there is an actor). */
export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** The workspace's staff: partners (outside people, issue 17) are listed on their customer instead. */
export async function listUserRows(db: Queryable, actor: Actor): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(and(visibleTo(actor, users), ne(users.role, 'partner')))
    .orderBy(asc(users.name), asc(users.id));
}

/** Whether another user of the workspace (other than `exceptId`) has this email. */
export async function emailInUse(db: Queryable, workspaceId: string, email: string, exceptId?: string): Promise<boolean> {
  const sameEmail = and(eq(users.workspaceId, workspaceId), eq(users.email, email));
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(exceptId ? and(sameEmail, ne(users.id, exceptId)) : sameEmail);
  return Boolean(taken);
}

export async function insertUser(db: Queryable, values: UserValues): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function updateUserRow(db: Queryable, actor: Actor, id: string, changes: UserChanges): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(visibleTo(actor, users, eq(users.id, id)))
    .returning();
  return row;
}

/** Ends every session and API token of a user. */
export async function deleteSessionsAndTokens(db: Queryable, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await db.delete(apiTokens).where(eq(apiTokens.userId, userId));
}

/** Ends a user's reset and invitation links (an admin set the password, or deactivated the user). */
export async function deleteAccountLinks(db: Queryable, userId: string) {
  await db.delete(accountLinks).where(eq(accountLinks.userId, userId));
}

/** The workspace's people with a pending invitation, each with their newest link's expiry. */
export async function pendingInvitations(db: Queryable, actor: Actor) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      invitedAt: users.invitedAt,
      // Written out: inside a one-table select Drizzle leaves column names unqualified, and "id" would be the link's.
      expiresAt: sql<
        string | null
      >`(SELECT max(l.expires_at) FROM account_links l WHERE l.user_id = "users"."id" AND l.purpose = 'invitation' AND l.used_at IS NULL)`.mapWith(
        (v: string | Date | null) => (v === null ? null : new Date(v)),
      ),
    })
    .from(users)
    .where(visibleTo(actor, users, isNotNull(users.invitedAt)))
    .orderBy(asc(users.invitedAt), asc(users.id));
}

/** Deletes a user who never accepted their invitation; answers whether one was deleted. */
export async function deleteInvitedUser(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const deleted = await db
    .delete(users)
    .where(visibleTo(actor, users, eq(users.id, id), isNotNull(users.invitedAt)))
    .returning({ id: users.id });
  return deleted.length > 0;
}

/** Ends the invitation without deleting the user (records already refer to them): deactivated. */
export async function deactivateInvitedUser(db: Queryable, actor: Actor, id: string) {
  await db
    .update(users)
    .set({ active: false, invitedAt: null, updatedAt: new Date() })
    .where(visibleTo(actor, users, eq(users.id, id), isNotNull(users.invitedAt)));
}

/** The names an invitation mail gives: who invites, to which workspace. */
export async function inviterAndWorkspace(db: Queryable, actor: Actor) {
  const [row] = await db
    .select({ inviter: users.name, workspaceName: workspaces.name })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(eq(users.id, actor.userId));
  return row;
}
