import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../api';

const KEY = ['me', 'calendar-feed'];

/** The caller's calendar address: whether one is active, a new one (shown once), and stopping it. */
export function useCalendarFeed() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me/calendar-feed', { signal })) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const create = useMutation({ mutationFn: () => unwrap(client.POST('/api/v1/me/calendar-feed')), onSuccess: refresh });
  const revoke = useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => {
      create.reset();
      return refresh();
    },
  });
  return { status, create, revoke };
}
