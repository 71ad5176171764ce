import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { users, workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';

/** A user who asked for the morning mail, as the actor their to-do is read as, with the day last handled. */
export interface MorningMailUser {
  actor: Actor;
  email: string;
  sentOn: string | null;
}

/** Active users with the morning mail on (a partial index keeps this a short read however many users there are). */
export async function morningMailUsers(db: Queryable): Promise<MorningMailUser[]> {
  const found = await db
    .select({
      userId: users.id,
      workspaceId: users.workspaceId,
      role: users.role,
      locale: users.locale,
      timeZone: users.timeZone,
      restricted: sql<boolean>`(${users.role} = 'partner' OR (${users.role} = 'user' AND ${workspaces.customerVisibility} = 'restricted'))`,
      email: users.email,
      sentOn: users.morningMailSentOn,
    })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(users.morningMail, true), eq(users.active, true), isNull(users.invitedAt)));
  return found.map(({ email, sentOn, ...actor }) => ({ actor, email, sentOn }));
}

/**
 * Claims the user's morning mail of `day` (their local date): answers true for exactly one caller
 * per user and day, however many processes ask at once (the row lock makes a second UPDATE see the
 * first one's date and match nothing). Run it in the transaction that queues the mail.
 */
export async function claimMorningMail(tx: Queryable, userId: string, day: string): Promise<boolean> {
  const claimed = await tx
    .update(users)
    .set({ morningMailSentOn: day })
    .where(and(eq(users.id, userId), eq(users.morningMail, true), or(isNull(users.morningMailSentOn), sql`${users.morningMailSentOn} < ${day}::date`)))
    .returning({ id: users.id });
  return claimed.length > 0;
}
