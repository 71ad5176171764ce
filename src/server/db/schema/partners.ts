import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { projects } from './projects';
import { users, workspaces } from './workspaces';

/**
 * Which projects an outside partner sees (issue 17, migration 0035): only projects of the partner's
 * own customer (the service checks). A project's sub-projects are not shared with it: each is shared
 * on its own, so the quota counts what a partner really sees.
 */
export const projectPartners = pgTable(
  'project_partners',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: 'project_partners_pkey', columns: [t.projectId, t.userId] }), index('project_partners_user_idx').on(t.userId, t.projectId)],
);
