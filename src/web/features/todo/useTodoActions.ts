import { useMutation } from '@tanstack/react-query';
import type { Activity } from '../../../shared/activities';
import { client, unwrap } from '../../api';
import { useActivitiesChanged } from '../activities/useActivities';
import type { Schedule } from './snooze';

/** What a bulk request does to every chosen activity. */
export type BulkChange = { action: 'complete'; note?: string } | ({ action: 'reschedule' } & Schedule) | { action: 'reassign'; responsibleId: string };

/**
 * The to-do's quick writes, each one request: snooze (a new time), tick off (done without a
 * follow-up), and a change to several at once (all or nothing). Each reloads what lists activities.
 */
export function useTodoActions() {
  const changed = useActivitiesChanged();
  const snooze = useMutation({
    mutationFn: ({ id, schedule }: { id: string; schedule: Schedule }) =>
      unwrap(client.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body: schedule })),
    onSuccess: () => changed(),
  });
  const tick = useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/activities/{id}/complete', { params: { path: { id } }, body: {} })),
    onSuccess: () => changed(),
  });
  const bulk = useMutation({
    mutationFn: ({ ids, change }: { ids: string[]; change: BulkChange }) => unwrap(client.POST('/api/v1/activities/bulk', { body: { ids, ...change } })),
    onSuccess: () => changed(),
  });
  return {
    snooze: (id: string, schedule: Schedule) => snooze.mutateAsync({ id, schedule }).then((activity: Activity) => activity),
    tick: (id: string) => tick.mutateAsync(id),
    bulk: (ids: string[], change: BulkChange) => bulk.mutateAsync({ ids, change }),
    busy: snooze.isPending || tick.isPending || bulk.isPending,
    error: snooze.error ?? tick.error ?? bulk.error,
  };
}
