import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPut } from '../../../shared/preferences';
import { sortOrderSchema, todoSortSchema } from '../../../shared/todo';
import { assertCan } from '../../access/policy';
import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import * as repo from './preferences.repository';

/** Stored values over the defaults (a value the schema no longer knows falls back to its default). */
function withDefaults(stored: repo.StoredPreferences | null): Preferences {
  const sort = todoSortSchema.safeParse(stored?.todoSort);
  const order = sortOrderSchema.safeParse(stored?.todoOrder);
  return { todoSort: sort.success ? sort.data : DEFAULT_PREFERENCES.todoSort, todoOrder: order.success ? order.data : DEFAULT_PREFERENCES.todoOrder };
}

/** The caller's own preferences, defaults filled in. */
export async function getPreferences(db: Queryable, actor: Actor): Promise<Preferences> {
  assertCan(actor, 'read', { kind: 'user', ownership: 'own' });
  return withDefaults(await repo.findPreferences(db, actor));
}

/** Saves the fields given; the others stay. Answers the whole set. */
export async function putPreferences(db: Queryable, actor: Actor, change: PreferencesPut): Promise<Preferences> {
  assertCan(actor, 'change', { kind: 'user', ownership: 'own' });
  return withDefaults(await repo.upsertPreferences(db, actor, change));
}
