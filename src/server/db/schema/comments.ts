import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { createdAt, id, tstz } from './columns';
import { users, workspaces } from './workspaces';

const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/** Status keywords ("offer sent", "price list sent"): a settings list picked in comments. */
export const statusKeywords = pgTable(
  'status_keywords',
  {
    id: id(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    order: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('status_keywords_ws_idx').on(t.workspaceId)],
);

/** A comment on an activity: what was said, with the ticks of its checks. */
export const activityComments = pgTable(
  'activity_comments',
  {
    id: id(),
    workspaceId: workspaceId(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    checks: jsonb('checks').$type<Record<string, boolean>>().notNull().default({}),
    createdAt: tstz('created_at').notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('activity_comments_activity_idx').on(t.activityId, t.createdAt, t.id)],
);

/** A keyword picked in a comment, with the comment's time so a period is one index range. */
export const activityCommentKeywords = pgTable(
  'activity_comment_keywords',
  {
    workspaceId: workspaceId(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => activityComments.id, { onDelete: 'cascade' }),
    keywordId: uuid('keyword_id')
      .notNull()
      .references(() => statusKeywords.id, { onDelete: 'restrict' }),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    at: tstz('at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'activity_comment_keywords_pk', columns: [t.commentId, t.keywordId] }),
    index('activity_comment_keywords_period_idx').on(t.keywordId, t.at, t.activityId),
  ],
);
