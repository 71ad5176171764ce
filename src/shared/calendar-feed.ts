import { z } from 'zod';
import { dateTimeOutSchema } from './common';

/** A new secret calendar address: shown once (only a hash of its secret is kept). */
export const calendarFeedCreatedSchema = z.object({ url: z.string() });
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedSchema>;

/** Whether the caller has a calendar address now, and since when (the address itself cannot be shown again). */
export const calendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: dateTimeOutSchema.nullable() });
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** The feed's window around today, and its cap, per side (past, coming). */
export const FEED_DAYS_BACK = 90;
export const FEED_DAYS_AHEAD = 365;
export const FEED_MAX_PAST = 500;
export const FEED_MAX_COMING = 1500;
