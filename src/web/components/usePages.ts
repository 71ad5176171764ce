import { type InfiniteData, type QueryKey, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Page } from '../api';

/** A record's id, or '' for entries that have none (as in the audit log). */
const idOf = (item: object): string => ('id' in item && typeof item.id === 'string' ? item.id : '');

/** Reads one page: the first when `cursor` is undefined. */
export type PageReader<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

/**
 * A cursor-paged list on TanStack Query: the first page for the key, then more pages appended by
 * `loadMore` (the server's `nextCursor`). Writes elsewhere invalidate the key's first segment.
 */
export function usePages<T extends object>(key: QueryKey, read: PageReader<T>, enabled = true) {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => read(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
    // A list is read afresh each time a page shows it (as before TanStack Query): a list left
    // behind is dropped at once, so a page never opens on rows that have since moved or gone.
    gcTime: 0,
  });
  // A record can move between pages while paging (a new one came first): show it once.
  const items = useMemo(() => {
    const seen = new Set<string>();
    return (query.data?.pages ?? []).flatMap((page) => page.items).filter((item) => !(idOf(item) && seen.has(idOf(item))) && seen.add(idOf(item)));
  }, [query.data]);

  const remove = useCallback(
    (id: string) =>
      queryClient.setQueryData<InfiniteData<Page<T>>>(key, (data) =>
        data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => idOf(item) !== id) })) } : data,
      ),
    [queryClient, key],
  );
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => fetchNextPage().then(() => undefined), [fetchNextPage]);

  return {
    items,
    remove,
    /** True while the first page for this key is on its way. */
    loading: query.isFetching && !query.isFetchingNextPage,
    /** True once the first page has arrived at least once. */
    loaded: query.data !== undefined,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore,
    reload: query.refetch,
  };
}
