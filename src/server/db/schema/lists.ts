import { boolean, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, nameIsDefault } from './columns';
import { workspaces } from './workspaces';

const listColumns = () => ({
  id: id(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  order: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

/** Customer statuses are referenced by key (lead, prospect, customer, former, …). */
export const customerStatuses = pgTable('customer_statuses', { ...listColumns(), key: text('key').notNull(), nameIsDefault: nameIsDefault() }, (t) => [
  unique('customer_statuses_key').on(t.workspaceId, t.key),
]);

export const industries = pgTable('industries', listColumns(), (t) => [index('industries_ws_idx').on(t.workspaceId)]);

export const categories = pgTable(
  'categories',
  {
    ...listColumns(),
    appliesTo: text('applies_to', { enum: ['customer', 'contact', 'both'] })
      .notNull()
      .default('both'),
  },
  (t) => [index('categories_ws_idx').on(t.workspaceId)],
);

export const contactRoles = pgTable('contact_roles', listColumns(), (t) => [index('contact_roles_ws_idx').on(t.workspaceId)]);
