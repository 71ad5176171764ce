import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, activityTypes, customers, documents, projectPartners, projects, users } from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';

/*
 * The partner rule, as SQL: a partner sees a project only when it is shared with them
 * (project_partners), it is a project of their own customer and that customer is not in the trash;
 * in it, only the activities that are not private.
 */

/** The projects shared with the partner `userId` (of their own, live customer). */
const sharedWith = (userId: string) =>
  sql`${projects.id} IN (SELECT pp.project_id FROM ${projectPartners} pp WHERE pp.user_id = ${userId})
    AND ${projects.customerId} = (SELECT u.partner_customer_id FROM ${users} u WHERE u.id = ${userId})`;

const openTasks = sql<number>`(SELECT count(*)::int FROM ${activities} a WHERE a.project_id = ${projects}.id AND NOT a.private AND NOT a.done)`;
const doneTasks = sql<number>`(SELECT count(*)::int FROM ${activities} a WHERE a.project_id = ${projects}.id AND NOT a.private AND a.done)`;

const projectColumns = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  customerName: customers.name,
  openTasks,
  doneTasks,
  updatedAt: projects.updatedAt,
};

/** A partner's projects (a partner's own list: their workspace, their shares), by name. */
export function partnerProjects(db: Queryable, actor: Actor, projectId?: string) {
  return db
    .select(projectColumns)
    .from(projects)
    .innerJoin(customers, eq(customers.id, projects.customerId))
    .where(and(eq(projects.workspaceId, actor.workspaceId), sharedWith(actor.userId), liveCustomer(), projectId ? eq(projects.id, projectId) : undefined))
    .orderBy(asc(projects.name), asc(projects.id));
}

/** The activities of a project the partner sees (the caller checked the project), open first, then by date. */
export function partnerProjectActivities(db: Queryable, actor: Actor, projectId: string) {
  return db
    .select({
      id: activities.id,
      subject: activities.subject,
      note: activities.note,
      typeKey: activityTypes.key,
      typeName: activityTypes.name,
      scheduledAt: activities.scheduledAt,
      done: activities.done,
      doneAt: activities.doneAt,
      responsibleName: users.name,
    })
    .from(activities)
    .leftJoin(activityTypes, eq(activityTypes.id, activities.typeId))
    .leftJoin(users, eq(users.id, activities.responsibleId))
    .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.projectId, projectId), eq(activities.private, false)))
    .orderBy(asc(activities.done), sql`${activities.scheduledAt} ASC NULLS LAST`, asc(activities.id))
    .limit(500);
}

/** An activity the partner may act on: not private, in a project shared with them. Null otherwise. */
export async function partnerActivity(db: Queryable, actor: Actor, activityId: string) {
  const [row] = await db
    .select({ id: activities.id, projectId: projects.id, done: activities.done })
    .from(activities)
    .innerJoin(projects, eq(projects.id, activities.projectId))
    .innerJoin(customers, eq(customers.id, projects.customerId))
    .where(
      and(
        eq(activities.workspaceId, actor.workspaceId),
        eq(activities.id, activityId),
        eq(activities.private, false),
        sharedWith(actor.userId),
        liveCustomer(),
      ),
    )
    .limit(1);
  return row ?? null;
}

// ——— staff side ———

/** A project and its customer, when the staff caller may see that customer (visibility rule, not in the trash). */
export async function visibleProject(db: Queryable, actor: Actor, projectId: string) {
  const [row] = await db
    .select({ id: projects.id, customerId: projects.customerId })
    .from(projects)
    .innerJoin(customers, eq(customers.id, projects.customerId))
    .where(and(eq(projects.id, projectId), eq(projects.workspaceId, actor.workspaceId), visibleTo(actor, customers, liveCustomer())))
    .limit(1);
  return row ?? null;
}

/** A customer the staff caller may see (not in the trash). */
export async function visibleCustomer(db: Queryable, actor: Actor, customerId: string) {
  const [row] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.id, customerId), visibleTo(actor, customers, liveCustomer())))
    .limit(1);
  return row ?? null;
}

// `${users}.id`, qualified by hand: Drizzle writes a single table's columns unqualified, and a bare
// "id" inside these subqueries would be the activity's.
const projectCount = sql<number>`(SELECT count(*)::int FROM ${projectPartners} pp WHERE pp.user_id = ${users}.id)`;
const taskCount = sql<number>`(SELECT count(*)::int FROM ${activities} a JOIN ${projectPartners} pp ON pp.project_id = a.project_id
  WHERE pp.user_id = ${users}.id AND NOT a.private)`;

const partnerColumns = {
  userId: users.id,
  customerId: users.partnerCustomerId,
  email: users.email,
  name: users.name,
  seat: users.seat,
  active: users.active,
  invitedAt: users.invitedAt,
  projects: projectCount,
  tasks: taskCount,
};

/** The partners of a customer, by name. */
export function partnersOfCustomer(db: Queryable, actor: Actor, customerId: string) {
  return db
    .select(partnerColumns)
    .from(users)
    .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.role, 'partner'), eq(users.partnerCustomerId, customerId)))
    .orderBy(asc(users.name), asc(users.id));
}

/** Partners by id (of the caller's workspace), locked when `lock`: sharing and quota checks take their turns per partner. */
export function partnersByIds(db: Queryable, actor: Actor, ids: string[], lock = false) {
  if (ids.length === 0) return Promise.resolve([]);
  const query = db
    .select(partnerColumns)
    .from(users)
    .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.role, 'partner'), inArray(users.id, ids)))
    .orderBy(asc(users.id));
  return lock ? query.for('update') : query;
}

export function projectPartnerIds(db: Queryable, projectId: string) {
  return db.select({ userId: projectPartners.userId }).from(projectPartners).where(eq(projectPartners.projectId, projectId));
}

export function projectPartnerList(db: Queryable, actor: Actor, projectId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(projectPartners)
    .innerJoin(users, eq(users.id, projectPartners.userId))
    .where(and(eq(projectPartners.projectId, projectId), eq(users.workspaceId, actor.workspaceId)))
    .orderBy(asc(users.name), asc(users.id));
}

export async function replaceProjectPartners(db: Queryable, actor: Actor, projectId: string, userIds: string[]) {
  await db
    .delete(projectPartners)
    .where(and(eq(projectPartners.projectId, projectId), userIds.length > 0 ? sql`${projectPartners.userId} NOT IN ${userIds}` : undefined));
  if (userIds.length === 0) return;
  await db
    .insert(projectPartners)
    .values(userIds.map((userId) => ({ projectId, userId, workspaceId: actor.workspaceId })))
    .onConflictDoNothing();
}

/** The partners who see a project (their quota is checked when a task is added to it). */
export function partnersSeeingProject(db: Queryable, actor: Actor, projectId: string) {
  return db
    .select(partnerColumns)
    .from(users)
    .where(and(eq(users.workspaceId, actor.workspaceId), sql`${users}.id IN (SELECT pp.user_id FROM ${projectPartners} pp WHERE pp.project_id = ${projectId})`))
    .orderBy(asc(users.id));
}

export async function updatePartner(db: Queryable, actor: Actor, userId: string, change: { seat?: boolean; active?: boolean }) {
  await db
    .update(users)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId), eq(users.role, 'partner')));
}

export async function setPartnerCustomer(db: Queryable, userId: string, customerId: string) {
  await db.update(users).set({ partnerCustomerId: customerId }).where(eq(users.id, userId));
}

/** The activity a document belongs to (of the caller's workspace). */
export async function documentActivity(db: Queryable, actor: Actor, documentId: string) {
  const [row] = await db
    .select({ activityId: documents.activityId })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.workspaceId, actor.workspaceId)))
    .limit(1);
  return row?.activityId ?? null;
}
