import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activityTypes, contacts, customerStatuses } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import { selectLiveActivities } from '../activities/activities.repository';
import { activities } from '../../db/schema';

/** The customer's live contacts, by name. */
export async function liveContacts(db: Queryable, actor: Actor, customerId: string) {
  return db
    .select({ firstName: contacts.firstName, lastName: contacts.lastName, title: contacts.title, email: contacts.email, phone: contacts.phone })
    .from(contacts)
    .where(visibleTo(actor, contacts, eq(contacts.customerId, customerId), isNull(contacts.deletedAt)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id));
}

/** The customer's open activities the caller may see, oldest due first. */
export async function openActivities(db: Queryable, actor: Actor, customerId: string) {
  return selectLiveActivities(db, actor, eq(activities.customerId, customerId), eq(activities.done, false)).orderBy(
    asc(activities.scheduledAt),
    asc(activities.id),
  );
}

/** The workspace's activity types by key, the active ones first in their order (the first is the fallback for a key it lacks). */
export async function activityTypesByKey(db: Queryable, actor: Actor) {
  const rows = await db
    .select({ id: activityTypes.id, key: activityTypes.key })
    .from(activityTypes)
    .where(visibleTo(actor, activityTypes))
    .orderBy(asc(activityTypes.order), asc(activityTypes.id));
  return rows;
}

/** The workspace's customer-status keys, in their order. */
export async function customerStatusKeys(db: Queryable, actor: Actor): Promise<string[]> {
  const rows = await db
    .select({ key: customerStatuses.key })
    .from(customerStatuses)
    .where(and(visibleTo(actor, customerStatuses), eq(customerStatuses.active, true)))
    .orderBy(asc(customerStatuses.order), asc(customerStatuses.id));
  return rows.map((r) => r.key);
}
