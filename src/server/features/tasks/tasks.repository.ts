import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { activities, activityStatuses, customerProducts, customers, products, taskTemplates, users, workAreas } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import type { TemplateFacts } from './task-rules';

export async function findTemplate(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(taskTemplates)
    .where(visibleTo(actor, taskTemplates, eq(taskTemplates.id, id)));
  return row ?? null;
}

/** The product, locked against a concurrent change of its templates while its tasks are made. */
export async function findProduct(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: products.id, taskTemplateIds: products.taskTemplateIds })
    .from(products)
    .where(visibleTo(actor, products, eq(products.id, id)))
    .for('share');
  return row ?? null;
}

/** The product's active templates, in the templates' list order. */
export async function activeTemplates(db: Queryable, actor: Actor, ids: string[]): Promise<TemplateFacts[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(taskTemplates)
    .where(visibleTo(actor, taskTemplates, inArray(taskTemplates.id, ids), eq(taskTemplates.active, true)))
    .orderBy(taskTemplates.order, taskTemplates.name);
}

export async function customerAreas(db: Queryable, actor: Actor, customerId: string): Promise<string[] | null> {
  const [row] = await db
    .select({ workAreaIds: customers.workAreaIds })
    .from(customers)
    .where(visibleTo(actor, customers, eq(customers.id, customerId), sql`${customers.deletedAt} IS NULL`));
  return row ? row.workAreaIds : null;
}

/** Enrols the customer in the areas (a set: nothing twice). */
export async function enrol(db: Queryable, actor: Actor, customerId: string, areaIds: string[]) {
  if (areaIds.length === 0) return;
  await db
    .update(customers)
    .set({ workAreaIds: sql`ARRAY(SELECT DISTINCT unnest(${customers.workAreaIds} || ${sql`${`{${areaIds.join(',')}}`}::uuid[]`}))` })
    .where(and(eq(customers.id, customerId), eq(customers.workspaceId, actor.workspaceId)));
}

export async function addProduct(db: Queryable, customerId: string, productId: string) {
  await db.insert(customerProducts).values({ customerId, productId }).onConflictDoNothing();
}

export async function isWorkspaceUser(db: Queryable, actor: Actor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId)));
  return row !== undefined;
}

export async function userTimeZone(db: Queryable, userId: string): Promise<string> {
  const [row] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return row?.timeZone ?? 'UTC';
}

export async function openStatusId(db: Queryable, actor: Actor): Promise<string | null> {
  const [row] = await db
    .select({ id: activityStatuses.id })
    .from(activityStatuses)
    .where(visibleTo(actor, activityStatuses, eq(activityStatuses.key, 'scheduled'), eq(activityStatuses.active, true)))
    .limit(1);
  return row?.id ?? null;
}

export async function insertTask(db: Queryable, actor: Actor, values: Omit<typeof activities.$inferInsert, 'workspaceId'>) {
  const [row] = await db
    .insert(activities)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning();
  return row;
}

export async function workAreaExists(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: workAreas.id })
    .from(workAreas)
    .where(visibleTo(actor, workAreas, eq(workAreas.id, id)));
  return row !== undefined;
}

/** How many rows of a table match (the lists' usage counts and reference checks). */
export async function countWhere(db: Queryable, table: PgTable, condition: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(condition);
  return Number(row.n);
}
