import { z } from 'zod';
import { dateTimeOutSchema } from './common';

/** One notification of the bell; the subject and customer name are null when the caller may no longer see the activity. */
export const notificationSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  kind: z.enum(['reminder']),
  at: dateTimeOutSchema,
  readAt: dateTimeOutSchema.nullable(),
  subject: z.string().nullable(),
  customerName: z.string().nullable(),
  scheduledAt: dateTimeOutSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** A page of the caller's notifications, newest first (`?limit` 1–500, default 50; `?cursor`), and the unread count of all. */
export const notificationListSchema = z.object({ items: z.array(notificationSchema), nextCursor: z.string().nullable(), unread: z.number() });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const readAllResultSchema = z.object({ marked: z.number() });

/**
 * Background jobs that failed for good in the last 7 days, per queue (admins). The queue is shared
 * by every workspace of the installation, so only counts and times, never a job's data or error.
 */
export const failedJobsSchema = z.object({
  items: z.array(z.object({ queue: z.string(), failed: z.number(), lastFailedAt: dateTimeOutSchema })),
});
