import { z } from 'zod';
import { CALENDAR_MAX_USERS, calendarViewSchema } from './calendar';
import { idSchema } from './common';
import { because } from './reasons';
import { sortOrderSchema, todoSortSchema } from './todo';

const calendarUserIdsSchema = z
  .array(idSchema)
  .min(1, { message: 'At least one' })
  .max(CALENDAR_MAX_USERS, { message: `At most ${CALENDAR_MAX_USERS}` })
  .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, because('duplicate', 'Each id only once'));

/** A user's own settings of how things are shown; kept per user on the server. */
export const preferencesSchema = z.object({
  todoSort: todoSortSchema,
  todoOrder: sortOrderSchema,
  calendarUserIds: calendarUserIdsSchema
    .optional()
    .describe('Whose calendars the calendar page shows side by side; absent until chosen. Users whose calendars you may no longer see are left out.'),
  calendarView: calendarViewSchema.optional().describe('The calendar page view last chosen; absent until chosen'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** A PUT names what it changes; what it leaves out stays as it was. */
export const preferencesPutSchema = preferencesSchema.partial();
export type PreferencesPut = z.infer<typeof preferencesPutSchema>;

export const DEFAULT_PREFERENCES: Preferences = { todoSort: 'due', todoOrder: 'asc' };
