import { z } from 'zod';
import { sortOrderSchema, todoSortSchema } from './todo';

/** A user's own settings of how things are shown; kept per user on the server. */
export const preferencesSchema = z.object({
  todoSort: todoSortSchema,
  todoOrder: sortOrderSchema,
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** A PUT names what it changes; what it leaves out stays as it was. */
export const preferencesPutSchema = preferencesSchema.partial();
export type PreferencesPut = z.infer<typeof preferencesPutSchema>;

export const DEFAULT_PREFERENCES: Preferences = { todoSort: 'due', todoOrder: 'asc' };
