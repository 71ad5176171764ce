import { z } from 'zod';
import { activityRangeQuery, activitySchema, booleanQuery } from './activities';
import { idSchema, pageQuerySchema } from './common';

/** Where a to-do item falls in the caller's day: `overdue` (due before today), `today`, `future`. */
export const BUCKETS = ['overdue', 'today', 'future'] as const;
export const bucketSchema = z.enum(BUCKETS);
export type Bucket = z.infer<typeof bucketSchema>;

export const PERIODS = ['last-year-and-this-year', 'this-year', 'this-month'] as const;
export const periodSchema = z.enum(PERIODS);
export type Period = z.infer<typeof periodSchema>;

export const todoItemSchema = activitySchema.extend({
  customerName: z.string().nullable(),
  contactName: z.string().nullable(),
  typeKey: z.string(),
  bucket: bucketSchema,
});
export type TodoItem = z.infer<typeof todoItemSchema>;

export const todoQuerySchema = pageQuerySchema.extend({
  /** Default: the caller. `all`: everything the caller may see. */
  responsibleId: z.union([z.literal('all'), idSchema], { message: 'A user id or "all"' }).optional(),
  typeId: idSchema.optional(),
  includeDone: booleanQuery.optional(),
  /** A period in the caller's time zone; combined with `from`/`to` when both are given. */
  period: periodSchema.optional(),
  ...activityRangeQuery,
});
export type TodoQuery = z.infer<typeof todoQuerySchema>;
