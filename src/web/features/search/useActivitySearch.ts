import { useMemo } from 'react';
import { client, unwrap } from '../../api';
import { useDebounced } from '../../components/hooks';
import { useAddressFilters } from '../activities/useAddressFilters';
import { usePages } from '../../components/usePages';

export interface SearchFilters {
  q: string;
  typeId: string;
  statusId: string;
  responsibleId: string;
  customerId: string;
  state: '' | 'open' | 'done';
  from: string;
  to: string;
  /** A part of a document's name (issue 16). */
  documentName: string;
  /** Issue 18: a sales project's whole dialogue, a campaign's activities. */
  salesProjectId?: string;
  campaignId?: string;
}

const DEFAULTS = { q: '', type: '', status: '', responsible: '', customer: '', state: '', from: '', to: '', document: '', project: '', campaign: '' };
const NAMES = {
  q: 'q',
  typeId: 'type',
  statusId: 'status',
  responsibleId: 'responsible',
  customerId: 'customer',
  state: 'state',
  from: 'from',
  to: 'to',
  documentName: 'document',
  salesProjectId: 'project',
  campaignId: 'campaign',
} as const;

/** The search filters, kept in the address. */
export function useSearchFilters() {
  const [values, set] = useAddressFilters(DEFAULTS);
  const filters: SearchFilters = {
    q: values.q,
    typeId: values.type,
    statusId: values.status,
    responsibleId: values.responsible,
    customerId: values.customer,
    state: values.state === 'open' || values.state === 'done' ? values.state : '',
    from: values.from,
    to: values.to,
    documentName: values.document,
    salesProjectId: values.project,
    campaignId: values.campaign,
  };
  const setFilter = (name: keyof SearchFilters, value: string) => set(NAMES[name], value);
  return { filters, setFilter };
}

/** Activities matching the filters, newest first; the words are searched once typing pauses. */
export function useActivitySearch(filters: SearchFilters, words: string) {
  const q = useDebounced(words.trim(), 250);
  const documentName = useDebounced(filters.documentName.trim(), 250);
  const query = useMemo(
    () => ({
      q: q || undefined,
      typeId: filters.typeId || undefined,
      statusId: filters.statusId || undefined,
      responsibleId: filters.responsibleId || undefined,
      customerId: filters.customerId || undefined,
      done: filters.state === '' ? undefined : filters.state === 'done' ? ('true' as const) : ('false' as const),
      from: filters.from || undefined,
      to: filters.to || undefined,
      documentName: documentName || undefined,
      salesProjectId: filters.salesProjectId || undefined,
      campaignId: filters.campaignId || undefined,
    }),
    [
      q,
      documentName,
      filters.salesProjectId,
      filters.campaignId,
      filters.typeId,
      filters.statusId,
      filters.responsibleId,
      filters.customerId,
      filters.state,
      filters.from,
      filters.to,
    ],
  );
  const pages = usePages(['activities', 'search', query], (cursor, signal) =>
    unwrap(client.GET('/api/v1/activities', { params: { query: { ...query, limit: 25, cursor } }, signal })),
  );
  return { ...pages, q, query, searching: pages.loading || q !== words.trim() };
}
