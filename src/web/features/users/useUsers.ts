import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { User, UserCreate, UserUpdate } from '../../../shared/users';
import { client, unwrap } from '../../api';

export const USERS_KEY = ['users'] as const;

/** The workspace's users (everyone may read them, for pickers and names): one request shared by a page's components. */
export function useUsers() {
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/users', { signal })),
  });
  const users = data?.items ?? [];
  const nameOf = useCallback((id: string | null) => (id ? (users.find((user) => user.id === id)?.name ?? '') : ''), [users]);
  /** Puts a saved user in the list (in name order), without asking the server again. */
  const put = useCallback(
    (user: User) =>
      queryClient.setQueryData(USERS_KEY, (current: typeof data) => {
        const items = current?.items ?? [];
        const next = items.some((item) => item.id === user.id) ? items.map((item) => (item.id === user.id ? user : item)) : [...items, user];
        return { items: next.sort((a, b) => a.name.localeCompare(b.name)), nextCursor: null };
      }),
    [queryClient],
  );
  const putAndReturn = useCallback(
    (user: User) => {
      put(user);
      return user;
    },
    [put],
  );
  /** Adds a user or changes one (role, active); resolves to the saved user, in the list at once. */
  const create = useCallback((input: UserCreate) => unwrap(client.POST('/api/v1/users', { body: input })).then(putAndReturn), [putAndReturn]);
  const update = useCallback(
    (id: string, change: UserUpdate) => unwrap(client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })).then(putAndReturn),
    [putAndReturn],
  );
  return { users, nameOf, create, update, loading: isPending, error };
}
