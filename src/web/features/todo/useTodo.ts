import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Period } from '../../../shared/todo';
import { PERIODS } from '../../../shared/todo-periods';
import { client, unwrap } from '../../api';
import { usePages } from '../../components/usePages';
import { useAddressFilters } from '../activities/useAddressFilters';
import { todayIn } from '../activities/zoned-time';

export interface TodoFilters {
  /** `me` (default), `all`, or a user id. */
  who: string;
  typeId: string;
  /** A team: its members' activities, subgroups included ('' for no team filter). */
  groupId: string;
  period: Period | '';
  includeDone: boolean;
  /** Only a sales project's or a campaign's activities ('' for all). */
  salesProjectId: string;
  campaignId: string;
  /** `today`: only what is due today. */
  view: 'all' | 'today';
}

const DEFAULTS = { who: 'me', type: '', group: '', period: '', done: '0', view: 'all', project: '', campaign: '' };
export type FilterName = keyof typeof DEFAULTS;

/** The to-do filters, kept in the address so a view can be bookmarked and shared. */
export function useTodoFilters() {
  const [values, setFilter] = useAddressFilters(DEFAULTS);
  const filters: TodoFilters = {
    who: values.who || 'me',
    typeId: values.type,
    groupId: values.group,
    period: (PERIODS as readonly string[]).includes(values.period) ? (values.period as Period) : '',
    includeDone: values.done === '1',
    salesProjectId: values.project,
    campaignId: values.campaign,
    view: values.view === 'today' ? 'today' : 'all',
  };
  return { filters, setFilter: setFilter as (name: FilterName, value: string) => void };
}

/** The filters as the API reads them (the same for the list and its counts). */
function useTodoQuery(filters: TodoFilters, timeZone: string) {
  return useMemo(() => {
    const today = todayIn(timeZone);
    return {
      // With a team, no one named means the whole team (the server's reading of a lone groupId).
      responsibleId: filters.who === 'me' ? undefined : filters.who,
      groupId: filters.groupId || undefined,
      typeId: filters.typeId || undefined,
      salesProjectId: filters.salesProjectId || undefined,
      campaignId: filters.campaignId || undefined,
      period: filters.period || undefined,
      includeDone: filters.includeDone ? ('true' as const) : undefined,
      from: filters.view === 'today' ? today : undefined,
      to: filters.view === 'today' ? today : undefined,
    };
  }, [filters.who, filters.groupId, filters.typeId, filters.salesProjectId, filters.campaignId, filters.period, filters.includeDone, filters.view, timeZone]);
}

/**
 * The to-do list for the filters in the user's saved order (the server applies it), open ones
 * first, then done ones (`includeDone`); and the counts per bucket for the whole list.
 */
export function useTodo(filters: TodoFilters, timeZone: string) {
  const query = useTodoQuery(filters, timeZone);
  const pages = usePages(['todo', query], (cursor, signal) =>
    unwrap(client.GET('/api/v1/todo', { params: { query: { ...query, limit: 50, cursor } }, signal })),
  );
  const counts = useQuery({
    queryKey: ['todo', 'counts', query],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/todo/counts', { params: { query }, signal })),
  });
  return { ...pages, counts: counts.data, query };
}

/** The teams to filter by: every group of the workspace (subgroups shown under their parent's name). */
export function useTeams() {
  const { data } = useQuery({ queryKey: ['groups'], queryFn: ({ signal }) => unwrap(client.GET('/api/v1/groups', { signal })) });
  return data?.items ?? [];
}
