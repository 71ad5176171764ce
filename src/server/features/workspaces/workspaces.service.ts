import { count } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { customerStatuses, users, workspaces } from '../../db/schema';
import { hashPassword } from '../../auth/passwords';
import { defaultCustomerStatuses, seedLocale } from './default-lists';

export interface NewWorkspace {
  workspaceName: string;
  locale: string;
  timeZone: string;
  admin: { email: string; name: string; password: string };
}

export async function hasAnyWorkspace(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(workspaces);
  return Number(row.n) > 0;
}

/** Creates a workspace with its default lists and its first admin; returns the ids. */
export async function createWorkspace(db: Queryable, input: NewWorkspace, kdfCost: number) {
  const [workspace] = await db
    .insert(workspaces)
    .values({ name: input.workspaceName, locale: input.locale, timeZone: input.timeZone })
    .returning({ id: workspaces.id });
  const names = defaultCustomerStatuses[seedLocale(input.locale)];
  await db.insert(customerStatuses).values(
    Object.entries(names).map(([key, name], order) => ({ workspaceId: workspace.id, key, name, order })),
  );
  const [admin] = await db
    .insert(users)
    .values({
      workspaceId: workspace.id,
      email: input.admin.email.trim().toLowerCase(),
      name: input.admin.name,
      passwordHash: await hashPassword(input.admin.password, kdfCost),
      role: 'admin',
      locale: input.locale,
      timeZone: input.timeZone,
    })
    .returning({ id: users.id });
  return { workspaceId: workspace.id, adminId: admin.id };
}
