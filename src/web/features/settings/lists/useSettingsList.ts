import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ListItem } from '../../../../shared/settings';
import { api, type Page } from '../../../api';
import { settingsListQuery } from './settingsQuery';

const byOrder = <T extends ListItem>(a: T, b: T) => a.order - b.order || a.name.localeCompare(b.name);

/** Moves the item at `from` to `to`, keeping the rest in their order. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The items in the order of these ids. */
const inOrder = <T extends ListItem>(ids: string[], items: T[]) =>
  ids.map((id) => items.find((item) => item.id === id)).filter((item): item is T => item !== undefined);

/**
 * One settings list (`/api/v1/<path>`): its items in order, and the changes an admin makes to it.
 * Every change resolves to the saved item and updates the list in place; failures throw ApiError.
 */
export function useSettingsList<T extends ListItem>(path: string) {
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(settingsListQuery<T>(path));
  const items = data?.items ?? [];
  const reload = useCallback(() => void refetch(), [refetch]);

  // Every page, picker and label showing this list reads this cache entry, so they all see the change.
  const setItems = useCallback(
    (update: (items: T[]) => T[]) =>
      queryClient.setQueryData<Page<T>>(settingsListQuery<T>(path).queryKey, (current) => ({ items: update(current?.items ?? []), nextCursor: null })),
    [queryClient, path],
  );

  const create = useCallback(
    async (input: Record<string, unknown>) => {
      const created = await api.post<T>(`/${path}`, input);
      // A list load that answered after the insert committed may already hold the new item.
      setItems((current) => [...current.filter((item) => item.id !== created.id), created].sort(byOrder));
      return created;
    },
    [path, setItems],
  );

  const update = useCallback(
    async (id: string, change: Record<string, unknown>) => {
      const saved = await api.patch<T>(`/${path}/${id}`, change);
      setItems((current) => current.map((item) => (item.id === id ? saved : item)));
      return saved;
    },
    [path, setItems],
  );

  const remove = useCallback(
    async (id: string) => {
      await api.delete<T>(`/${path}/${id}`);
      setItems((current) => current.filter((item) => item.id !== id));
    },
    [path, setItems],
  );

  /** Shows the new order at once and saves it; on failure the server's order comes back. */
  const reorder = useCallback(
    async (ids: string[]) => {
      setItems((current) => inOrder(ids, current));
      try {
        const saved = await api.post<Page<T>>(`/${path}/reorder`, { ids });
        setItems(() => saved.items);
      } catch (failure) {
        reload();
        throw failure;
      }
    },
    [path, setItems, reload],
  );

  /** Shows an order while dragging, before it is saved. */
  const preview = useCallback((ids: string[]) => setItems((current) => inOrder(ids, current)), [setItems]);

  return { items, error, loading: isPending, create, update, remove, reorder, preview, reload };
}

export type SettingsList<T extends ListItem> = ReturnType<typeof useSettingsList<T>>;
