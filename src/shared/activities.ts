import { z } from 'zod';
import { dateSchema, dateTimeInSchema, dateTimeOutSchema, idSchema, optionalText, pageQuerySchema, requiredText } from './common';
import { because } from './reasons';
import { normalRule, ruleProblem } from './recurrence';

import { nameIsDefaultField } from './settings';

export const activityTypeSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  icon: z.string(),
  color: z.string(),
  active: z.boolean(),
  order: z.number(),
  completionSetsCustomerStatus: z.string().nullable(),
  ...nameIsDefaultField,
});
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const activityStatusSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  closed: z.boolean(),
  active: z.boolean(),
  order: z.number(),
  ...nameIsDefaultField,
});
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

export const activitySchema = z.object({
  id: z.string(),
  typeId: z.string(),
  statusId: z.string().nullable(),
  subject: z.string(),
  note: z.string().nullable(),
  customerId: z.string().nullable(),
  contactId: z.string().nullable(),
  additionalCustomerIds: z.array(z.string()),
  responsibleId: z.string(),
  additionalUserIds: z.array(z.string()),
  /**
   * UTC. An all-day activity is at midnight UTC of its date: read its date with `scheduledAt.slice(0, 10)`.
   * Null for a customer task without a deadline (issue 15).
   */
  scheduledAt: dateTimeOutSchema.nullable(),
  endsAt: dateTimeOutSchema.nullable(),
  allDay: z.boolean(),
  /** Seen only by its responsible and additional users (others, in a calendar, see busy time). */
  private: z.boolean(),
  done: z.boolean(),
  doneAt: dateTimeOutSchema.nullable(),
  previousActivityId: z.string().nullable(),
  nextActivityId: z.string().nullable(),
  salesProjectId: z.string().nullable(),
  campaignId: z.string().nullable(),
  /** Reminders, minutes before `scheduledAt`, ascending (the responsible gets a notification, and a mail if on). */
  reminders: z.array(z.number()),
  /** Files on the activity (GET /activities/{id}/documents lists them). */
  documentCount: z.number(),
  /** Names for lists (search results, timelines): no look-up per row needed. */
  customerName: z.string().nullable(),
  contactName: z.string().nullable(),
  createdById: z.string().nullable(),
  createdAt: dateTimeOutSchema,
  updatedAt: dateTimeOutSchema,
  /** Customer tasks (issue 15): the template it was made from, its work area, the series' RRULE, the comment ticks. */
  templateId: z.string().nullable(),
  workAreaId: z.string().nullable(),
  recurrence: z.string().nullable(),
  recurrenceStart: dateTimeOutSchema.nullable(),
  commentChecks: z.array(z.object({ key: z.string(), label: z.string(), defaultChecked: z.boolean() })).nullable(),
  /** A journaled mail's direction (issue 16): `out` when sent from a Tend user's address; null (or absent) for other activities. */
  direction: z.enum(['in', 'out']).nullable().optional(),
  /** The project of its customer it belongs to (issue 17), or null. */
  projectId: z.string().nullable(),
});
export type Activity = z.infer<typeof activitySchema>;

/** The next activity of a chain: when, what kind, what to do, and who (default: the same salesperson). */
export const followUpInputSchema = z.object({
  scheduledAt: dateTimeInSchema,
  allDay: z.boolean().optional(),
  typeId: idSchema,
  text: requiredText(500),
  responsibleId: idSchema.optional(),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

/** An RFC 5545 RRULE as a task stores it (`FREQ=MONTHLY;BYMONTHDAY=-1`), checked and upper-cased. */
export const recurrenceSchema = z
  .string()
  .trim()
  .max(500)
  .refine(
    (rule) => ruleProblem(rule) === null,
    because(
      'recurrence',
      'Not a recurrence rule Tend can follow (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY; INTERVAL, BYDAY, BYMONTHDAY, BYSETPOS, BYMONTH, COUNT or UNTIL)',
    ),
  )
  .transform(normalRule);

const idList = z.array(idSchema).max(50, { message: 'At most 50' });

/** Up to 4 weeks before; a repeated value counts once. */
export const REMINDER_MAX_MINUTES = 40_320;
const reminderList = z
  .array(z.number().int().min(0).max(REMINDER_MAX_MINUTES, { message: 'At most 4 weeks (40320 minutes) before' }))
  .max(10, { message: 'At most 10 reminders' });

const activityFields = {
  typeId: idSchema,
  statusId: idSchema.nullable().optional(),
  subject: requiredText(500),
  note: optionalText(20_000),
  customerId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
  additionalCustomerIds: idList.optional(),
  responsibleId: idSchema.optional(),
  additionalUserIds: idList.optional(),
  /** For an all-day activity only the date part counts: `2026-11-22T00:00:00+01:00` is 22 November. */
  scheduledAt: dateTimeInSchema.optional(),
  endsAt: dateTimeInSchema.nullable().optional(),
  allDay: z.boolean().optional(),
  private: z.boolean().optional(),
  done: z.boolean().optional(),
  salesProjectId: idSchema.nullable().optional(),
  campaignId: idSchema.nullable().optional(),
  /** Repeats the activity: completing it creates the next occurrence. Null ends the series. */
  recurrence: recurrenceSchema.nullable().optional(),
  reminders: reminderList.optional(),
  /** A project of the activity's customer (issue 17); null takes it out of its project. */
  projectId: idSchema.nullable().optional(),
};

export const activityCreateSchema = z.object(activityFields);
export type ActivityCreate = z.infer<typeof activityCreateSchema>;

/** A PATCH may also set `followUp`: it creates the next activity of the chain without completing this one. */
export const activityUpdateSchema = z.object(activityFields).partial().extend({ followUp: followUpInputSchema.optional() });
export type ActivityUpdate = z.infer<typeof activityUpdateSchema>;

export const activityCompleteSchema = z.object({
  note: optionalText(20_000),
  statusId: idSchema.optional(),
  followUp: followUpInputSchema.optional(),
});
export type ActivityComplete = z.infer<typeof activityCompleteSchema>;

export const activityWithNextSchema = z.object({ activity: activitySchema, next: activitySchema.nullable() });
export type ActivityWithNext = z.infer<typeof activityWithNextSchema>;

export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
/**
 * A date (`2026-11-22`, the caller's day) or a date and time with an offset. An unencoded `+` in a
 * query string arrives as a space (`…T09:30:00 01:00`); it is read as the `+` it was meant to be.
 */
export const dateOrDateTimeQuery = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$/, '$1+$2') : value),
  z.union([dateSchema, dateTimeInSchema], { message: 'Not a date (YYYY-MM-DD) or a date and time with an offset, between the years 1000 and 9999' }),
);

/** `to` is inclusive: a date includes that whole day in the caller's time zone. */
export const activityRangeQuery = {
  from: dateOrDateTimeQuery.optional(),
  to: dateOrDateTimeQuery.optional(),
};

export const activityListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  customerId: idSchema.optional(),
  contactId: idSchema.optional(),
  responsibleId: idSchema.optional(),
  typeId: idSchema.optional(),
  statusId: idSchema.optional(),
  done: booleanQuery.optional(),
  salesProjectId: idSchema.optional(),
  campaignId: idSchema.optional(),
  /** The activities of one project (issue 17). */
  projectId: idSchema.optional(),
  /** Has a document whose name contains this (case and accents ignored). */
  documentName: z.string().trim().max(200).optional(),
  ...activityRangeQuery,
});
export type ActivityListQuery = z.infer<typeof activityListQuerySchema>;

export const timelineQuerySchema = pageQuerySchema.extend({
  typeId: idSchema.optional(),
  done: booleanQuery.optional(),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

export const BULK_ACTIONS = ['complete', 'reschedule', 'reassign'] as const;
export const bulkActionSchema = z.enum(BULK_ACTIONS, { message: `One of ${BULK_ACTIONS.join(', ')}` });
export type BulkAction = z.infer<typeof bulkActionSchema>;

/** At most this many activities in one bulk request. */
export const BULK_MAX = 200;

/**
 * One change to several activities, all or nothing: `complete` (optional `note`, `statusId`),
 * `reschedule` (`scheduledAt`, optional `allDay`; an end moves with its start) or `reassign`
 * (`responsibleId`).
 */
export const activityBulkSchema = z
  .object({
    ids: z
      .array(idSchema)
      .min(1, { message: 'At least one' })
      .max(BULK_MAX, { message: `At most ${BULK_MAX}` })
      .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, because('duplicate', 'Each id only once')),
    action: bulkActionSchema,
    scheduledAt: dateTimeInSchema.optional(),
    allDay: z.boolean().optional(),
    responsibleId: idSchema.optional(),
    note: optionalText(20_000),
    statusId: idSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const need = (field: keyof typeof body, when: BulkAction) => {
      if (body.action === when && body[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], ...because('required_for_action', `Required to ${when}`, { action: when }) });
    };
    const only = (field: keyof typeof body, when: BulkAction) => {
      if (body.action !== when && body[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], ...because('only_for_action', `Only with action ${when}`, { action: when }) });
    };
    need('scheduledAt', 'reschedule');
    need('responsibleId', 'reassign');
    only('scheduledAt', 'reschedule');
    only('allDay', 'reschedule');
    only('responsibleId', 'reassign');
    only('note', 'complete');
    only('statusId', 'complete');
  });
export type ActivityBulk = z.infer<typeof activityBulkSchema>;

export const activityBulkResultSchema = z.object({ items: z.array(activitySchema) });
export type ActivityBulkResult = z.infer<typeof activityBulkResultSchema>;
