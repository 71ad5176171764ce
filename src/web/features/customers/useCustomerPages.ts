import type { CustomerSort } from '../../../shared/customers';
import { client, unwrap } from '../../api';
import { usePages } from '../../components/usePages';

export const PAGE_SIZE = 25;

type Filters = {
  q?: string;
  status?: string;
  deleted?: boolean;
  industryId?: string;
  categoryId?: string;
  sort?: CustomerSort;
  order?: 'asc' | 'desc';
};

/** Customers matching the filters (or the trash): the first page, then more pages appended with "Load more". */
export function useCustomerPages(filters: Filters) {
  const query = { ...filters, deleted: filters.deleted ? ('true' as const) : undefined, limit: PAGE_SIZE };
  return usePages(['customers', 'list', query], (cursor, signal) =>
    unwrap(client.GET('/api/v1/customers', { params: { query: { ...query, cursor } }, signal })),
  );
}
