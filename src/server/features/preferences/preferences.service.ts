import { calendarViewSchema } from '../../../shared/calendar';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPut } from '../../../shared/preferences';
import { sortOrderSchema, todoSortSchema } from '../../../shared/todo';
import { assertCan } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { visibleCalendarUserIds } from '../calendar/calendar.service';
import * as repo from './preferences.repository';

type TodoOrder = Pick<Preferences, 'todoSort' | 'todoOrder'>;

/** The stored to-do order over the default (a value the schema no longer knows falls back to it). */
function todoOrderOf(stored: repo.StoredPreferences | null): TodoOrder {
  const sort = todoSortSchema.safeParse(stored?.todoSort);
  const order = sortOrderSchema.safeParse(stored?.todoOrder);
  return { todoSort: sort.success ? sort.data : DEFAULT_PREFERENCES.todoSort, todoOrder: order.success ? order.data : DEFAULT_PREFERENCES.todoOrder };
}

/** Stored values over the defaults; the calendar's users only as far as the caller may still see them, absent when none are left. */
async function withDefaults(db: Queryable, actor: Actor, stored: repo.StoredPreferences | null): Promise<Preferences> {
  const view = calendarViewSchema.safeParse(stored?.calendarView);
  const calendarUserIds = await visibleCalendarUserIds(db, actor, stored?.calendarUserIds ?? []);
  return {
    ...todoOrderOf(stored),
    ...(calendarUserIds.length > 0 ? { calendarUserIds } : {}),
    ...(view.success ? { calendarView: view.data } : {}),
  };
}

/** Only the caller's to-do order (what every to-do page asks for, without the calendar's look-ups). */
export async function getTodoOrder(db: Database, actor: Actor): Promise<TodoOrder> {
  assertCan(actor, 'read', { kind: 'user', ownership: 'own' });
  return todoOrderOf(await repo.findOwnPreferences(db, actor));
}

/** The caller's own preferences, defaults filled in. */
export async function getPreferences(db: Queryable, actor: Actor): Promise<Preferences> {
  assertCan(actor, 'read', { kind: 'user', ownership: 'own' });
  return withDefaults(db, actor, await repo.findPreferences(db, actor));
}

/**
 * Saves the fields given; the others stay. Calendars the caller may not see are left out of the
 * chosen users (the page may hold a list from before a change of visibility). Answers the whole set.
 */
export async function putPreferences(db: Queryable, actor: Actor, change: PreferencesPut): Promise<Preferences> {
  assertCan(actor, 'change', { kind: 'user', ownership: 'own' });
  const calendarUserIds = change.calendarUserIds && (await visibleCalendarUserIds(db, actor, change.calendarUserIds));
  return withDefaults(db, actor, await repo.upsertPreferences(db, actor, { ...change, calendarUserIds }));
}
