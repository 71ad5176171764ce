import { useCallback, useEffect, useState } from 'react';
import { api, type Page } from '../api';
import { useLoad } from './hooks';

type Query = Record<string, string | number | boolean | undefined>;

/** A cursor-paged list: the first page for the query, then more pages appended by `loadMore`. */
export function usePages<T extends { id: string }>(path: string | null, query: Query, pageSize = 25) {
  const key = `${path}?${JSON.stringify(query)}`;
  const first = useLoad(
    (signal) => (path ? api.get<Page<T>>(path, { ...query, limit: pageSize }, signal) : Promise.resolve<Page<T>>({ items: [], nextCursor: null })),
    key,
  );
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  useEffect(() => {
    if (!first.data) return;
    setItems(first.data.items);
    setNextCursor(first.data.nextCursor);
    setMoreError(null);
  }, [first.data]);

  const loadMore = useCallback(async () => {
    if (!nextCursor || !path) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.get<Page<T>>(path, { ...query, limit: pageSize, cursor: nextCursor });
      setItems((current) => [...current, ...page.items.filter((item) => !current.some((known) => known.id === item.id))]);
      setNextCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [key, nextCursor]);

  const remove = useCallback((id: string) => setItems((current) => current.filter((item) => item.id !== id)), []);

  return {
    items,
    remove,
    /** True until the first page for this query has arrived. */
    loading: first.loading,
    /** True once the first page has arrived at least once. */
    loaded: first.data !== undefined,
    error: first.error ?? moreError,
    hasMore: nextCursor !== null,
    loadingMore,
    loadMore,
    reload: first.reload,
  };
}
