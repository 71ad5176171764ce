import { useCallback } from 'react';
import type { ActivityStatus, ActivityType } from '../../../shared/activities';
import { api, type Page } from '../../api';
import { useLoad } from '../../components/hooks';

/** The workspace's activity types and statuses, in their order, with lookups by id. */
export function useActivityLookups() {
  const types = useLoad((signal) => api.get<Page<ActivityType>>('/activity-types', undefined, signal), 'activity-types');
  const statuses = useLoad((signal) => api.get<Page<ActivityStatus>>('/activity-statuses', undefined, signal), 'activity-statuses');
  const typeList = types.data?.items ?? [];
  const statusList = statuses.data?.items ?? [];
  const typeOf = useCallback((id: string | null | undefined) => typeList.find((type) => type.id === id), [typeList]);
  const statusOf = useCallback((id: string | null | undefined) => statusList.find((status) => status.id === id), [statusList]);
  return { types: typeList, statuses: statusList, typeOf, statusOf, error: types.error ?? statuses.error };
}

export type ActivityLookups = ReturnType<typeof useActivityLookups>;
