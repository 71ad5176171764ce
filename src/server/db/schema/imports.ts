import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ImportMapping } from '../../../shared/imports';
import { createdAt, id, updatedAt } from './columns';
import { users, workspaces } from './workspaces';

/**
 * An uploaded CSV or XLSX file to import (issue 19, migration 0040): its parsed rows, the mapping
 * and match chosen to run it, and the run's progress. The job writes `done`, `created`, `updated`
 * in the transaction of each batch, so a run resumed after a crash starts at the next batch.
 */
export const imports = pgTable(
  'imports',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entity: text('entity').$type<'customers' | 'contacts' | 'activities'>().notNull(),
    fileName: text('file_name').notNull(),
    columns: jsonb('columns').$type<string[]>().notNull(),
    /** The data rows (header left out), each cell a string. */
    rows: jsonb('rows').$type<string[][]>().notNull(),
    status: text('status').$type<'uploaded' | 'queued' | 'running' | 'done' | 'failed'>().notNull().default('uploaded'),
    mapping: jsonb('mapping').$type<ImportMapping>(),
    match: text('match').$type<'email' | 'name'>(),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    failedCount: integer('failed_count').notNull().default(0),
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('imports_ws_created_idx').on(t.workspaceId, t.createdAt)],
);

/** The rows an import could not take: the row number as a spreadsheet shows it (header = 1), the field and why. */
export const importFailures = pgTable(
  'import_failures',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    field: text('field').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('import_failures_import_idx').on(t.importId, t.row)],
);
