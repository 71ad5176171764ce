import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { AUDIT_ACTIONS } from '../../../shared/history';
import { id, tstz } from './columns';
import { users, workspaces } from './workspaces';

/**
 * Who changed what and when, with the changed fields before and after; admins read all of it,
 * anyone who may read a customer reads the entries of that customer (`customerId`: the customer
 * itself, or the customer of a contact or activity). `entityName` is the record's name when the
 * change was made (see migration 0013).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    at: tstz('at').notNull().default(sql`now()`),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id'),
    customerId: uuid('customer_id'),
    entityName: text('entity_name'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_ws_at_idx').on(t.workspaceId, t.at.desc(), t.id.desc()),
    index('audit_log_ws_customer_idx').on(t.workspaceId, t.customerId, t.at.desc(), t.id.desc()).where(sql`${t.customerId} IS NOT NULL`),
    index('audit_log_ws_entity_idx').on(t.workspaceId, t.entityId, t.at.desc(), t.id.desc()).where(sql`${t.entityId} IS NOT NULL`),
    index('audit_log_ws_user_idx').on(t.workspaceId, t.userId, t.at.desc(), t.id.desc()),
  ],
);
