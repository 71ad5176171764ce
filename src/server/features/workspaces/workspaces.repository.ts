import { count } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activityStatuses, activityTypes, customerStatuses, users, workspaces } from '../../db/schema';
import { workspaceDefaults } from '../../../shared/workspace';

export async function countWorkspaces(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(workspaces);
  return Number(row.n);
}

/** A new workspace; its week start and currency follow its language unless given. */
export async function insertWorkspace(
  db: Queryable,
  values: { name: string; locale: string; timeZone: string; weekStart?: number; currency?: string },
): Promise<string> {
  const [row] = await db
    .insert(workspaces)
    .values({ ...workspaceDefaults(values.locale), ...values })
    .returning({ id: workspaces.id });
  return row.id;
}

export async function insertUser(db: Queryable, values: typeof users.$inferInsert): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row.id;
}

export interface DefaultLists {
  customerStatuses: (typeof customerStatuses.$inferInsert)[];
  activityTypes: (typeof activityTypes.$inferInsert)[];
  activityStatuses: (typeof activityStatuses.$inferInsert)[];
}

export async function insertDefaultLists(db: Queryable, lists: DefaultLists) {
  await db.insert(customerStatuses).values(lists.customerStatuses);
  await db.insert(activityTypes).values(lists.activityTypes);
  await db.insert(activityStatuses).values(lists.activityStatuses);
}
