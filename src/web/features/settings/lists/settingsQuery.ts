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
  | 'products'
  | 'status-keywords';

/**
 * One query per list, shared by every page, picker and label that shows it: the components of a
 * page share one request, a page shown later asks again (showing the cached list meanwhile) so an
 * item another admin added appears, and the writes in useSettingsList replace the cached list (a
 * role or category created in one place shows up everywhere at once).
 */
export const settingsListQuery = <T extends ListItem = ListItem>(path: string) =>
  queryOptions({
    queryKey: ['settings', path],
    queryFn: ({ signal }) => api.get<Page<T>>(`/${path}`, undefined, signal),
  });
