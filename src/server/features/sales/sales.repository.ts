import { and, asc, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import {
  activities,
  activityStatuses,
  activityTypes,
  campaigns,
  contacts,
  customers,
  salesProjects,
  salesStages,
  sources,
  users,
  workspaces,
} from '../../db/schema';
import { activityNotInTrash, liveCustomer, visibleTo, type Actor } from '../../db/scope';
import { inWorkspaceCurrency } from './money';

export type SalesProjectRow = typeof salesProjects.$inferSelect & { customerName: string };
export type SalesProjectValues = Partial<Omit<typeof salesProjects.$inferInsert, 'id' | 'workspaceId' | 'createdAt'>>;

/** Sales projects the caller may see: the visibility rule on the project's customer, never of a customer in the trash. */
const selectProjects = (db: Queryable, actor: Actor, ...conditions: (SQL | undefined)[]) =>
  db
    .select({ ...getTableColumns(salesProjects), customerName: customers.name })
    .from(salesProjects)
    .innerJoin(customers, eq(customers.id, salesProjects.customerId))
    .where(visibleTo(actor, salesProjects, liveCustomer(), ...conditions));

export async function findProject(db: Queryable, actor: Actor, id: string): Promise<SalesProjectRow | null> {
  const [row] = await selectProjects(db, actor, eq(salesProjects.id, id)).limit(1);
  return row ?? null;
}

/** The project row locked for a change (one change at a time: the follow-up rule needs it), if the caller may see it. */
export async function lockProject(db: Queryable, actor: Actor, id: string): Promise<SalesProjectRow | null> {
  const [row] = await selectProjects(db, actor, eq(salesProjects.id, id)).limit(1).for('update', { of: salesProjects });
  return row ?? null;
}

export interface ProjectFilter {
  responsibleId?: string;
  stageId?: string;
  status?: 'open' | 'won' | 'lost';
  customerId?: string;
  campaignId?: string;
}

export async function listProjects(db: Queryable, actor: Actor, f: ProjectFilter & { limit: number; after: (string | number | null)[] | null }) {
  const conditions: SQL[] = [];
  if (f.responsibleId) conditions.push(eq(salesProjects.responsibleId, f.responsibleId));
  if (f.stageId) conditions.push(eq(salesProjects.stageId, f.stageId));
  if (f.status) conditions.push(eq(salesProjects.status, f.status));
  if (f.customerId) conditions.push(eq(salesProjects.customerId, f.customerId));
  if (f.campaignId) conditions.push(eq(salesProjects.campaignId, f.campaignId));
  if (f.after) {
    const [at, id] = f.after;
    conditions.push(sql`(${salesProjects.createdAt}, ${salesProjects.id}) < (${String(at)}::timestamptz, ${String(id)}::uuid)`);
  }
  return selectProjects(db, actor, ...conditions)
    .orderBy(desc(salesProjects.createdAt), desc(salesProjects.id))
    .limit(f.limit + 1);
}

export async function insertProject(
  db: Queryable,
  actor: Actor,
  values: SalesProjectValues & { name: string; customerId: string; responsibleId: string; stageId: string; currency: string },
) {
  const [row] = await db
    .insert(salesProjects)
    .values({ ...values, workspaceId: actor.workspaceId, createdById: actor.userId })
    .returning({ id: salesProjects.id });
  return row.id;
}

export async function updateProject(db: Queryable, actor: Actor, id: string, values: SalesProjectValues) {
  await db
    .update(salesProjects)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(salesProjects.workspaceId, actor.workspaceId), eq(salesProjects.id, id)));
}

export async function deleteProject(db: Queryable, actor: Actor, id: string) {
  // Activities keep their history; they only lose the link (activities.sales_project_id is a plain id).
  await db
    .update(activities)
    .set({ salesProjectId: null })
    .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.salesProjectId, id)));
  await db.delete(salesProjects).where(and(eq(salesProjects.workspaceId, actor.workspaceId), eq(salesProjects.id, id)));
}

export async function findStage(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: salesStages.id, kind: salesStages.kind, probability: salesStages.probability })
    .from(salesStages)
    .where(and(eq(salesStages.workspaceId, actor.workspaceId), eq(salesStages.id, id)));
  return row ?? null;
}

/** The stage a new project starts in: the first active open stage. */
export async function firstOpenStage(db: Queryable, actor: Actor) {
  const [row] = await db
    .select({ id: salesStages.id, kind: salesStages.kind, probability: salesStages.probability })
    .from(salesStages)
    .where(and(eq(salesStages.workspaceId, actor.workspaceId), eq(salesStages.kind, 'open'), eq(salesStages.active, true)))
    .orderBy(asc(salesStages.order), asc(salesStages.createdAt))
    .limit(1);
  return row ?? null;
}

export async function workspaceCurrency(db: Queryable, actor: Actor): Promise<string> {
  const [row] = await db.select({ currency: workspaces.currency }).from(workspaces).where(eq(workspaces.id, actor.workspaceId));
  return row?.currency ?? 'EUR';
}

/** Which of the references exist in the caller's workspace (and, for the customer and contact, which the caller may see). */
export async function referenceProblems(
  db: Queryable,
  actor: Actor,
  refs: {
    customerId?: string;
    contactId?: string | null;
    responsibleId?: string;
    sourceId?: string | null;
    followUpTypeId?: string | null;
    campaignId?: string | null;
  },
): Promise<Record<string, string>> {
  const ws = actor.workspaceId;
  const problems: Record<string, string> = {};
  const exists = async (field: string, table: typeof users | typeof sources | typeof activityTypes | typeof campaigns, id: string | null | undefined) => {
    if (!id) return;
    const [row] = await db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.workspaceId, ws), eq(table.id, id)));
    if (!row || row.n === 0) problems[field] = 'No such record';
  };
  await exists('responsibleId', users, refs.responsibleId);
  await exists('sourceId', sources, refs.sourceId);
  await exists('followUpTypeId', activityTypes, refs.followUpTypeId);
  await exists('campaignId', campaigns, refs.campaignId);
  if (refs.customerId) {
    const [row] = await db
      .select({ n: count() })
      .from(customers)
      .where(visibleTo(actor, customers, liveCustomer(), eq(customers.id, refs.customerId)));
    if (!row || row.n === 0) problems.customerId = 'No such customer';
  }
  if (refs.contactId) {
    const [row] = await db
      .select({ customerId: contacts.customerId })
      .from(contacts)
      .where(and(eq(contacts.workspaceId, ws), eq(contacts.id, refs.contactId), sql`${contacts.deletedAt} IS NULL`));
    if (!row) problems.contactId = 'No such contact';
    else if (refs.customerId && row.customerId !== refs.customerId) problems.contactId = "Not a contact of the project's customer";
  }
  return problems;
}

/** The type a follow-up gets when none is named: the standard `follow_up` type, else the first one. */
export async function defaultFollowUpType(db: Queryable, actor: Actor): Promise<string | null> {
  const [row] = await db
    .select({ id: activityTypes.id })
    .from(activityTypes)
    .where(eq(activityTypes.workspaceId, actor.workspaceId))
    .orderBy(sql`${activityTypes.key} = 'follow_up' DESC`, asc(activityTypes.order))
    .limit(1);
  return row?.id ?? null;
}

/** The follow-up activity as the rule needs it (done, and whether a next one is chained to it already). */
export async function findFollowUp(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: activities.id,
      done: activities.done,
      salesProjectId: activities.salesProjectId,
      nextId: sql<string | null>`(SELECT n.id::text FROM ${activities} n WHERE n.previous_activity_id = ${activities.id})`,
    })
    .from(activities)
    .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.id, id)))
    .for('update');
  return row ?? null;
}

/** Campaign results over what the caller may see: activities, customers reached, projects, the amount won. */
export async function campaignResults(db: Queryable, actor: Actor, campaignId: string) {
  const visibleActivities = visibleTo(actor, activities, eq(activities.campaignId, campaignId), activityNotInTrash(activities.customerId, actor));
  const byType = await db
    .select({ typeId: activities.typeId, count: count() })
    .from(activities)
    .where(visibleActivities)
    .groupBy(activities.typeId)
    .orderBy(desc(count()));
  const [reached] = await db
    .select({ n: sql<number>`count(DISTINCT ${customers.id})::int` })
    .from(customers)
    .where(
      visibleTo(
        actor,
        customers,
        liveCustomer(),
        // One set of ids (a hashed semi-join), not an OR of probes per customer.
        sql`${customers.id} IN (SELECT rc.id FROM ${customers} rc WHERE rc.workspace_id = ${actor.workspaceId} AND rc.campaign_id = ${campaignId}
          UNION SELECT a.customer_id FROM ${activities} a WHERE a.workspace_id = ${actor.workspaceId} AND a.campaign_id = ${campaignId} AND a.customer_id IS NOT NULL
          UNION SELECT p.customer_id FROM ${salesProjects} p WHERE p.workspace_id = ${actor.workspaceId} AND p.campaign_id = ${campaignId})`,
      ),
    );
  const [projects] = await db
    .select({
      n: count(),
      won: sql<string>`coalesce(sum(${inWorkspaceCurrency(actor.workspaceId, salesProjects.amount, salesProjects.currency)}) FILTER (WHERE ${salesProjects.status} = 'won'), 0)`,
    })
    .from(salesProjects)
    .innerJoin(customers, eq(customers.id, salesProjects.customerId))
    .where(visibleTo(actor, salesProjects, liveCustomer(), eq(salesProjects.campaignId, campaignId)));
  return { byType, customers: reached?.n ?? 0, salesProjects: projects?.n ?? 0, wonAmount: Number(projects?.won ?? 0) };
}

export type FollowUpActivityValues = Omit<typeof activities.$inferInsert, 'id' | 'workspaceId' | 'createdAt' | 'searchText'>;

/** A follow-up activity of a project (the sales feature writes it as the activities feature would). */
export async function insertFollowUpActivity(db: Queryable, actor: Actor, values: FollowUpActivityValues) {
  const [row] = await db
    .insert(activities)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning();
  return row;
}

export async function moveFollowUpActivity(db: Queryable, actor: Actor, id: string, values: Partial<FollowUpActivityValues>) {
  const [row] = await db
    .update(activities)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteFollowUpActivity(db: Queryable, actor: Actor, id: string) {
  await db.delete(activities).where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.id, id)));
}

export async function activityStatusIdByKey(db: Queryable, actor: Actor, key: string): Promise<string | null> {
  const [row] = await db
    .select({ id: activityStatuses.id })
    .from(activityStatuses)
    .where(and(eq(activityStatuses.workspaceId, actor.workspaceId), eq(activityStatuses.key, key)));
  return row?.id ?? null;
}

/** The customer-status rule of a type (`completionSetsCustomerStatus`), or null. */
export async function typeStatusRule(db: Queryable, actor: Actor, typeId: string): Promise<string | null> {
  const [row] = await db
    .select({ rule: activityTypes.completionSetsCustomerStatus })
    .from(activityTypes)
    .where(and(eq(activityTypes.workspaceId, actor.workspaceId), eq(activityTypes.id, typeId)));
  return row?.rule ?? null;
}

/** The ids of the project's activities, oldest first (the activities feature then applies its visibility and shape). */
export async function projectActivityIds(db: Queryable, actor: Actor, projectId: string): Promise<string[]> {
  const found = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.salesProjectId, projectId)))
    .orderBy(sql`${activities.scheduledAt} NULLS LAST`, asc(activities.createdAt))
    .limit(1000);
  return found.map((r) => r.id);
}

export async function countStageUse(db: Queryable, stageId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(salesProjects).where(eq(salesProjects.stageId, stageId));
  return row?.n ?? 0;
}
