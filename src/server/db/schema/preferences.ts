import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';
import { users, workspaces } from './workspaces';

/**
 * A user's own display settings (the to-do's sort, the calendar's chosen users and view); a user
 * without a row has the defaults.
 */
export const userPreferences = pgTable('user_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  todoSort: text('todo_sort', { enum: ['due', 'customer', 'type', 'updated'] }),
  todoOrder: text('todo_order', { enum: ['asc', 'desc'] }),
  // Not foreign keys: ids of users gone or no longer visible are dropped when read.
  calendarUserIds: uuid('calendar_user_ids').array(),
  calendarView: text('calendar_view', { enum: ['month', 'week', 'day', 'list'] }),
  updatedAt: updatedAt(),
});
