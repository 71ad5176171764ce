import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field';
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
      <TextField
        id="customer-search"
        fieldClassName="field--search"
        type="search"
        label={t('customers.search')}
        value={text}
        placeholder={t('customers.searchPlaceholder')}
        onChange={onText}
        autoComplete="off"
      />
      <SelectField
        id="customer-status"
        label={t('fields.status')}
        value={filters.status}
        onChange={(value) => onFilter('status', value)}
        emptyLabel={t('customers.allStatuses')}
        options={statuses.map((item) => ({ value: item.key, label: item.name }))}
      />
      <CustomerListFilters industryId={filters.industryId} categoryId={filters.categoryId} onChange={onFilter} />
      <CustomerSortSelect state={sorting} searching={text.trim() !== ''} />
    </search>
  );
}
