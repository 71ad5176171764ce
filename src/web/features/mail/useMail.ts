import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Activity } from '../../../shared/activities';
import type { JournalQuery, UnmatchedAssign, UnmatchedMessage } from '../../../shared/mail';
import { client, type Page, unwrap } from '../../api';
import { ApiError, apiErrorOf, isAbort, networkError } from '../../api/errors';
import { usePages } from '../../components/usePages';
import { useActivitiesChanged } from '../activities/useActivities';

/** What became of one dropped file. */
export type DropOutcome =
  | { kind: 'sending' }
  | { kind: 'journaled'; activity: Activity }
  | { kind: 'duplicate'; activity: Activity }
  | { kind: 'unmatched' }
  | { kind: 'failed'; error: unknown };

export interface DroppedFile {
  key: string;
  name: string;
  outcome: DropOutcome;
}

/** The answer's body, or null when it has none (a proxy's error page is not JSON). */
async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Posts one raw message. The typed client would serialise the body as JSON; a mail goes as its own
 * bytes (message/rfc822), so this one call uses fetch itself and reads the answer as the client does.
 */
export async function journalFile(file: Blob, target: JournalQuery): Promise<DropOutcome> {
  const query = new URLSearchParams(Object.entries(target).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const url = `/api/v1/mail/messages${query.size ? `?${query}` : ''}`;
  let response: Response;
  try {
    response = await globalThis.fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'message/rfc822' }, body: file });
  } catch (failure) {
    if (isAbort(failure)) throw failure;
    return { kind: 'failed', error: networkError() };
  }
  const body = await bodyOf(response);
  if (!response.ok) return { kind: 'failed', error: apiErrorOf(response.status, body) };
  if (response.status === 202) return { kind: 'unmatched' };
  const activity = (body as { activity: Activity }).activity;
  return response.status === 201 ? { kind: 'journaled', activity } : { kind: 'duplicate', activity };
}

let counter = 0;

/** Journals dropped files one after another (a shared 2-core server need not parse ten at once), each with its own state. */
export function useMailDrop(target: JournalQuery) {
  const queryClient = useQueryClient();
  const activitiesChanged = useActivitiesChanged();
  const [files, setFiles] = useState<DroppedFile[]>([]);
  const { customerId, contactId } = target;
  const drop = useCallback(
    async (list: readonly File[]) => {
      const added = list.map((file) => ({ key: `drop-${++counter}`, name: file.name, outcome: { kind: 'sending' } as DropOutcome, file }));
      setFiles((all) => [...added.map(({ file: _file, ...rest }) => rest), ...all]);
      for (const item of added) {
        const outcome = await journalFile(item.file, { customerId, contactId }).catch((error: unknown): DropOutcome => ({ kind: 'failed', error }));
        setFiles((all) => all.map((file) => (file.key === item.key ? { ...file, outcome } : file)));
      }
      // Timelines, the to-do and the unmatched list may all have changed.
      await Promise.all([activitiesChanged(), queryClient.invalidateQueries({ queryKey: ['mail'] })]);
    },
    [customerId, contactId, queryClient, activitiesChanged],
  );
  return { files, drop, clear: () => setFiles([]) };
}

const unmatchedKey = ['mail', 'unmatched'];

/** The caller's waiting mail, newest first, paged. */
export const useUnmatched = () =>
  usePages<UnmatchedMessage>(
    unmatchedKey,
    (cursor, signal) => unwrap(client.GET('/api/v1/mail/unmatched', { params: { query: { cursor, limit: 25 } }, signal })) as Promise<Page<UnmatchedMessage>>,
  );

/** Assigning and discarding a waiting mail; the list reads itself again after each. */
export function useUnmatchedWrites() {
  const queryClient = useQueryClient();
  const activitiesChanged = useActivitiesChanged();
  const changed = () => Promise.all([activitiesChanged(), queryClient.invalidateQueries({ queryKey: ['mail'] })]);
  const assign = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UnmatchedAssign }) =>
      unwrap(client.POST('/api/v1/mail/unmatched/{id}/assign', { params: { path: { id } }, body })),
    onSettled: changed,
  });
  const discard = useMutation({
    mutationFn: (id: string) => unwrap(client.DELETE('/api/v1/mail/unmatched/{id}', { params: { path: { id } } })),
    onSettled: changed,
  });
  return { assign, discard };
}

/** The mail of an email activity; none (404) for other activities. */
export const useMessage = (activityId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['mail', 'message', activityId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/activities/{id}/message', { params: { path: { id: activityId } }, signal })),
    enabled,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

/** Where a document's bytes are: as a download, or shown in the browser (`inline`). */
export const documentContentHref = (documentId: string, inline = false) => `/api/v1/documents/${documentId}/content${inline ? '?inline=1' : ''}`;
