import { useCallback } from 'react';
import type { ActivityStatus, ActivityType } from '../../../shared/activities';
import { useListOptions } from '../settings/pickers/useListOptions';

/** The workspace's activity types and statuses, in their order, with lookups by id (one request each per app). */
export function useActivityLookups() {
  const types = useListOptions<ActivityType>('activity-types');
  const statuses = useListOptions<ActivityStatus>('activity-statuses');
  const typeList = types.items;
  const statusList = statuses.items;
  const typeOf = useCallback((id: string | null | undefined) => typeList.find((type) => type.id === id), [typeList]);
  const statusOf = useCallback((id: string | null | undefined) => statusList.find((status) => status.id === id), [statusList]);
  const loaded = types.loaded && statuses.loaded;
  return { types: typeList, statuses: statusList, typeOf, statusOf, loaded, error: types.error ?? statuses.error };
}

export type ActivityLookups = ReturnType<typeof useActivityLookups>;
