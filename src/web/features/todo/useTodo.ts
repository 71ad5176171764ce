import { useMemo } from 'react';
import type { Period } from '../../../shared/todo';
import { PERIODS } from '../../../shared/todo';
import { client, unwrap } from '../../api';
import { usePages } from '../../components/usePages';
import { useAddressFilters } from '../activities/useAddressFilters';
import { todayIn } from '../activities/zoned-time';

export interface TodoFilters {
  /** `me` (default), `all`, or a user id. */
  who: string;
  typeId: string;
  period: Period | '';
  includeDone: boolean;
  /** `today`: only what is due today. */
  view: 'all' | 'today';
}

const DEFAULTS = { who: 'me', type: '', period: '', done: '0', view: 'all' };

/** The to-do filters, kept in the address so a view can be bookmarked and shared. */
export function useTodoFilters() {
  const [values, setFilter] = useAddressFilters(DEFAULTS);
  const filters: TodoFilters = {
    who: values.who || 'me',
    typeId: values.type,
    period: (PERIODS as readonly string[]).includes(values.period) ? (values.period as Period) : '',
    includeDone: values.done === '1',
    view: values.view === 'today' ? 'today' : 'all',
  };
  return { filters, setFilter };
}

/** The to-do list for the filters, oldest due first, each item in its bucket (the user's day). */
export function useTodo(filters: TodoFilters, timeZone: string) {
  const query = useMemo(() => {
    const today = todayIn(timeZone);
    return {
      responsibleId: filters.who === 'me' ? undefined : filters.who,
      typeId: filters.typeId || undefined,
      period: filters.period || undefined,
      includeDone: filters.includeDone ? ('true' as const) : undefined,
      from: filters.view === 'today' ? today : undefined,
      to: filters.view === 'today' ? today : undefined,
    };
  }, [filters.who, filters.typeId, filters.period, filters.includeDone, filters.view, timeZone]);
  return usePages(['todo', query], (cursor, signal) => unwrap(client.GET('/api/v1/todo', { params: { query: { ...query, limit: 50, cursor } }, signal })));
}
