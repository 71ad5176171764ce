import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Activity, ActivityComplete, ActivityCreate, ActivityUpdate } from '../../../shared/activities';
import { client, unwrap } from '../../api';
import { usePages } from '../../components/usePages';

/** Whose timeline: a customer's or a contact's activities. */
export interface TimelineOwner {
  kind: 'customers' | 'contacts';
  id: string;
}

/** A customer's or contact's activities, newest first, filtered by type and open/done. */
export function useTimeline(owner: TimelineOwner, filters: { typeId: string; state: '' | 'open' | 'done' }) {
  const query = {
    typeId: filters.typeId || undefined,
    done: filters.state === '' ? undefined : filters.state === 'done' ? ('true' as const) : ('false' as const),
    limit: 25,
  };
  return usePages(['activities', owner.kind, owner.id, query], (cursor, signal) => {
    const options = { params: { path: { id: owner.id }, query: { ...query, cursor } }, signal };
    return unwrap(
      owner.kind === 'customers' ? client.GET('/api/v1/customers/{id}/activities', options) : client.GET('/api/v1/contacts/{id}/activities', options),
    );
  });
}

/** One activity, shared by its page, the status history and the follow-up chain. */
export const useActivity = (id: string | null) =>
  useQuery({
    queryKey: ['activities', 'one', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/activities/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });

/** One contact (for an activity's card and the contact's timeline). */
export const useContact = (id: string | null) =>
  useQuery({
    queryKey: ['contacts', 'one', id],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/contacts/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });

/**
 * After an activity was saved, completed, reopened or deleted: everything that lists activities
 * (to-do, timelines, search, chains) is fetched again when next shown.
 */
export function useActivitiesChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    () => Promise.all([queryClient.invalidateQueries({ queryKey: ['activities'] }), queryClient.invalidateQueries({ queryKey: ['todo'] })]),
    [queryClient],
  );
}

/** Marks an activity done, with its next follow-up when one is given. */
export function useCompleteActivity() {
  const queryClient = useQueryClient();
  const changed = useActivitiesChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActivityComplete }) =>
      unwrap(client.POST('/api/v1/activities/{id}/complete', { params: { path: { id } }, body })),
    onSuccess: (result) => {
      queryClient.setQueryData(['activities', 'one', result.activity.id], result.activity);
      return changed();
    },
  });
}

/** The follow-up chain an activity belongs to, first to last. */
export const useChain = (activity: Pick<Activity, 'id' | 'updatedAt' | 'nextActivityId'>) =>
  useQuery({
    // A new follow-up or a change to this activity changes the chain.
    queryKey: ['activities', 'chain', activity.id, activity.updatedAt, activity.nextActivityId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/activities/{id}/chain', { params: { path: { id: activity.id } }, signal })),
  });

/**
 * Creating, changing, reopening and deleting activities. Each resolves to what the server saved
 * (failures throw ApiError) and marks what lists activities as stale.
 */
export function useActivityWrites() {
  const queryClient = useQueryClient();
  const changed = useActivitiesChanged();
  const saved = useCallback(
    async (activity: Activity) => {
      queryClient.setQueryData(['activities', 'one', activity.id], activity);
      await changed();
      return activity;
    },
    [queryClient, changed],
  );
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    create: (input: ActivityCreate) => unwrap(client.POST('/api/v1/activities', { body: input })).then(saved),
    update: (id: string, change: ActivityUpdate) => unwrap(client.PATCH('/api/v1/activities/{id}', { ...path(id), body: change })).then(saved),
    reopen: (id: string) => unwrap(client.POST('/api/v1/activities/{id}/reopen', path(id))).then(saved),
    remove: async (id: string) => {
      await unwrap(client.DELETE('/api/v1/activities/{id}', path(id)));
      queryClient.removeQueries({ queryKey: ['activities', 'one', id] });
      await changed();
      return true;
    },
  };
}
