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
  return (
    <>
      <SelectField
        id="customer-industry"
        label={t('settings.pickers.industry')}
        value={industryId}
        onChange={(value) => onChange('industryId', value)}
        emptyLabel={t('settings.pickers.allIndustries')}
        options={industries.items.map(toOption)}
      />
      <SelectField
        id="customer-category"
        label={t('settings.pickers.categories')}
        value={categoryId}
        onChange={(value) => onChange('categoryId', value)}
        emptyLabel={t('settings.pickers.allCategories')}
        options={customerCategories.map(toOption)}
      />
    </>
  );
}
