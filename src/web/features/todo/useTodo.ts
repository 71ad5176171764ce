import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Period, TodoItem } from '../../../shared/todo';
import { PERIODS } from '../../../shared/todo';
import { usePages } from '../activities/usePages';
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

/** The to-do filters, kept in the address so a view can be bookmarked and shared. */
export function useTodoFilters() {
  const [params, setParams] = useSearchParams();
  const periodParam = params.get('period') ?? '';
  const filters: TodoFilters = {
    who: params.get('who') ?? 'me',
    typeId: params.get('type') ?? '',
    period: (PERIODS as readonly string[]).includes(periodParam) ? (periodParam as Period) : '',
    includeDone: params.get('done') === '1',
    view: params.get('view') === 'today' ? 'today' : 'all',
  };
  const setFilter = (name: 'who' | 'type' | 'period' | 'done' | 'view', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const isDefault = value === '' || (name === 'who' && value === 'me') || (name === 'view' && value === 'all') || (name === 'done' && value === '0');
        if (isDefault) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
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
      includeDone: filters.includeDone || undefined,
      from: filters.view === 'today' ? today : undefined,
      to: filters.view === 'today' ? today : undefined,
    };
  }, [filters.who, filters.typeId, filters.period, filters.includeDone, filters.view, timeZone]);
  return usePages<TodoItem>('/todo', query, 50);
}
