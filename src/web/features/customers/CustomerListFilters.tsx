import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field';
import { useCategoryOptions, useListOptions } from '../settings/pickers/useListOptions';

interface CustomerListFiltersProps {
  industryId: string;
  categoryId: string;
  onChange: (name: 'industryId' | 'categoryId', value: string) => void;
}

const toOption = (item: { id: string; name: string }) => ({ value: item.id, label: item.name });

/** The customer list's industry and category filters (categories that apply to customers). */
export function CustomerListFilters({ industryId, categoryId, onChange }: CustomerListFiltersProps) {
  const { t } = useTranslation();
  const industries = useListOptions('industries');
  const categories = useCategoryOptions();
  const customerCategories = categories.items.filter((category) => category.appliesTo !== 'contact');
  const filters = [
    {
      id: 'customer-industry',
      name: 'industryId',
      value: industryId,
      items: industries.items,
      label: 'settings.pickers.industry',
      all: 'settings.pickers.allIndustries',
    },
    {
      id: 'customer-category',
      name: 'categoryId',
      value: categoryId,
      items: customerCategories,
      label: 'settings.pickers.categories',
      all: 'settings.pickers.allCategories',
    },
  ] as const;
  return filters.map((filter) => (
    <SelectField
      key={filter.id}
      id={filter.id}
      label={t(filter.label)}
      value={filter.value}
      onChange={(value) => onChange(filter.name, value)}
      emptyLabel={t(filter.all)}
      options={filter.items.map(toOption)}
    />
  ));
}
