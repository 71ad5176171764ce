import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Delivery, Webhook, WebhookCreate, WebhookUpdate } from '../../../shared/webhooks';
import { client, unwrap } from '../../api';
import { usePages } from '../../components/usePages';

const KEY = ['webhooks'];

/** The workspace's webhooks and what an admin does with them. */
export function useWebhooks() {
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => (await unwrap(client.GET('/api/v1/webhooks', { signal }))).items as Webhook[],
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const create = useMutation({ mutationFn: (body: WebhookCreate) => unwrap(client.POST('/api/v1/webhooks', { body })), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: WebhookUpdate }) => unwrap(client.PATCH('/api/v1/webhooks/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => unwrap(client.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } })), onSuccess: refresh });
  const test = useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/webhooks/{id}/test', { params: { path: { id } } })),
    onSuccess: (_answer, id) => queryClient.invalidateQueries({ queryKey: [...KEY, id, 'deliveries'] }),
  });
  return { list, create, update, remove, test };
}

/** A webhook's delivery log, newest first, a page at a time. */
export function useDeliveries(webhookId: string) {
  return usePages<Delivery>([...KEY, webhookId, 'deliveries'], async (cursor, signal) => {
    const answer = await unwrap(client.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query: { cursor, limit: 20 } }, signal }));
    return { items: answer.items as Delivery[], nextCursor: answer.nextCursor };
  });
}
