import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerListQuery } from '../../../shared/customers';
import { BULK_SHARE_MAX, type Share } from '../../../shared/sharing';
import { client, unwrap } from '../../api';

const sharesKey = (id: string) => ['customers', 'shares', id];

/** Who the customer is shared with (users and groups, read or edit). */
export const useShares = (customerId: string) =>
  useQuery({
    queryKey: sharesKey(customerId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}/shares', { params: { path: { id: customerId } }, signal })),
  });

/** Saving shares: one PUT for a customer, one POST for many; both refresh who can see what. */
export function useShareWrites() {
  const queryClient = useQueryClient();
  const refresh = async () => {
    // The "who can see this" panels and the customers' access fields follow the shares.
    await queryClient.invalidateQueries({ queryKey: ['customers'] });
  };
  return {
    replace: async (customerId: string, items: Share[]) => {
      const saved = await unwrap(client.PUT('/api/v1/customers/{id}/shares', { params: { path: { id: customerId } }, body: { items } }));
      queryClient.setQueryData(sharesKey(customerId), saved);
      await refresh();
      return saved;
    },
    shareMany: async (body: { customerIds: string[]; userIds: string[]; groupIds: string[]; access: Share['access'] }) => {
      const result = await unwrap(client.POST('/api/v1/customers/shares', { body }));
      await refresh();
      return result;
    },
  };
}

export type ListFilter = Pick<CustomerListQuery, 'q' | 'status' | 'industryId' | 'categoryId'>;

/**
 * The ids of the customers a list filter finds, up to what one bulk share takes (BULK_SHARE_MAX);
 * `more`: more than that match (the first ones are shared, and the user is told).
 */
export async function matchingIds(filter: ListFilter): Promise<{ ids: string[]; more: boolean }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  while (ids.length < BULK_SHARE_MAX) {
    const limit = Math.min(500, BULK_SHARE_MAX - ids.length);
    const page = await unwrap(client.GET('/api/v1/customers', { params: { query: { ...filter, limit, cursor } } }));
    ids.push(...page.items.map((c) => c.id));
    if (!page.nextCursor) return { ids, more: false };
    cursor = page.nextCursor;
  }
  // Full: one more customer tells whether more match.
  const next = await unwrap(client.GET('/api/v1/customers', { params: { query: { ...filter, limit: 1, cursor } } }));
  return { ids, more: next.items.length > 0 };
}
