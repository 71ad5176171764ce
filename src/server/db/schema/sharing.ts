import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { customers } from './customers';
import { groups } from './settings';
import { users, workspaces } from './workspaces';

/**
 * A customer shared with one user or one group (migration 0018), for reading or editing. Matters
 * only in a workspace with restricted customer visibility. One row per target: NULLS NOT DISTINCT
 * makes (customer, user, null) and (customer, null, group) unique.
 */
export const customerShares = pgTable(
  'customer_shares',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    access: text('access', { enum: ['read', 'edit'] }).notNull(),
    createdAt: createdAt(),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('customer_shares_access_check', sql`${t.access} IN ('read', 'edit')`),
    check('customer_shares_one_target_check', sql`(${t.userId} IS NULL) <> (${t.groupId} IS NULL)`),
    unique('customer_shares_target_key').on(t.customerId, t.userId, t.groupId).nullsNotDistinct(),
    index('customer_shares_user_idx').on(t.userId, t.customerId).where(sql`${t.userId} IS NOT NULL`),
    index('customer_shares_group_idx').on(t.groupId, t.customerId).where(sql`${t.groupId} IS NOT NULL`),
  ],
);

/**
 * Who takes part in which customer (migration 0033): a row per user and customer while the user is
 * the responsible or an additional user of at least one of the customer's activities, `parts`
 * counting them. Kept by triggers on activities and activity_users, never written by the app; the
 * visibility rule reads it (one index lookup instead of searching the activities).
 */
export const customerParticipants = pgTable(
  'customer_participants',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    parts: integer('parts').notNull(),
  },
  (t) => [primaryKey({ name: 'customer_participants_pk', columns: [t.userId, t.customerId] }), index('customer_participants_customer_idx').on(t.customerId)],
);
