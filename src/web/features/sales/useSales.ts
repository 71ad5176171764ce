import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignCreate, CampaignUpdate, SalesProject, SalesProjectCreate, SalesProjectUpdate } from '../../../shared/sales';
import { client, unwrap } from '../../api';

/** The board's projects: every project the caller may see (the API's largest page). */
export const useSalesProjects = (filter: { campaignId?: string; customerId?: string } = {}) =>
  useQuery({
    queryKey: ['sales-projects', filter],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/sales-projects', { params: { query: { limit: 500, ...filter } }, signal })),
  });

export const useSalesProject = (id: string) =>
  useQuery({
    queryKey: ['sales-project', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/sales-projects/{id}', { params: { path: { id } }, signal })),
  });

/** The whole sales dialogue of a project. */
export const useSalesDialogue = (id: string) =>
  useQuery({
    queryKey: ['sales-project', id, 'activities'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/sales-projects/{id}/activities', { params: { path: { id } }, signal })),
  });

/** Changes a project; the board, the project and its dialogue (a follow-up may have moved) are read again. */
export function useChangeSalesProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SalesProjectUpdate }) =>
      unwrap(client.PATCH('/api/v1/sales-projects/{id}', { params: { path: { id } }, body })),
    onSuccess: async (saved: SalesProject) => {
      queryClient.setQueryData(['sales-project', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['sales-projects'] });
      await queryClient.invalidateQueries({ queryKey: ['sales-project', saved.id, 'activities'] });
    },
  });
}

export function useCreateSalesProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SalesProjectCreate) => unwrap(client.POST('/api/v1/sales-projects', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sales-projects'] }),
  });
}

export const useCampaigns = () =>
  useQuery({ queryKey: ['campaigns'], queryFn: ({ signal }) => unwrap(client.GET('/api/v1/campaigns', { params: { query: { limit: 500 } }, signal })) });

export const useCampaign = (id: string) =>
  useQuery({ queryKey: ['campaign', id], queryFn: ({ signal }) => unwrap(client.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal })) });

export const useCampaignResults = (id: string) =>
  useQuery({
    queryKey: ['campaign', id, 'results'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/campaigns/{id}/results', { params: { path: { id } }, signal })),
  });

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCreate) => unwrap(client.POST('/api/v1/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}

export function useChangeCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignUpdate) => unwrap(client.PATCH('/api/v1/campaigns/{id}', { params: { path: { id } }, body })),
    onSuccess: async (saved: Campaign) => {
      queryClient.setQueryData(['campaign', id], saved);
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
    },
  });
}
