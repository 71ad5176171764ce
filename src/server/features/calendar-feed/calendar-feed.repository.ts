import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { activities, activityTypes, activityUsers, calendarFeeds, customers, users, workspaces } from '../../db/schema';
import { activityNotInTrash, type Actor, visibleTo } from '../../db/scope';

/** The owner of a feed, as the actor the feed is read as, and their name: only an active user's feed answers. */
export async function findFeedOwner(db: Queryable, secretHash: string): Promise<{ actor: Actor; name: string } | null> {
  const [row] = await db
    .select({
      name: users.name,
      userId: users.id,
      workspaceId: users.workspaceId,
      role: users.role,
      locale: users.locale,
      timeZone: users.timeZone,
      restricted: sql<boolean>`(${users.role} = 'partner' OR (${users.role} = 'user' AND ${workspaces.customerVisibility} = 'restricted'))`,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(calendarFeeds.secretHash, secretHash), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  const { name, ...actor } = row;
  return { actor, name };
}

/** One statement: a user's new address replaces the old one (two rotations at once leave exactly one). */
export async function replaceFeed(db: Queryable, actor: Actor, secretHash: string): Promise<void> {
  await db
    .insert(calendarFeeds)
    .values({ userId: actor.userId, workspaceId: actor.workspaceId, secretHash })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { secretHash, createdAt: sql`now()` } });
}

export async function deleteFeed(db: Queryable, actor: Actor): Promise<boolean> {
  const rows = await db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, actor.userId), eq(calendarFeeds.workspaceId, actor.workspaceId)))
    .returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}

export async function findFeed(db: Queryable, actor: Actor): Promise<{ createdAt: Date } | null> {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, actor.userId), eq(calendarFeeds.workspaceId, actor.workspaceId)));
  return row ?? null;
}

export interface FeedActivity {
  id: string;
  subject: string;
  note: string | null;
  typeName: string;
  customerName: string | null;
  scheduledAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  private: boolean;
  done: boolean;
  /** The series' RRULE (without `RRULE:`), null for a one-off activity. */
  recurrence: string | null;
  updatedAt: Date;
}

/**
 * The owner's activities (responsible or additional user) in [from, to), at most `limit`, nearest
 * to `from` first in `order`. The two halves of the candidate set each come from an index:
 * activities_responsible_order_idx (responsible, scheduled_at) and activity_users_user_idx; the
 * rest reads each candidate by its key.
 */
export function feedActivities(db: Queryable, actor: Actor, window: { from: Date; to: Date; order: 'asc' | 'desc'; limit: number }) {
  const inWindow = and(gte(activities.scheduledAt, window.from), lt(activities.scheduledAt, window.to));
  const asResponsible = db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.responsibleId, actor.userId), inWindow));
  // Not joined to activities here: the planner would then scan the window of the whole workspace;
  // the user's rows read index-only, each probed by its key (the window applies there).
  const asAdditional = db.select({ id: activityUsers.activityId }).from(activityUsers).where(eq(activityUsers.userId, actor.userId));
  const mine = inArray(activities.id, unionAll(asResponsible, asAdditional));
  const by = window.order === 'asc' ? asc : desc;
  return db
    .select({
      id: activities.id,
      subject: activities.subject,
      note: activities.note,
      typeName: activityTypes.name,
      customerName: customers.name,
      // Never null in a window (an undated task is in none): typed so.
      scheduledAt: sql<Date>`${activities.scheduledAt}`.mapWith(activities.scheduledAt),
      endsAt: activities.endsAt,
      allDay: activities.allDay,
      private: activities.private,
      done: activities.done,
      recurrence: activities.recurrence,
      updatedAt: activities.updatedAt,
    })
    .from(activities)
    .innerJoin(activityTypes, eq(activityTypes.id, activities.typeId))
    .leftJoin(customers, eq(customers.id, activities.customerId))
    .where(visibleTo(actor, activities, inWindow, mine, activityNotInTrash(activities.customerId, actor)))
    .orderBy(by(activities.scheduledAt), by(activities.id))
    .limit(window.limit);
}
