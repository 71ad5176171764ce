import { useTranslation } from 'react-i18next';
import { CustomerListFilters } from './CustomerListFilters';
import type { CustomerFilterName } from './useCustomerListAddress';
import { useCustomerStatuses } from './useCustomerStatuses';

interface CustomerSearchBarProps {
  text: string;
  onText: (text: string) => void;
  filters: Record<CustomerFilterName, string>;
  onFilter: (name: CustomerFilterName, value: string) => void;
}

/** The customer list's search box, status select and the industry and category filters. */
export function CustomerSearchBar({ text, onText, filters, onFilter }: CustomerSearchBarProps) {
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
    </search>
  );
}
