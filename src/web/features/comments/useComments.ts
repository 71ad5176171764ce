import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentCreate } from '../../../shared/comments';
import { client, unwrap } from '../../api';

/** An activity's comment thread, oldest first. */
export const useComments = (activityId: string) =>
  useQuery({
    queryKey: ['comments', activityId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/activities/{id}/comments', { params: { path: { id: activityId } }, signal })),
  });

/** Writes a comment; the thread, and the customer (a status may have changed), are fetched again. */
export function useAddComment(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommentCreate) => unwrap(client.POST('/api/v1/activities/{id}/comments', { params: { path: { id: activityId } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['comments', activityId] });
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
  });
}

export interface KeywordPeriod {
  keywordId: string;
  from: string;
  to: string;
}

/** The customers that got a keyword in a period (asked once all three are chosen). */
export const useKeywordCustomers = ({ keywordId, from, to }: KeywordPeriod) =>
  useQuery({
    queryKey: ['keyword-customers', keywordId, from, to],
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/status-keywords/{id}/customers', { params: { path: { id: keywordId }, query: { from, to, limit: 500 } }, signal })),
    enabled: keywordId !== '' && from !== '' && to !== '' && from <= to,
    placeholderData: keepPreviousData,
  });
