import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SalesBudget } from '../../../../shared/settings';
import { client, unwrap } from '../../../api';

/** The salespeople and their budgets for a year, and the save of the whole year. */
export function useSalesBudget(year: number) {
  const queryClient = useQueryClient();
  const salespeople = useQuery({
    queryKey: ['salespeople'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/salespeople', { signal })),
  });
  const budgets = useQuery({
    queryKey: ['sales-budgets', year],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/sales-budgets', { params: { query: { year } }, signal })),
  });
  const save = useMutation({
    mutationFn: (items: SalesBudget[]) => unwrap(client.PUT('/api/v1/sales-budgets', { params: { query: { year } }, body: { items } })),
    onSuccess: (saved) => queryClient.setQueryData(['sales-budgets', year], saved),
  });
  return { salespeople, budgets, save };
}
