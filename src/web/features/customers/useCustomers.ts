import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { Customer, CustomerMatch, customerCreateSchema, customerUpdateSchema } from '../../../shared/customers';
import { client, unwrap } from '../../api';
import { useDebounced } from '../../components/hooks';

/** A customer offered by a picker: enough to tell two of the same name apart. */
export interface CustomerOption {
  id: string;
  name: string;
  city: string | null;
  status: string;
  match?: CustomerMatch;
}

const oneKey = (id: string) => ['customers', 'one', id];

/** One customer (also in the trash), shared by its page and the names on activities. */
export const useCustomer = (id: string) =>
  useQuery({ queryKey: oneKey(id), queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}', { params: { path: { id } }, signal })) });

/** Who changed a customer's status when; asked again when the customer's status changes. */
export const useStatusHistory = (customer: Pick<Customer, 'id' | 'status' | 'updatedAt'>) =>
  useQuery({
    queryKey: ['customers', 'status-history', customer.id, customer.status, customer.updatedAt],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}/status-history', { params: { path: { id: customer.id } }, signal })),
  });

/**
 * Creating, changing, trashing, restoring and deleting customers for good. Each resolves to what
 * the server saved (failures throw ApiError) and marks the customer lists stale.
 */
export function useCustomerWrites() {
  const queryClient = useQueryClient();
  const saved = useCallback(
    async (customer: Customer) => {
      queryClient.setQueryData(oneKey(customer.id), customer);
      await queryClient.invalidateQueries({ queryKey: ['customers', 'list'] });
      return customer;
    },
    [queryClient],
  );
  const gone = useCallback(
    async (id: string) => {
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
      queryClient.removeQueries({ queryKey: oneKey(id) });
      return true;
    },
    [queryClient],
  );
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    create: (input: z.input<typeof customerCreateSchema>) => unwrap(client.POST('/api/v1/customers', { body: input })).then(saved),
    update: (id: string, change: z.input<typeof customerUpdateSchema>) =>
      unwrap(client.PATCH('/api/v1/customers/{id}', { ...path(id), body: change })).then(saved),
    trash: (id: string) => unwrap(client.DELETE('/api/v1/customers/{id}', path(id))).then(saved),
    restore: (id: string) => unwrap(client.POST('/api/v1/customers/{id}/restore', path(id))).then(saved),
    purge: (id: string) => unwrap(client.DELETE('/api/v1/customers/{id}/permanent', path(id))).then(() => gone(id)),
  };
}

/** Customers whose name, email, phone or contacts match what was typed (the server's `q`, best first), for pickers: with city, status and why each matched. */
export function useCustomerMatches(text: string, open: boolean) {
  const q = useDebounced(text.trim(), 200);
  const query = useQuery({
    queryKey: ['customers', 'matches', q],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers', { params: { query: { q, limit: 8 } }, signal })),
    enabled: open && q !== '',
    placeholderData: keepPreviousData,
  });
  const matches: CustomerOption[] = open && q ? (query.data?.items ?? []).map(({ id, name, city, status, match }) => ({ id, name, city, status, match })) : [];
  return { matches, loading: query.isFetching || q !== text.trim() };
}

/** Asks the server for existing customers the one about to be created may duplicate (name alike, same email or phone). */
export function useDuplicateCheck() {
  const queryClient = useQueryClient();
  return useCallback(
    (input: { name?: string; email?: string | null; phone?: string | null }) => {
      const query = { name: input.name?.trim() || undefined, email: input.email?.trim() || undefined, phone: input.phone?.trim() || undefined };
      return queryClient.fetchQuery({
        queryKey: ['customers', 'duplicates', query],
        queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/duplicates', { params: { query }, signal })),
        staleTime: 0,
      });
    },
    [queryClient],
  );
}
