import { useQueries } from '@tanstack/react-query';
import { client, unwrap } from '../../api';
import type { CustomerRef } from './CustomerPicker';

/**
 * Names for customer ids (an activity's customer and additional customers): one cached query per
 * customer, shared with the customer's page, so a name already known is not asked for again.
 */
export function useCustomerRefs(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['customers', 'one', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(client.GET('/api/v1/customers/{id}', { params: { path: { id } }, signal })),
    })),
    combine: (results) => ({
      refs: results.map((result, index): CustomerRef => ({ id: ids[index], name: result.data?.name ?? '' })),
      loading: results.some((result) => result.isPending),
    }),
  });
}
