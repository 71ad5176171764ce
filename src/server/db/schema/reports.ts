import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ReportDefinition } from '../../../shared/reports';
import { createdAt, id, updatedAt } from './columns';
import { users, workspaces } from './workspaces';

/** A saved report (issue 18): its owner edits it; `shared` shows it to the whole workspace. */
export const savedReports = pgTable(
  'saved_reports',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shared: boolean('shared').notNull().default(false),
    definition: jsonb('definition').$type<ReportDefinition>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('saved_reports_ws_owner_idx').on(t.workspaceId, t.ownerId)],
);
