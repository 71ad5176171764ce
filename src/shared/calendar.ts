import { z } from 'zod';
import { activitySchema, dateOrDateTimeQuery } from './activities';
import { dateTimeOutSchema, idSchema } from './common';
import { because } from './reasons';

/** The longest window `GET /api/v1/calendar` answers for (six weeks: a month view with its edges). */
export const CALENDAR_MAX_DAYS = 42;
/** At most this many users' calendars side by side in one request. */
export const CALENDAR_MAX_USERS = 30;

/** The calendar page's views, as a user's preference remembers them. */
export const calendarViewSchema = z.enum(['month', 'week', 'day', 'list']);
export type CalendarViewName = z.infer<typeof calendarViewSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;
const isDateOnly = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const instant = (text: string) => Date.parse(isDateOnly(text) ? `${text}T00:00:00Z` : text);
/**
 * How many days `to` is after `from`: dates count from their starts, so 1 March to 12 April is 42
 * days apart (the answer still holds all of 12 April).
 */
const daysApart = (from: string, to: string) => (instant(to) - instant(from)) / DAY_MS;
/** Whether `to` comes before `from`; a date `to` holds its whole day, so `from` on that day is fine. */
const endsBeforeStart = (from: string, to: string) => instant(to) + (isDateOnly(to) ? DAY_MS : 0) <= instant(from);

/** `userIds=a,b` (comma-separated); each one an id, each once. */
const userIdList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : value,
  z
    .array(idSchema)
    .min(1, { message: 'At least one' })
    .max(CALENDAR_MAX_USERS, { message: `At most ${CALENDAR_MAX_USERS}` })
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, because('duplicate', 'Each id only once')),
);

/**
 * The window of a calendar: `from` and `to` are dates (the caller's days, `to` included whole) or
 * dates and times with an offset (`to` included, as in the activity search); at most 42 days apart
 * (a month view's six weeks: from its first Monday to the Monday after).
 * `userIds` defaults to the caller.
 */
export const calendarQuerySchema = z
  .object({
    from: dateOrDateTimeQuery,
    to: dateOrDateTimeQuery,
    userIds: userIdList.optional(),
  })
  .superRefine((q, ctx) => {
    if (endsBeforeStart(q.from, q.to)) ctx.addIssue({ code: 'custom', path: ['to'], ...because('date_range', 'Ends before it starts') });
    else if (daysApart(q.from, q.to) > CALENDAR_MAX_DAYS + 1 / 24)
      // An hour of slack: a window of whole days across a daylight-saving change is an hour longer.
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        ...because('window_too_long', `At most ${CALENDAR_MAX_DAYS} days after from`, { max: CALENDAR_MAX_DAYS }),
      });
  });
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

const calendarFields = {
  /** Always set here: an undated task has no place in a calendar. */
  scheduledAt: dateTimeOutSchema,
  /** Which of the asked users' calendars it sits in: its responsible and/or additional users. */
  calendarUserIds: z.array(z.string()),
  /** Whether the caller may move, resize or reassign it (a PATCH would be refused otherwise). */
  editable: z.boolean(),
  /**
   * A coming occurrence of a recurring task, not a row of its own (it becomes one when the one
   * before is done): never editable, its id made of the series' and the occurrence's.
   */
  projected: z.literal(true).optional(),
  /** A projected entry's series: the open recurring activity to open instead. */
  seriesId: z.string().optional(),
};

/** An activity the caller may read, as it sits in the asked calendars. */
export const calendarActivitySchema = activitySchema.extend(calendarFields);
export type CalendarActivity = z.infer<typeof calendarActivitySchema>;

/**
 * Another user's private activity: busy time only, without subject, note, customer or contact (nor
 * additional customers, sales project or campaign), and never editable by the caller.
 */
export const calendarBusySchema = activitySchema
  .pick({ id: true, typeId: true, responsibleId: true, additionalUserIds: true, scheduledAt: true, endsAt: true, allDay: true, private: true, done: true })
  .extend({ ...calendarFields, busy: z.literal(true) });
export type CalendarBusy = z.infer<typeof calendarBusySchema>;

/**
 * An entry of the calendar: an activity, busy time, or either one `projected: true` (a recurring
 * task's coming occurrence, with the series' fields and its own times).
 */
export const calendarItemSchema = z.union([calendarActivitySchema, calendarBusySchema]);
export type CalendarItem = z.infer<typeof calendarItemSchema>;

export const calendarAnswerSchema = z.object({ items: z.array(calendarItemSchema) });
export type CalendarAnswer = z.infer<typeof calendarAnswerSchema>;

export const calendarAccessSchema = z.enum(['read', 'edit']);
export type CalendarAccess = z.infer<typeof calendarAccessSchema>;

/** A calendar the caller may open: whose, its colour (`#rrggbb`), and whether the caller may add and move activities in it. */
export const calendarUserSchema = z.object({
  userId: z.string(),
  name: z.string(),
  color: z.string(),
  access: calendarAccessSchema,
});
export type CalendarUser = z.infer<typeof calendarUserSchema>;

export const calendarUsersAnswerSchema = z.object({ items: z.array(calendarUserSchema) });
export type CalendarUsersAnswer = z.infer<typeof calendarUsersAnswerSchema>;
