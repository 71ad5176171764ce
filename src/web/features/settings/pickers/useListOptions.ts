import { useCallback } from 'react';
import type { Category, CustomerStatus, ListItem } from '../../../../shared/settings';
import { api, type Page } from '../../../api';
import { useLoad } from '../../../components/hooks';

/** A settings list for pickers (everyone may read them), with a lookup from id to name. */
export function useListOptions<T extends ListItem = ListItem>(path: string) {
  const { data, setData, error } = useLoad((signal) => api.get<Page<T>>(`/${path}`, undefined, signal), `options:${path}`);
  const items = data?.items ?? [];
  const nameOf = useCallback((id: string | null | undefined) => (id ? (items.find((item) => item.id === id)?.name ?? '') : ''), [items]);
  const add = useCallback((item: T) => setData((current) => ({ items: [...(current?.items ?? []), item], nextCursor: null })), [setData]);
  return { items, nameOf, add, error, loaded: data !== undefined };
}

export const useCustomerStatusList = () => useListOptions<CustomerStatus>('customer-statuses').items;
export const useCategoryOptions = () => useListOptions<Category>('categories');
