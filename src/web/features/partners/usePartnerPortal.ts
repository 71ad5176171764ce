import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../api';
import { sendDocuments } from '../documents/useDocuments';

const myProjectsKey = ['partner', 'projects'];
const myProjectKey = (id: string) => ['partner', 'projects', id];

/** The projects shared with the signed-in partner. */
export const useMyProjects = () => useQuery({ queryKey: myProjectsKey, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/partner/projects', { signal })) });

/** One shared project with its tasks, their comments and documents. */
export const useMyProject = (id: string) =>
  useQuery({
    queryKey: myProjectKey(id),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/partner/projects/{id}', { params: { path: { id } }, signal })),
  });

export const partnerDocumentHref = (id: string) => `/api/v1/partner/documents/${encodeURIComponent(id)}/content`;

/** What a partner does on a task: comment, complete, upload; each refreshes their projects. */
export function usePartnerActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['partner'] });
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    comment: async (activityId: string, text: string) => {
      await unwrap(client.POST('/api/v1/partner/activities/{id}/comments', { ...path(activityId), body: { text } }));
      await refresh();
    },
    complete: async (activityId: string) => {
      await unwrap(client.POST('/api/v1/partner/activities/{id}/complete', { ...path(activityId), body: {} }));
      await refresh();
    },
    upload: async (activityId: string, files: File[], onProgress: (fraction: number) => void) => {
      const url = `/api/v1/partner/activities/${encodeURIComponent(activityId)}/documents`;
      const stored = await sendDocuments(activityId, files, onProgress, url);
      await refresh();
      return stored;
    },
  };
}
