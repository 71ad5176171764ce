import { count } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activityStatuses, activityTypes, customerStatuses, users, workspaces } from '../../db/schema';
import { hashPassword } from '../../auth/passwords';
import {
  defaultActivityStatusClosed,
  defaultActivityStatuses,
  defaultActivityTypeLooks,
  defaultActivityTypes,
  defaultCustomerStatuses,
  seedLocale,
} from './default-lists';

export interface NewWorkspace {
  workspaceName: string;
  locale: string;
  timeZone: string;
  admin: { email: string; name: string; password: string };
}

export async function hasAnyWorkspace(db: Queryable): Promise<boolean> {
  // No access check: asked before anyone can sign in (first-run setup).
  const [row] = await db.select({ n: count() }).from(workspaces);
  return Number(row.n) > 0;
}

/** Creates a workspace with its default lists and its first admin; returns the ids. */
export async function createWorkspace(db: Queryable, input: NewWorkspace, kdfCost: number) {
  // No access check: first-run setup, TEND_ADMIN_EMAIL at start, the demo and tests create workspaces.
  const [workspace] = await db
    .insert(workspaces)
    .values({ name: input.workspaceName, locale: input.locale, timeZone: input.timeZone })
    .returning({ id: workspaces.id });
  await seedDefaultLists(db, workspace.id, input.locale);
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

/** The lists a new workspace starts with, named in its language. */
export async function seedDefaultLists(db: Queryable, workspaceId: string, locale: string) {
  // No access check: part of creating a workspace (above).
  const language = seedLocale(locale);
  await db.insert(customerStatuses).values(Object.entries(defaultCustomerStatuses[language]).map(([key, name], order) => ({ workspaceId, key, name, order })));
  const typeNames = defaultActivityTypes[language];
  await db.insert(activityTypes).values(
    Object.entries(defaultActivityTypeLooks).map(([key, look], order) => ({
      workspaceId,
      key,
      name: typeNames[key as keyof typeof typeNames],
      ...look,
      order,
    })),
  );
  const statusNames = defaultActivityStatuses[language];
  await db.insert(activityStatuses).values(
    Object.entries(defaultActivityStatusClosed).map(([key, closed], order) => ({
      workspaceId,
      key,
      name: statusNames[key as keyof typeof statusNames],
      closed,
      order,
    })),
  );
}
