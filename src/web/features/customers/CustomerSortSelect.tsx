import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field';
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
  const onChange = (chosen: string) => {
    const [sort, order] = chosen.split(':') as [CustomerSort | '', 'asc' | 'desc' | undefined];
    state.onSort(sort || undefined, order ?? 'asc');
  };
  return (
    <SelectField
      id="customer-sort"
      label={t('customerFind.sort')}
      value={value}
      onChange={onChange}
      emptyLabel={searching ? t('customerFind.sortBest') : labels.name}
      options={options}
    />
  );
}
