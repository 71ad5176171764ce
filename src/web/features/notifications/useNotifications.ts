import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../api';

const KEY = ['notifications'];
/** How often the bell asks for news (a reminder shows within this time without a reload). */
export const POLL_MS = 30_000;

/** The caller's notifications and unread count, polled; marking read updates the bell at once. */
export function useNotifications() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/notifications', { signal })),
    refetchInterval: POLL_MS,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const read = useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const readAll = useMutation({ mutationFn: () => unwrap(client.POST('/api/v1/notifications/read-all')), onSettled: refresh });
  return { items: query.data?.items ?? [], unread: query.data?.unread ?? 0, read: read.mutate, readAll: readAll.mutate };
}
