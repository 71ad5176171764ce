import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Preferences } from '../../../shared/preferences';
import { client, unwrap } from '../../api';

export type TodoOrder = Pick<Preferences, 'todoSort' | 'todoOrder'>;
export type TodoSort = TodoOrder['todoSort'];
export type SortOrder = TodoOrder['todoOrder'];

const KEY = ['me', 'preferences'];

/**
 * The user's to-do order, saved on the server (so it follows them to another device). The list
 * asks without an order and the server applies the saved one; a change saves it, then reloads.
 */
export function useTodoOrder() {
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/preferences', { signal })) });
  const save = useMutation({
    mutationFn: (order: TodoOrder) => unwrap(client.PUT('/api/v1/me/preferences', { body: order })),
    onMutate: (order) => queryClient.setQueryData(KEY, (old: object | undefined) => ({ ...old, ...order })),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: KEY }), queryClient.invalidateQueries({ queryKey: ['todo'] })]),
  });
  const current: TodoOrder = { todoSort: data?.todoSort ?? 'due', todoOrder: data?.todoOrder ?? 'asc' };
  /** A click on a column: that column ascending, or the other way round when it is already the order. */
  const sortBy = (sort: TodoSort) => save.mutate({ todoSort: sort, todoOrder: current.todoSort === sort && current.todoOrder === 'asc' ? 'desc' : 'asc' });
  return { ...current, sortBy };
}
