import { z } from 'zod';
import { dateSchema, idSchema, pageQuerySchema, requiredText } from './common';
import { matching } from './reasons';

/** A check's key: the task template's (lower-case letters, digits, _ and -). */
const checkKey = z.string().regex(...matching(/^[a-z0-9][a-z0-9_-]{0,49}$/, 'key', 'Lower-case letters, digits, _ and - (e.g. "offer_sent")'));
const checksSchema = z.record(checkKey, z.boolean()).refine((checks) => Object.keys(checks).length <= 50, { message: 'At most 50 checks' });

export const commentSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  authorId: z.string().nullable(),
  /** The author's name, for the thread (null when the author was deleted). */
  authorName: z.string().nullable(),
  text: z.string(),
  checks: z.record(z.string(), z.boolean()),
  keywordIds: z.array(z.string()),
  /** The customer status this comment set, when it set one. */
  customerStatus: z.string().nullable(),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentCreateSchema = z.object({
  text: requiredText(5_000),
  /** Ticks over the activity's default checks (a task template's auto-checks). */
  checks: checksSchema.optional(),
  keywordIds: z.array(idSchema).max(20, { message: 'At most 20' }).optional(),
  /** A customer status key: the customer of the activity moves to it, recorded with the comment. */
  customerStatus: z.string().min(1, { message: 'Required' }).max(40, { message: 'At most 40 characters' }).optional(),
});
export type CommentCreate = z.infer<typeof commentCreateSchema>;

export const commentParams = z.object({ id: idSchema, commentId: idSchema });

/** Days in the caller's time zone, both included. */
export const keywordPeriodQuerySchema = pageQuerySchema.extend({ from: dateSchema, to: dateSchema });
export type KeywordPeriodQuery = z.infer<typeof keywordPeriodQuerySchema>;

export const keywordCustomerSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  /** When the keyword was given, oldest first. */
  dates: z.array(z.string()),
});
export type KeywordCustomer = z.infer<typeof keywordCustomerSchema>;
