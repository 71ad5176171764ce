import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';

type Visibility = Pick<typeof workspaces.$inferSelect, 'customerVisibility' | 'calendarVisibility'>;

/** The caller's workspace's visibility settings; `lock` holds its row to the end of the transaction. */
export async function findVisibility(db: Queryable, actor: Pick<Actor, 'workspaceId'>, lock = false): Promise<Visibility | null> {
  const query = db
    .select({ customerVisibility: workspaces.customerVisibility, calendarVisibility: workspaces.calendarVisibility })
    .from(workspaces)
    .where(eq(workspaces.id, actor.workspaceId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateVisibility(db: Queryable, actor: Pick<Actor, 'workspaceId'>, values: Visibility) {
  await db.update(workspaces).set(values).where(eq(workspaces.id, actor.workspaceId));
}
