import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSort } from '../../../shared/customers';
import type { SortOrder } from './useCustomerListAddress';

export interface SortState {
  sort: CustomerSort | undefined;
  order: SortOrder;
  /** A new order; none: by name, or best match first while searching. */
  onSort: (sort: CustomerSort | undefined, order: SortOrder) => void;
}

/** The aria-sort of a column's header. */
export const ariaSortOf = (state: SortState, column: CustomerSort): 'ascending' | 'descending' | 'none' =>
  state.sort === column ? (state.order === 'desc' ? 'descending' : 'ascending') : 'none';

/** A column header that sorts by its column: a first click ascending, the next one descending. */
export function SortHeader({ state, column, label }: { state: SortState; column: CustomerSort; label: string }) {
  const { t } = useTranslation();
  const active = state.sort === column;
  const next: SortOrder = active && state.order === 'asc' ? 'desc' : 'asc';
  const Icon = !active ? ArrowUpDown : state.order === 'desc' ? ArrowDown : ArrowUp;
  return (
    <button type="button" className="table__sort" onClick={() => state.onSort(column, next)} title={t('customerFind.sortBy', { column: label })}>
      {label}
      <Icon size={14} aria-hidden="true" />
    </button>
  );
}
