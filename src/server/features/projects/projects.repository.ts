import { and, asc, count, eq, gt, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { lockName } from '../../db/locks';
import { activities, activityComments, customers, projects, users } from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';
import { containsPattern } from '../../db/search';

const projectColumns = {
  id: projects.id,
  customerId: projects.customerId,
  parentId: projects.parentId,
  name: projects.name,
  description: projects.description,
  responsibleId: projects.responsibleId,
  archivedAt: projects.archivedAt,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
  customerName: customers.name,
};

export interface ProjectRow {
  id: string;
  customerId: string;
  parentId: string | null;
  name: string;
  description: string | null;
  responsibleId: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  customerName: string;
}

/** Projects the caller may see: their customer's visibility (visibleTo), and not of a customer in the trash. */
const selectProjects = (db: Queryable, actor: Actor, ...conditions: (SQL | undefined)[]) =>
  db
    .select(projectColumns)
    .from(projects)
    .innerJoin(customers, eq(customers.id, projects.customerId))
    .where(visibleTo(actor, projects, liveCustomer(), ...conditions));

export async function findProject(db: Queryable, actor: Actor, id: string): Promise<ProjectRow | null> {
  const [row] = await selectProjects(db, actor, eq(projects.id, id)).limit(1);
  return row ?? null;
}

export interface ProjectFilter {
  customerId?: string;
  archived?: boolean;
  q?: string;
}

/** A page of projects by name (then id), after the key of the last one seen. */
export async function listProjects(db: Queryable, actor: Actor, f: ProjectFilter, limit: number, after: [string, string] | null) {
  return selectProjects(
    db,
    actor,
    f.customerId ? eq(projects.customerId, f.customerId) : undefined,
    f.archived === undefined ? undefined : f.archived ? isNotNull(projects.archivedAt) : isNull(projects.archivedAt),
    f.q ? ilike(projects.name, containsPattern(f.q)) : undefined,
    after ? or(gt(projects.name, after[0]), and(eq(projects.name, after[0]), gt(projects.id, after[1]))) : undefined,
  )
    .orderBy(asc(projects.name), asc(projects.id))
    .limit(limit + 1);
}

/** Every project of one customer (the caller has checked the customer is visible), by name. */
export async function customerProjects(db: Queryable, actor: Actor, customerId: string, archived?: boolean): Promise<ProjectRow[]> {
  return selectProjects(db, actor, eq(projects.customerId, customerId), archived === false ? isNull(projects.archivedAt) : undefined).orderBy(
    asc(projects.name),
    asc(projects.id),
  );
}

/** Open and done activities and their comments per project of one customer, over the activities the caller may see. */
export async function projectCounts(db: Queryable, actor: Actor, customerId: string) {
  const tasks = await db
    .select({ projectId: activities.projectId, done: activities.done, n: count() })
    .from(activities)
    .where(visibleTo(actor, activities, eq(activities.customerId, customerId), isNotNull(activities.projectId)))
    .groupBy(activities.projectId, activities.done);
  const comments = await db
    .select({ projectId: activities.projectId, n: count() })
    .from(activityComments)
    .innerJoin(activities, eq(activities.id, activityComments.activityId))
    .where(visibleTo(actor, activities, eq(activities.customerId, customerId), isNotNull(activities.projectId)))
    .groupBy(activities.projectId);
  return { tasks, comments };
}

/** The parent of each project of a customer (for the cycle check), read under the customer's tree lock. */
export async function parentsOf(db: Queryable, actor: Actor, customerId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .select({ id: projects.id, parentId: projects.parentId })
    .from(projects)
    .where(and(eq(projects.workspaceId, actor.workspaceId), eq(projects.customerId, customerId)));
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** A live, visible customer's name, or null. */
export async function visibleCustomer(db: Queryable, actor: Actor, customerId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.id, customerId), liveCustomer()));
  return row ?? null;
}

export type ProjectValues = Partial<Omit<typeof projects.$inferInsert, 'id' | 'workspaceId' | 'createdAt'>>;

export async function insertProject(db: Queryable, actor: Actor, values: typeof projects.$inferInsert extends infer T ? Omit<T, 'workspaceId'> : never) {
  const [row] = await db
    .insert(projects)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning({ id: projects.id });
  return row.id;
}

export async function updateProject(db: Queryable, actor: Actor, id: string, values: ProjectValues) {
  await db
    .update(projects)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(projects.workspaceId, actor.workspaceId), eq(projects.id, id)));
}

/** What still belongs to a project: its sub-projects and its activities (of every user, private ones too). */
export async function usageOf(db: Queryable, id: string): Promise<{ projects: number; activities: number }> {
  const [children] = await db.select({ n: count() }).from(projects).where(eq(projects.parentId, id));
  const [acts] = await db.select({ n: count() }).from(activities).where(eq(activities.projectId, id));
  return { projects: children.n, activities: acts.n };
}

export async function deleteProject(db: Queryable, actor: Actor, id: string) {
  await db.delete(projects).where(and(eq(projects.workspaceId, actor.workspaceId), eq(projects.id, id)));
}

/** The customer of a live project the caller may see, or null (a reference check: 400 on the caller's side). */
export async function customerOfProject(db: Queryable, actor: Actor, projectId: string): Promise<string | null> {
  const [row] = await selectProjects(db, actor, eq(projects.id, projectId)).limit(1);
  return row?.customerId ?? null;
}

/** Locks a customer's tree: moves of its projects run one after the other (two crossing moves cannot make a cycle). */
export async function lockTree(db: Queryable, customerId: string) {
  await lockName(db, 'projects', customerId);
}

/** A user of the caller's workspace (a responsible). */
export async function userExists(db: Queryable, actor: Actor, userId: string): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(visibleTo(actor, users, eq(users.id, userId)));
  return Boolean(user);
}
