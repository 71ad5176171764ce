import { useCallback, useEffect, useState } from 'react';
import type { Customer } from '../../../shared/customers';
import { api, type Page } from '../../api';
import { useLoad } from '../../components/hooks';

export const PAGE_SIZE = 25;

type Filters = { q?: string; status?: string; deleted?: boolean; industryId?: string; categoryId?: string };

/** Customers matching the filters: the first page, then more pages appended with "Load more". */
export function useCustomerPages(filters: Filters) {
  const key = JSON.stringify(filters);
  const first = useLoad((signal) => api.get<Page<Customer>>('/customers', { ...filters, limit: PAGE_SIZE }, signal), key);
  const [items, setItems] = useState<Customer[]>([]);
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
    if (!nextCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.get<Page<Customer>>('/customers', { ...filters, limit: PAGE_SIZE, cursor: nextCursor });
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
    /** True until the first page for these filters has arrived. */
    loading: first.loading,
    error: first.error ?? moreError,
    hasMore: nextCursor !== null,
    loadingMore,
    loadMore,
    remove,
    reload: first.reload,
  };
}
