import { useCallback } from 'react';
import type { Group } from '../../../../shared/settings';
import { api, type Page } from '../../../api';
import { useLoad } from '../../../components/hooks';

/** The workspace's groups, and the changes an admin makes to them. */
export function useGroups() {
  const { data, error, loading, setData, reload } = useLoad((signal) => api.get<Page<Group>>('/groups', undefined, signal), 'groups');
  const groups = data?.items ?? [];
  const put = useCallback((group: Group) => setData((current) => ({ items: [...(current?.items ?? []).filter((g) => g.id !== group.id), group], nextCursor: null })), [setData]);

  const create = useCallback(async (input: { name: string; type: Group['type']; parentId: string | null }) => {
    const created = await api.post<Group>('/groups', input);
    put(created);
    return created;
  }, [put]);
  const update = useCallback(async (id: string, change: Partial<Pick<Group, 'name' | 'type' | 'parentId' | 'active'>>) => {
    const saved = await api.patch<Group>(`/groups/${id}`, change);
    put(saved);
    return saved;
  }, [put]);
  const remove = useCallback(async (id: string) => {
    await api.delete<Group>(`/groups/${id}`);
    setData((current) => ({ items: (current?.items ?? []).filter((g) => g.id !== id), nextCursor: null }));
  }, [setData]);

  return { groups, error, loading: loading && !data, create, update, remove, reload };
}
