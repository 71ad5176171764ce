import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, campaigns, customers, salesProjects } from '../../db/schema';
import type { Actor } from '../../db/scope';

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignValues = Partial<Omit<typeof campaigns.$inferInsert, 'id' | 'workspaceId' | 'createdAt'>>;

const inWorkspace = (actor: Actor, ...more: SQL[]) => and(eq(campaigns.workspaceId, actor.workspaceId), ...more);

export async function findCampaign(db: Queryable, actor: Actor, id: string): Promise<CampaignRow | null> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(inWorkspace(actor, eq(campaigns.id, id)));
  return row ?? null;
}

export async function listCampaigns(db: Queryable, actor: Actor, f: { active?: boolean; limit: number; after: (string | number | null)[] | null }) {
  const conditions: SQL[] = [];
  if (f.active !== undefined) conditions.push(eq(campaigns.active, f.active));
  if (f.after) conditions.push(sql`(${campaigns.name}, ${campaigns.id}) > (${String(f.after[0])}, ${String(f.after[1])}::uuid)`);
  return db
    .select()
    .from(campaigns)
    .where(inWorkspace(actor, ...conditions))
    .orderBy(asc(campaigns.name), asc(campaigns.id))
    .limit(f.limit + 1);
}

export async function insertCampaign(db: Queryable, actor: Actor, values: CampaignValues & { name: string }) {
  const [row] = await db
    .insert(campaigns)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning();
  return row;
}

export async function updateCampaign(db: Queryable, actor: Actor, id: string, values: CampaignValues) {
  const [row] = await db
    .update(campaigns)
    .set({ ...values, updatedAt: new Date() })
    .where(inWorkspace(actor, eq(campaigns.id, id)))
    .returning();
  return row ?? null;
}

/** How many records of the whole workspace link to the campaign (all of them, not only those the caller sees: a 409 must be true). */
export async function campaignUsage(db: Queryable, actor: Actor, id: string) {
  const ws = actor.workspaceId;
  const [a] = await db
    .select({ n: count() })
    .from(activities)
    .where(and(eq(activities.workspaceId, ws), eq(activities.campaignId, id)));
  const [c] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(eq(customers.workspaceId, ws), eq(customers.campaignId, id)));
  const [p] = await db
    .select({ n: count() })
    .from(salesProjects)
    .where(and(eq(salesProjects.workspaceId, ws), eq(salesProjects.campaignId, id)));
  return { activities: a?.n ?? 0, customers: c?.n ?? 0, salesProjects: p?.n ?? 0 };
}

export async function deleteCampaign(db: Queryable, actor: Actor, id: string) {
  await db.delete(campaigns).where(inWorkspace(actor, eq(campaigns.id, id)));
}
