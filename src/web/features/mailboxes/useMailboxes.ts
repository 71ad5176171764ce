import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Mailbox, MailboxCreateInput, MailboxUpdate } from '../../../shared/mailboxes';
import { client, unwrap } from '../../api';

const KEY = ['mailboxes'];
const busy = (items: Mailbox[] | undefined) => items?.some((m) => m.status === 'queued' || m.status === 'syncing') ?? false;

/** The caller's mailboxes; while one syncs the list is asked again every 2 s, so progress moves. */
export function useMailboxes() {
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => (await unwrap(client.GET('/api/v1/mailboxes', { signal }))).items as Mailbox[],
    refetchInterval: (query) => (busy(query.state.data) ? 2000 : false),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const create = useMutation({ mutationFn: (body: MailboxCreateInput) => unwrap(client.POST('/api/v1/mailboxes', { body })), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: MailboxUpdate }) => unwrap(client.PATCH('/api/v1/mailboxes/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => unwrap(client.DELETE('/api/v1/mailboxes/{id}', { params: { path: { id } } })), onSuccess: refresh });
  const sync = useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/mailboxes/{id}/sync', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  return { list, create, update, remove, sync };
}
