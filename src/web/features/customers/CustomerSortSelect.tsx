import { useTranslation } from 'react-i18next';
import { CUSTOMER_SORTS, type CustomerSort } from '../../../shared/customers';
import type { SortState } from './SortHeader';

/** The list's order as one select (also on a phone, where the table's headers may be out of sight): best match or a column, each way. */
export function CustomerSortSelect({ state, searching }: { state: SortState; searching: boolean }) {
  const { t } = useTranslation();
  const labels: Record<CustomerSort, string> = {
    name: t('fields.name'),
    status: t('fields.status'),
    city: t('fields.city'),
    updated: t('customerFind.updated'),
    created: t('customerFind.created'),
  };
  const value = state.sort ? `${state.sort}:${state.order}` : '';
  const options = CUSTOMER_SORTS.flatMap((sort) =>
    (['asc', 'desc'] as const).map((order) => ({
      value: `${sort}:${order}`,
      label: `${labels[sort]}, ${order === 'asc' ? t('customerFind.sortedAscending') : t('customerFind.sortedDescending')}`,
    })),
  );
  return (
    <div className="field">
      <label htmlFor="customer-sort">{t('customerFind.sort')}</label>
      <select
        id="customer-sort"
        value={value}
        onChange={(event) => {
          const [sort, order] = event.target.value.split(':') as [CustomerSort | '', 'asc' | 'desc' | undefined];
          state.onSort(sort || undefined, order ?? 'asc');
        }}
      >
        <option value="">{searching ? t('customerFind.sortBest') : labels.name}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
