import { asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, activityStatuses, activityTypes, contacts, customerStatusHistory, customerStatuses, customers } from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';

/** The customer's live contacts, by name. */
export async function liveContacts(db: Queryable, actor: Actor, customerId: string) {
  return db
    .select({ firstName: contacts.firstName, lastName: contacts.lastName, title: contacts.title, email: contacts.email, phone: contacts.phone })
    .from(contacts)
    .where(visibleTo(actor, contacts, eq(contacts.customerId, customerId), isNull(contacts.deletedAt)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id));
}

/** The customer's open activities the caller may see (private ones of others left out), oldest due first, with their type's key. */
export async function openActivities(db: Queryable, actor: Actor, customerId: string) {
  return db
    .select({
      subject: activities.subject,
      note: activities.note,
      typeKey: activityTypes.key,
      projectId: activities.projectId,
      scheduledAt: activities.scheduledAt,
      endsAt: activities.endsAt,
      allDay: activities.allDay,
      recurrence: activities.recurrence,
    })
    .from(activities)
    .innerJoin(activityTypes, eq(activityTypes.id, activities.typeId))
    .innerJoin(customers, eq(customers.id, activities.customerId))
    .where(visibleTo(actor, activities, eq(activities.customerId, customerId), eq(activities.done, false), liveCustomer()))
    .orderBy(asc(activities.scheduledAt), asc(activities.id));
}

/** The workspace's activity types by key, in their order (the first is the fallback for a key it lacks). */
export async function activityTypesByKey(db: Queryable, actor: Actor) {
  return db
    .select({ id: activityTypes.id, key: activityTypes.key })
    .from(activityTypes)
    .where(visibleTo(actor, activityTypes))
    .orderBy(asc(activityTypes.order), asc(activityTypes.id));
}

/** The open status ("scheduled") new tasks get, when the workspace has it. */
export async function openStatusId(db: Queryable, actor: Actor): Promise<string | null> {
  const [row] = await db
    .select({ id: activityStatuses.id })
    .from(activityStatuses)
    .where(visibleTo(actor, activityStatuses, eq(activityStatuses.key, 'scheduled'), eq(activityStatuses.active, true)));
  return row?.id ?? null;
}

/** The workspace's customer-status keys, in their order. */
export async function customerStatusKeys(db: Queryable, actor: Actor): Promise<string[]> {
  const rows = await db
    .select({ key: customerStatuses.key })
    .from(customerStatuses)
    .where(visibleTo(actor, customerStatuses, eq(customerStatuses.active, true)))
    .orderBy(asc(customerStatuses.order), asc(customerStatuses.id));
  return rows.map((r) => r.key);
}

export async function insertCustomer(db: Queryable, actor: Actor, values: Omit<typeof customers.$inferInsert, 'workspaceId'>): Promise<string> {
  const [row] = await db
    .insert(customers)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning({ id: customers.id });
  await db
    .insert(customerStatusHistory)
    .values({ workspaceId: actor.workspaceId, customerId: row.id, fromStatus: null, toStatus: values.status, reason: 'created', userId: actor.userId });
  return row.id;
}

export async function insertContacts(db: Queryable, actor: Actor, values: Omit<typeof contacts.$inferInsert, 'workspaceId'>[]) {
  if (values.length > 0) await db.insert(contacts).values(values.map((v) => ({ ...v, workspaceId: actor.workspaceId })));
}

export async function insertActivity(db: Queryable, actor: Actor, values: Omit<typeof activities.$inferInsert, 'workspaceId'>) {
  await db.insert(activities).values({ ...values, workspaceId: actor.workspaceId });
}
