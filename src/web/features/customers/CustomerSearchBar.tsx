import { useTranslation } from 'react-i18next';
import { CustomerListFilters } from './CustomerListFilters';
import { CustomerSortSelect } from './CustomerSortSelect';
import type { SortState } from './SortHeader';
import type { CustomerFilterName } from './useCustomerListAddress';
import { useCustomerStatuses } from './useCustomerStatuses';

interface CustomerSearchBarProps {
  sorting: SortState;
  text: string;
  onText: (text: string) => void;
  filters: Record<CustomerFilterName, string>;
  onFilter: (name: CustomerFilterName, value: string) => void;
}

/** The customer list's search box, status select, the industry and category filters, and the order. */
export function CustomerSearchBar({ text, onText, filters, onFilter, sorting }: CustomerSearchBarProps) {
  const { t } = useTranslation();
  const { statuses } = useCustomerStatuses();
  return (
    <search className="toolbar">
      <div className="field field--search">
        <label htmlFor="customer-search">{t('customers.search')}</label>
        <input
          id="customer-search"
          type="search"
          value={text}
          placeholder={t('customers.searchPlaceholder')}
          onChange={(event) => onText(event.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="customer-status">{t('fields.status')}</label>
        <select id="customer-status" value={filters.status} onChange={(event) => onFilter('status', event.target.value)}>
          <option value="">{t('customers.allStatuses')}</option>
          {statuses.map((item) => (
            <option key={item.key} value={item.key}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <CustomerListFilters industryId={filters.industryId} categoryId={filters.categoryId} onChange={onFilter} />
      <CustomerSortSelect state={sorting} searching={text.trim() !== ''} />
    </search>
  );
}
