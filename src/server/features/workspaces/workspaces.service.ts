import { seedSalesStages } from '../sales/sales-seeds';
import { seedTaskLists } from '../tasks/task-seeds';
import type { Queryable } from '../../db/client';
import { hashPassword } from '../../auth/passwords';
import {
  defaultActivityStatusClosed,
  defaultActivityStatuses,
  defaultActivityTypeLooks,
  defaultActivityTypes,
  defaultCustomerStatuses,
  seedLocale,
} from './default-lists';
import * as repo from './workspaces.repository';

export interface NewWorkspace {
  workspaceName: string;
  locale: string;
  timeZone: string;
  admin: { email: string; name: string; password: string };
}

export async function hasAnyWorkspace(db: Queryable): Promise<boolean> {
  // No access check: asked before anyone can sign in (first-run setup).
  return (await repo.countWorkspaces(db)) > 0;
}

/** Creates a workspace with its default lists and its first admin; returns the ids. */
export async function createWorkspace(db: Queryable, input: NewWorkspace, kdfCost: number) {
  // No access check: first-run setup, TEND_ADMIN_EMAIL at start, the demo and tests create workspaces.
  const workspaceId = await repo.insertWorkspace(db, { name: input.workspaceName, locale: input.locale, timeZone: input.timeZone });
  await seedDefaultLists(db, workspaceId, input.locale);
  const adminId = await repo.insertUser(db, {
    workspaceId,
    email: input.admin.email.trim().toLowerCase(),
    name: input.admin.name,
    passwordHash: await hashPassword(input.admin.password, kdfCost),
    role: 'admin',
    locale: input.locale,
    timeZone: input.timeZone,
  });
  return { workspaceId, adminId };
}

/** The lists a new workspace starts with, named in its language (each reader sees them in theirs, see shownName). */
export async function seedDefaultLists(db: Queryable, workspaceId: string, locale: string) {
  // No access check: part of creating a workspace (above).
  const language = seedLocale(locale);
  const typeNames = defaultActivityTypes[language];
  const statusNames = defaultActivityStatuses[language];
  await repo.insertDefaultLists(db, {
    customerStatuses: Object.entries(defaultCustomerStatuses[language]).map(([key, name], order) => ({ workspaceId, key, name, nameIsDefault: true, order })),
    activityTypes: Object.entries(defaultActivityTypeLooks).map(([key, look], order) => ({
      workspaceId,
      key,
      name: typeNames[key as keyof typeof typeNames],
      nameIsDefault: true,
      ...look,
      order,
    })),
    activityStatuses: Object.entries(defaultActivityStatusClosed).map(([key, closed], order) => ({
      workspaceId,
      key,
      name: statusNames[key as keyof typeof statusNames],
      nameIsDefault: true,
      closed,
      order,
    })),
  });
  await seedTaskLists(db, workspaceId, language);
  await seedSalesStages(db, workspaceId, language);
}
