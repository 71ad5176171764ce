import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, primaryKey, text, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { activityComments } from './comments';
import { customers } from './customers';
import { users, workspaces } from './workspaces';

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

/** Seed 003's extra customer info: where the contact came from, its sources, the products it has. */
export const origins = pgTable('origins', listColumns(), (t) => [index('origins_ws_idx').on(t.workspaceId)]);
export const sources = pgTable('sources', listColumns(), (t) => [index('sources_ws_idx').on(t.workspaceId)]);
export const products = pgTable(
  'products',
  {
    ...listColumns(),
    /** The task templates whose tasks adding the product to a customer creates (migration 0022). */
    taskTemplateIds: uuid('task_template_ids').array().notNull().default(sql`'{}'`),
  },
  (t) => [index('products_ws_idx').on(t.workspaceId)],
);

export const customerSources = pgTable(
  'customer_sources',
  {
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.sourceId] }), index('customer_sources_source_idx').on(t.sourceId)],
);
export const customerProducts = pgTable(
  'customer_products',
  {
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.productId] }), index('customer_products_product_idx').on(t.productId)],
);

/** Groups of employees, a tree; members of sales groups are the workspace's salespeople. */
export const groups = pgTable(
  'groups',
  {
    ...listColumns(),
    type: text('type', { enum: ['standard', 'sales'] })
      .notNull()
      .default('standard'),
    parentId: uuid('parent_id').references((): AnyPgColumn => groups.id, { onDelete: 'restrict' }),
  },
  (t) => [index('groups_ws_idx').on(t.workspaceId), index('groups_parent_idx').on(t.parentId)],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roleName: text('role_name').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);

/** A salesperson's budget for one month (the first day of the month). */
export const salesBudgets = pgTable(
  'sales_budgets',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    month: date('month', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    currency: text('currency').notNull(),
  },
  (t) => [
    unique('sales_budgets_user_month').on(t.workspaceId, t.userId, t.month),
    check('sales_budgets_first_of_month', sql`extract(day from ${t.month}) = 1`),
  ],
);

/** Every change of a customer's status: who, when, why (a person, or an activity's completion rule). */
export const customerStatusHistory = pgTable(
  'customer_status_history',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: tstz('at').notNull().default(sql`clock_timestamp()`),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The activity whose completion changed the status, when a type rule did it. */
    activityId: uuid('activity_id'),
    reason: text('reason'),
    /** The comment that set the status, when one did (migration 0023). */
    commentId: uuid('comment_id').references((): AnyPgColumn => activityComments.id, { onDelete: 'set null' }),
  },
  (t) => [index('customer_status_history_customer_idx').on(t.customerId, t.at.desc())],
);
