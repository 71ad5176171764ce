import { and, asc, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { apiTokens, sessions, users } from '../../db/schema';
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

export async function listUserRows(db: Queryable, actor: Actor): Promise<UserRow[]> {
  return db.select().from(users).where(visibleTo(actor, users)).orderBy(asc(users.name), asc(users.id));
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
