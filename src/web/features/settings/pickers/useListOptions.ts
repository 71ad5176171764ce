import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Category, CustomerStatus, ListItem } from '../../../../shared/settings';
import { api, type Page } from '../../../api';

interface Snapshot {
  items: ListItem[] | undefined;
  error: unknown;
}

/**
 * The settings lists behind pickers, shared by every picker and label on the page: each new user
 * of a list fetches it again, and every other user sees the answer (a role or category created
 * elsewhere shows up everywhere at once).
 */
const store = new Map<string, { snapshot: Snapshot; listeners: Set<() => void>; loading: Promise<void> | null }>();

function entryOf(path: string) {
  let entry = store.get(path);
  if (!entry) {
    entry = { snapshot: { items: undefined, error: null }, listeners: new Set(), loading: null };
    store.set(path, entry);
  }
  return entry;
}

function publish(path: string, snapshot: Snapshot) {
  const entry = entryOf(path);
  entry.snapshot = snapshot;
  for (const listener of entry.listeners) listener();
}

function refresh(path: string): Promise<void> {
  const entry = entryOf(path);
  entry.loading ??= api
    .get<Page<ListItem>>(`/${path}`)
    .then((page) => publish(path, { items: page.items, error: null }))
    .catch((error: unknown) => publish(path, { items: entry.snapshot.items, error }))
    .finally(() => {
      entry.loading = null;
    });
  return entry.loading;
}

/** A settings list for pickers (everyone may read them), with a lookup from id to name. */
export function useListOptions<T extends ListItem = ListItem>(path: string) {
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = entryOf(path);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    [path],
  );
  const snapshot = useSyncExternalStore(subscribe, () => entryOf(path).snapshot);
  useEffect(() => {
    void refresh(path);
  }, [path]);

  const items = (snapshot.items ?? []) as T[];
  const nameOf = useCallback((id: string | null | undefined) => (id ? (items.find((item) => item.id === id)?.name ?? '') : ''), [items]);
  const add = useCallback((item: T) => publish(path, { items: [...(entryOf(path).snapshot.items ?? []), item], error: null }), [path]);
  return { items, nameOf, add, error: snapshot.error, loaded: snapshot.items !== undefined };
}

export const useCustomerStatusList = () => useListOptions<CustomerStatus>('customer-statuses').items;
export const useCategoryOptions = () => useListOptions<Category>('categories');
