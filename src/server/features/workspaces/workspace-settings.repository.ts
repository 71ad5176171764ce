import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type WorkspaceChanges = Partial<
  Pick<WorkspaceRow, 'name' | 'locale' | 'timeZone' | 'weekStart' | 'currency' | 'exchangeRates' | 'customerVisibility' | 'calendarVisibility'>
>;

/** The caller's workspace; `lock` holds its row to the end of the transaction (one change at a time). */
export async function findWorkspace(db: Queryable, actor: Pick<Actor, 'workspaceId'>, lock = false): Promise<WorkspaceRow | null> {
  const query = db.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateWorkspaceRow(db: Queryable, actor: Pick<Actor, 'workspaceId'>, changes: WorkspaceChanges): Promise<WorkspaceRow> {
  const [row] = await db.update(workspaces).set(changes).where(eq(workspaces.id, actor.workspaceId)).returning();
  return row;
}

/** The week start of a workspace: what its users who chose none follow. */
export async function workspaceWeekStart(db: Queryable, workspaceId: string): Promise<number> {
  const [row] = await db.select({ weekStart: workspaces.weekStart }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.weekStart ?? 1;
}
