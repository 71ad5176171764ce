import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { userPreferences } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import type { PreferencesPut } from '../../../shared/preferences';

export type StoredPreferences = { todoSort: string | null; todoOrder: string | null };

/** The caller's stored preferences; null when none were ever saved. */
export async function findPreferences(db: Queryable, actor: Actor): Promise<StoredPreferences | null> {
  const [row] = await db
    .select({ todoSort: userPreferences.todoSort, todoOrder: userPreferences.todoOrder })
    .from(userPreferences)
    .where(visibleTo(actor, userPreferences, sql`${userPreferences.userId} = ${actor.userId}`));
  return row ?? null;
}

/**
 * One statement that creates or changes the caller's row: two saves at once both land (the later
 * one's fields win), and a field a save leaves out keeps its value.
 */
export async function upsertPreferences(db: Queryable, actor: Actor, change: PreferencesPut): Promise<StoredPreferences> {
  const [row] = await db
    .insert(userPreferences)
    .values({ userId: actor.userId, workspaceId: actor.workspaceId, todoSort: change.todoSort ?? null, todoOrder: change.todoOrder ?? null })
    .onConflictDoUpdate({
      target: userPreferences.userId,
      set: {
        todoSort: change.todoSort === undefined ? sql`${userPreferences.todoSort}` : change.todoSort,
        todoOrder: change.todoOrder === undefined ? sql`${userPreferences.todoOrder}` : change.todoOrder,
        updatedAt: new Date(),
      },
    })
    .returning({ todoSort: userPreferences.todoSort, todoOrder: userPreferences.todoOrder });
  return row;
}
