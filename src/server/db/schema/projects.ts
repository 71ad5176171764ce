import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { customers } from './customers';
import { users, workspaces } from './workspaces';

/**
 * A customer's project (issue 17, migration 0034): nested to any depth under one customer. Its
 * visibility is its customer's. Archived projects keep their history but leave the pickers.
 */
export const projects = pgTable(
  'projects',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** Null for a top-level project; always a project of the same customer (the service checks, and refuses cycles). */
    parentId: uuid('parent_id').references((): AnyPgColumn => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    responsibleId: uuid('responsible_id').references(() => users.id, { onDelete: 'set null' }),
    /** Set when archived (the API answers `archived: true`); null while active. */
    archivedAt: tstz('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The customer's tree in one read, and a project's children.
    index('projects_customer_idx').on(t.customerId, t.parentId, t.name, t.id),
    index('projects_parent_idx').on(t.parentId).where(sql`${t.parentId} IS NOT NULL`),
    index('projects_ws_idx').on(t.workspaceId, t.customerId),
  ],
);
