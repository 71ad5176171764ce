import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { createdAt, id } from './columns';
import { users, workspaces } from './workspaces';

/** Raw bytes; drizzle has no built-in bytea column. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A file on an activity: an upload, or a journaled mail's .eml and attachments. Kept in the
 * database, not on disk, so every Tend process behind a load balancer reads the same files and a
 * database backup holds them. The bytes live in `document_contents`, so lists never touch them.
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** `file`: uploaded by a person; `message`: a journaled mail's .eml; `attachment`: a part of that mail. */
    kind: text('kind').notNull().default('file'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** The name folded as every search folds text (case, accents, æ → ae): activity search by document name. */
    searchName: text('search_name').generatedAlwaysAs(sql`tend_fold(name)`),
  },
  (t) => [
    index('documents_activity_idx').on(t.activityId, t.createdAt, t.id),
    index('documents_workspace_idx').on(t.workspaceId),
    // Activity search by document name (migration 0030).
    index('documents_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
  ],
);

export const documentContents = pgTable('document_contents', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
});
