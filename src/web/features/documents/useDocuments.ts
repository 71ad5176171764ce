import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Document } from '../../../shared/documents';
import { client, unwrap } from '../../api';
import { notifyUnauthorized } from '../../api/client';
import { apiErrorOf, networkError } from '../../api/errors';

/** Where a document's bytes are: a download, or with `inline` shown in the browser (images, PDF, text). */
export const documentHref = (id: string, inline = false) => `/api/v1/documents/${encodeURIComponent(id)}/content${inline ? '?inline=1' : ''}`;

/** An activity's documents, oldest first; `enabled` false until they are wanted (a to-do row's paperclip). */
export const useDocuments = (activityId: string, enabled = true) =>
  useQuery({
    queryKey: ['documents', activityId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/activities/{id}/documents', { params: { path: { id: activityId } }, signal })),
    enabled,
  });

/** After a change: the list, and every activity list showing the count (to-do, timelines, the activity). */
export async function refreshDocuments(queryClient: ReturnType<typeof useQueryClient>, activityId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['documents', activityId] }),
    queryClient.invalidateQueries({ queryKey: ['activities'] }),
    queryClient.invalidateQueries({ queryKey: ['todo'] }),
  ]);
}

export function useDeleteDocument(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.DELETE('/api/v1/documents/{id}', { params: { path: { id } } })),
    onSuccess: () => refreshDocuments(queryClient, activityId),
  });
}

/** The answer of an upload: one document, or `{items}` for several. */
function uploaded(body: unknown): Document[] {
  if (body && typeof body === 'object' && 'items' in body) return (body as { items: Document[] }).items;
  return [body as Document];
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * Sends files as one multipart request (field `file`) with XMLHttpRequest, the one browser API
 * that reports upload progress: `onProgress` gets 0–1 as the bytes leave.
 */
export function sendDocuments(
  activityId: string,
  files: File[],
  onProgress: (fraction: number) => void,
  // Outside partners upload through their own route (issue 17).
  url = `/api/v1/activities/${encodeURIComponent(activityId)}/documents`,
): Promise<Document[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parsed(xhr.responseText);
      if (xhr.status === 201) return resolve(uploaded(body));
      if (xhr.status === 401) notifyUnauthorized();
      reject(apiErrorOf(xhr.status, body));
    };
    xhr.onerror = () => reject(networkError());
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    xhr.send(form);
  });
}
