import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Group } from '../../../../shared/settings';
import { client, unwrap } from '../../../api';

const GROUPS = ['groups'];
const membersKey = (groupId: string) => ['groups', groupId, 'members'];

/** The workspace's groups, and the changes an admin makes to them (each refreshes the groups). */
export function useGroups() {
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery({ queryKey: GROUPS, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/groups', { signal })) });
  const changed = useCallback(<T>(result: T) => queryClient.invalidateQueries({ queryKey: GROUPS }).then(() => result), [queryClient]);
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    groups: data?.items ?? [],
    error,
    loading: isPending,
    reload: () => void refetch(),
    create: (input: { name: string; type: Group['type']; parentId: string | null }) => unwrap(client.POST('/api/v1/groups', { body: input })).then(changed),
    update: (id: string, change: Partial<Pick<Group, 'name' | 'type' | 'parentId' | 'active'>>) =>
      unwrap(client.PATCH('/api/v1/groups/{id}', { ...path(id), body: change })).then(changed),
    remove: (id: string) => unwrap(client.DELETE('/api/v1/groups/{id}', path(id))).then(changed),
  };
}

/** A group's members with their role names; adding or removing one answers the new list. */
export function useGroupMembers(groupId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: membersKey(groupId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/groups/{id}/members', { params: { path: { id: groupId } }, signal })),
  });
  const replace = useCallback(
    <T>(members: T) => {
      queryClient.setQueryData(membersKey(groupId), members);
      // The groups show how many members each has.
      return queryClient.invalidateQueries({ queryKey: GROUPS, exact: true }).then(() => members);
    },
    [queryClient, groupId],
  );
  return {
    ...query,
    add: (input: { userId: string; roleName: string }) =>
      unwrap(client.POST('/api/v1/groups/{id}/members', { params: { path: { id: groupId } }, body: input })).then(replace),
    remove: (userId: string) => unwrap(client.DELETE('/api/v1/groups/{id}/members/{userId}', { params: { path: { id: groupId, userId } } })).then(replace),
  };
}
