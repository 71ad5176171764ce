import { useCallback } from 'react';
import type { User } from '../../../shared/users';
import { api, type Page } from '../../api';
import { useLoad } from '../../components/hooks';

/** The workspace's users (everyone may read them, for pickers and names). */
export function useUsers() {
  const { data, reload, setData, loading, error } = useLoad((signal) => api.get<Page<User>>('/users', undefined, signal), 'users');
  const users = data?.items ?? [];
  const nameOf = useCallback((id: string | null) => (id ? (users.find((user) => user.id === id)?.name ?? '') : ''), [users]);
  return { users, nameOf, reload, setData, loading, error };
}
