import { z } from 'zod';
import { activityRangeQuery, activitySchema, booleanQuery } from './activities';
import { idSchema, pageQuerySchema } from './common';
import { PERIODS } from './todo-periods';

export { PERIODS } from './todo-periods';

/**
 * Where a to-do item falls in the caller's day: `overdue` (due before today), `today`, `future`;
 * `done` for a done activity (listed with `includeDone=true`, after every open one).
 */
export const BUCKETS = ['overdue', 'today', 'future', 'undated', 'done'] as const;
export const bucketSchema = z.enum(BUCKETS);
export type Bucket = z.infer<typeof bucketSchema>;
/** The buckets an open activity can be in. */
export type OpenBucket = Exclude<Bucket, 'done'>;

export const periodSchema = z.enum(PERIODS);
export type Period = z.infer<typeof periodSchema>;

/** Columns the to-do sorts by: due date, customer name, type name, last modified. Ties are broken by id. */
export const TODO_SORTS = ['due', 'customer', 'type', 'updated'] as const;
export const todoSortSchema = z.enum(TODO_SORTS, { message: `One of ${TODO_SORTS.join(', ')}` });
export type TodoSort = z.infer<typeof todoSortSchema>;
export const SORT_ORDERS = ['asc', 'desc'] as const;
export const sortOrderSchema = z.enum(SORT_ORDERS, { message: 'asc or desc' });
export type SortOrder = z.infer<typeof sortOrderSchema>;

export const todoItemSchema = activitySchema.extend({
  customerName: z.string().nullable(),
  contactName: z.string().nullable(),
  /** The name of the activity's project (issue 17), null without one. */
  projectName: z.string().nullable(),
  /** The name of the activity's sales project (issue 18), null without one. */
  salesProjectName: z.string().nullable(),
  typeKey: z.string(),
  bucket: bucketSchema,
});
export type TodoItem = z.infer<typeof todoItemSchema>;

/** The filters the list and its counts share. */
export const todoFilterSchema = z.object({
  /** Default: the caller (with `groupId`: everyone in the group). `all`: everything the caller may see. */
  responsibleId: z.union([z.literal('all'), idSchema], { message: 'A user id or "all"' }).optional(),
  /** Only activities whose responsible is a member of this group or of one of its subgroups. */
  groupId: idSchema.optional(),
  typeId: idSchema.optional(),
  /** Only the activities of this sales project (its sales dialogue). */
  salesProjectId: idSchema.optional(),
  /** Only the activities of this campaign. */
  campaignId: idSchema.optional(),
  /** Done activities too, after every open one, in the `done` bucket. */
  includeDone: booleanQuery.optional(),
  /** A period in the caller's time zone; combined with `from`/`to` when both are given. */
  period: periodSchema.optional(),
  ...activityRangeQuery,
});
export type TodoFilter = z.infer<typeof todoFilterSchema>;

export const todoQuerySchema = pageQuerySchema.extend({
  ...todoFilterSchema.shape,
  /** Default: the caller's saved preference (GET /me/preferences), else `due`. */
  sort: todoSortSchema.optional(),
  /** Default: the caller's saved preference, else `asc`. */
  order: sortOrderSchema.optional(),
  /** A cursor of the customer sort carries a customer name: longer than other lists' cursors. */
  cursor: z.string().max(2000).optional(),
});
export type TodoQuery = z.infer<typeof todoQuerySchema>;

/** How many activities of the whole list (every page) are in each bucket, in the caller's time zone. */
export const todoCountsSchema = z.object({
  overdue: z.number().int(),
  today: z.number().int(),
  future: z.number().int(),
  /** Open tasks without a deadline (issue 15). */
  undated: z.number().int(),
  /** 0 unless `includeDone=true`. */
  done: z.number().int(),
});
export type TodoCounts = z.infer<typeof todoCountsSchema>;
