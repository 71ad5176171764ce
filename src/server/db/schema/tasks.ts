import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { CommentCheck } from '../../../shared/tasks';
import { activityTypes } from './activities';
import { createdAt, id, nameIsDefault } from './columns';
import { workspaces } from './workspaces';

/** Settings-list columns, with a key for the standard items (migration 0022). */
const listColumns = () => ({
  id: id(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  key: text('key'),
  name: text('name').notNull(),
  nameIsDefault: nameIsDefault(),
  active: boolean('active').notNull().default(true),
  order: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

/** AdWords, SEO, Websites: the web app has a tab per area listing its enrolled customers. */
export const workAreas = pgTable('work_areas', listColumns(), (t) => [unique('work_areas_key').on(t.workspaceId, t.key)]);

/** What a customer task is made from: due kind, rule, the comment form's default ticks. */
export const taskTemplates = pgTable(
  'task_templates',
  {
    ...listColumns(),
    icon: text('icon').notNull().default('square-check'),
    workAreaIds: uuid('work_area_ids').array().notNull().default(sql`'{}'`),
    typeId: uuid('type_id')
      .notNull()
      .references(() => activityTypes.id),
    due: text('due', { enum: ['none', 'deadline', 'recurring'] })
      .notNull()
      .default('none'),
    dueInDays: integer('due_in_days'),
    recurrence: text('recurrence'),
    commentChecks: jsonb('comment_checks').$type<CommentCheck[]>().notNull().default([]),
  },
  (t) => [unique('task_templates_key').on(t.workspaceId, t.key), index('task_templates_ws_idx').on(t.workspaceId)],
);
