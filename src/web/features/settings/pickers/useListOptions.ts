import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { Category, categoryCreateSchema, CustomerStatus, ListItem } from '../../../../shared/settings';
import { client, type Page, unwrap } from '../../../api';

type CategoryCreate = z.input<typeof categoryCreateSchema>;
import { settingsListQuery } from '../lists/settingsQuery';

/** A settings list for pickers (everyone may read them), with a lookup from id to name. */
export function useListOptions<T extends ListItem = ListItem>(path: string) {
  const queryClient = useQueryClient();
  const query = useQuery(settingsListQuery<T>(path));
  const items = query.data?.items ?? [];
  const nameOf = useCallback((id: string | null | undefined) => (id ? (items.find((item) => item.id === id)?.name ?? '') : ''), [items]);
  const add = useCallback(
    (item: T) => queryClient.setQueryData<Page<T>>(['settings', path], (current) => ({ items: [...(current?.items ?? []), item], nextCursor: null })),
    [queryClient, path],
  );
  return { items, nameOf, add, error: query.error, loaded: query.data !== undefined };
}

export const useCustomerStatusList = () => useListOptions<CustomerStatus>('customer-statuses').items;
/** The categories, and creating one in place from a form (it shows up in every picker at once). */
export function useCategoryOptions() {
  const options = useListOptions<Category>('categories');
  const { add } = options;
  const create = useCallback(
    (input: CategoryCreate) =>
      unwrap(client.POST('/api/v1/categories', { body: input })).then((created) => {
        add(created);
        return created;
      }),
    [add],
  );
  return { ...options, create };
}
