import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { useDebounced } from '../../components/hooks';
import { usePages } from '../activities/usePages';

export interface SearchFilters {
  q: string;
  typeId: string;
  responsibleId: string;
  customerId: string;
  state: '' | 'open' | 'done';
  from: string;
  to: string;
}

const NAMES = { q: 'q', typeId: 'type', responsibleId: 'responsible', customerId: 'customer', state: 'state', from: 'from', to: 'to' } as const;

/** The search filters, kept in the address. */
export function useSearchFilters() {
  const [params, setParams] = useSearchParams();
  const state = params.get('state');
  const filters: SearchFilters = {
    q: params.get(NAMES.q) ?? '',
    typeId: params.get(NAMES.typeId) ?? '',
    responsibleId: params.get(NAMES.responsibleId) ?? '',
    customerId: params.get(NAMES.customerId) ?? '',
    state: state === 'open' || state === 'done' ? state : '',
    from: params.get(NAMES.from) ?? '',
    to: params.get(NAMES.to) ?? '',
  };
  const setFilter = (name: keyof SearchFilters, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(NAMES[name], value);
        else next.delete(NAMES[name]);
        return next;
      },
      { replace: true },
    );
  return { filters, setFilter };
}

/** Activities matching the filters, newest first; the words are searched once typing pauses. */
export function useActivitySearch(filters: SearchFilters, words: string) {
  const q = useDebounced(words.trim(), 250);
  const query = useMemo(
    () => ({
      q: q || undefined,
      typeId: filters.typeId || undefined,
      responsibleId: filters.responsibleId || undefined,
      customerId: filters.customerId || undefined,
      done: filters.state === '' ? undefined : filters.state === 'done',
      from: filters.from || undefined,
      to: filters.to || undefined,
    }),
    [q, filters.typeId, filters.responsibleId, filters.customerId, filters.state, filters.from, filters.to],
  );
  const pages = usePages<Activity>('/activities', query);
  return { ...pages, q, searching: pages.loading || q !== words.trim() };
}
