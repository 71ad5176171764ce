import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerInvite } from '../../../shared/partners';
import { client, unwrap } from '../../api';

const customerPartnersKey = (customerId: string) => ['partners', 'customer', customerId];
const projectPartnersKey = (projectId: string) => ['partners', 'project', projectId];

/** A customer's outside partners, with what is shared with each. */
export const useCustomerPartners = (customerId: string) =>
  useQuery({
    queryKey: customerPartnersKey(customerId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}/partners', { params: { path: { id: customerId } }, signal })),
  });

/** The partners who see a project. */
export const useProjectPartners = (projectId: string) =>
  useQuery({
    queryKey: projectPartnersKey(projectId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/projects/{id}/partners', { params: { path: { id: projectId } }, signal })),
  });

/** Inviting partners, their seats, and which partners see a project; each refreshes the partner lists. */
export function usePartnerWrites() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['partners'] });
  return {
    invite: async (body: PartnerInvite) => {
      const invited = await unwrap(client.POST('/api/v1/partners', { body }));
      await refresh();
      return invited;
    },
    update: async (userId: string, body: { seat?: boolean; active?: boolean }) => {
      const partner = await unwrap(client.PATCH('/api/v1/partners/{id}', { params: { path: { id: userId } }, body }));
      await refresh();
      return partner;
    },
    shareProject: async (projectId: string, userIds: string[]) => {
      const saved = await unwrap(client.PUT('/api/v1/projects/{id}/partners', { params: { path: { id: projectId } }, body: { userIds } }));
      await refresh();
      return saved;
    },
  };
}
