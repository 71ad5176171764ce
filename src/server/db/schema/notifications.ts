import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { createdAt, id, tstz } from './columns';
import { users, workspaces } from './workspaces';

/** An activity's reminders; `due_at` follows the activity's time (kept in step by the activities service). */
export const activityReminders = pgTable(
  'activity_reminders',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    minutesBefore: integer('minutes_before').notNull(),
    dueAt: tstz('due_at').notNull(),
    /** Set once the reminder was handed out (or was already past when written). */
    deliveredAt: tstz('delivered_at'),
  },
  (t) => [
    primaryKey({ name: 'activity_reminders_pkey', columns: [t.activityId, t.minutesBefore] }),
    index('activity_reminders_due_idx').on(t.dueAt).where(sql`${t.deliveredAt} IS NULL`),
    check('activity_reminders_minutes_check', sql`${t.minutesBefore} BETWEEN 0 AND 40320`),
  ],
);

/** A user's in-app notifications (the bell). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: tstz('at').notNull(),
    readAt: tstz('read_at'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('notifications_once_key').on(t.userId, t.activityId, t.kind, t.at),
    index('notifications_user_idx').on(t.userId, t.at.desc()),
    index('notifications_activity_idx').on(t.activityId),
  ],
);
