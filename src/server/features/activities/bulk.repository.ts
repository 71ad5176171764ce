import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, customers } from '../../db/schema';
import { type Actor, activityNotInTrash, visibleTo } from '../../db/scope';

/** What a bulk change needs to know of each activity it changes, read under its row lock. */
export interface LockedActivity {
  id: string;
  done: boolean;
  allDay: boolean;
  responsibleId: string;
  customerResponsibleId: string | null;
}

/**
 * Locks the visible activities among `ids` (not another workspace's, not hidden by the trash) for
 * the rest of the transaction, in id order: two bulk changes that share activities take their
 * locks in the same order, so one waits for the other instead of deadlocking. Answers them as they
 * are once locked (a change that committed meanwhile is seen).
 */
export async function lockActivities(db: Queryable, actor: Actor, ids: string[]): Promise<LockedActivity[]> {
  return db
    .select({
      id: activities.id,
      done: activities.done,
      allDay: activities.allDay,
      responsibleId: activities.responsibleId,
      customerResponsibleId: sql<string | null>`(SELECT c.responsible_id FROM ${customers} c WHERE c.id = ${activities.customerId})`,
    })
    .from(activities)
    .where(visibleTo(actor, activities, inArray(activities.id, ids), activityNotInTrash(activities.customerId)))
    .orderBy(activities.id)
    .for('no key update');
}

/**
 * Moves activities to `at` in one statement; an end moves with its start (the same length as
 * before). The right-hand sides read the row as it was, so the shift is from the old start.
 */
export async function reschedule(db: Queryable, actor: Actor, ids: string[], at: Date, allDay: boolean) {
  if (ids.length === 0) return;
  await db
    .update(activities)
    .set({
      scheduledAt: at,
      allDay,
      endsAt: sql`${activities.endsAt} + (${at}::timestamptz - ${activities.scheduledAt})`,
      updatedAt: new Date(),
    })
    .where(visibleTo(actor, activities, inArray(activities.id, ids)));
}

export async function reassign(db: Queryable, actor: Actor, ids: string[], responsibleId: string) {
  await db
    .update(activities)
    .set({ responsibleId, updatedAt: new Date() })
    .where(visibleTo(actor, activities, inArray(activities.id, ids)));
}
