import { queryOptions } from '@tanstack/react-query';
import type { ListItem } from '../../../../shared/settings';
import { api, type Page } from '../../../api';

/** The settings lists behind pages, pickers and labels: `/api/v1/<path>`. */
export type ListPath =
  | 'activity-types'
  | 'activity-statuses'
  | 'customer-statuses'
  | 'categories'
  | 'industries'
  | 'contact-roles'
  | 'origins'
  | 'sources'
  | 'products';

/**
 * One query per list, shared by every page, picker and label that shows it: fetched once, kept a
 * minute, and replaced in the cache by the writes in useSettingsList (so a role or category
 * created in one place shows up everywhere at once).
 */
export const settingsListQuery = <T extends ListItem = ListItem>(path: string) =>
  queryOptions({
    queryKey: ['settings', path],
    queryFn: ({ signal }) => api.get<Page<T>>(`/${path}`, undefined, signal),
    staleTime: 60_000,
  });
