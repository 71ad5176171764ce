import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { readMigrations } from '../../db/migrate';
import { activityStatuses, activityTypes, taskTemplates } from '../../db/schema';
import { defaultActivityStatusClosed, defaultActivityStatuses, defaultActivityTypeLooks, defaultActivityTypes } from './default-lists';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const listsOf = async (workspaceId: string) => ({
  types: (await t.database.db.select().from(activityTypes).where(eq(activityTypes.workspaceId, workspaceId)))
    .map((x) => [x.key, x.name, x.icon, x.color, x.order])
    .sort(),
  statuses: (await t.database.db.select().from(activityStatuses).where(eq(activityStatuses.workspaceId, workspaceId)))
    .map((x) => [x.key, x.name, x.closed, x.order])
    .sort(),
});

describe('default activity lists', () => {
  it('are given to workspaces that existed before activities, the same as to new ones', async () => {
    // The lists' migration, then the one that renamed its 'check-square' icon to lucide's name.
    const statements = readMigrations()
      .filter((m) => m.tag.endsWith('activity_lists_for_existing_workspaces') || m.tag.endsWith('lucide_icon_names'))
      .flatMap((m) => m.statements);
    for (const locale of ['en', 'da'] as const) {
      const admin = await newWorkspace(t, { locale });
      const workspaceId = admin.user.workspaceId;
      const seeded = await listsOf(workspaceId);
      const typeNames: Record<string, string> = defaultActivityTypes[locale];
      const statusNames: Record<string, string> = defaultActivityStatuses[locale];
      expect(seeded.types).toEqual(
        Object.entries(defaultActivityTypeLooks)
          .map(([key, look], order) => [key, typeNames[key], look.icon, look.color, order])
          .sort(),
      );
      expect(seeded.statuses).toEqual(
        Object.entries(defaultActivityStatusClosed)
          .map(([key, closed], order) => [key, statusNames[key], closed, order])
          .sort(),
      );
      // As if the workspace predated activities: no lists. The migration gives back the same ones.
      await t.database.db.delete(taskTemplates).where(eq(taskTemplates.workspaceId, workspaceId));
      await t.database.db.delete(activityTypes).where(eq(activityTypes.workspaceId, workspaceId));
      await t.database.db.delete(activityStatuses).where(eq(activityStatuses.workspaceId, workspaceId));
      for (const statement of statements) await t.database.db.execute(sql.raw(statement));
      expect(await listsOf(workspaceId)).toEqual(seeded);
      // Running it again changes nothing.
      for (const statement of statements) await t.database.db.execute(sql.raw(statement));
      expect(await listsOf(workspaceId)).toEqual(seeded);
    }
  });
});
