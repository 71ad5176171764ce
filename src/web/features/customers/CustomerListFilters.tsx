import { useTranslation } from 'react-i18next';
import { useCategoryOptions, useListOptions } from '../settings/pickers/useListOptions';

interface CustomerListFiltersProps {
  industryId: string;
  categoryId: string;
  onChange: (name: 'industryId' | 'categoryId', value: string) => void;
}

/** The customer list's industry and category filters (categories that apply to customers). */
export function CustomerListFilters({ industryId, categoryId, onChange }: CustomerListFiltersProps) {
  const { t } = useTranslation();
  const industries = useListOptions('industries');
  const categories = useCategoryOptions();
  const customerCategories = categories.items.filter((category) => category.appliesTo !== 'contact');
  return (
    <>
      <div className="field">
        <label htmlFor="customer-industry">{t('settings.pickers.industry')}</label>
        <select id="customer-industry" value={industryId} onChange={(event) => onChange('industryId', event.target.value)}>
          <option value="">{t('settings.pickers.allIndustries')}</option>
          {industries.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="customer-category">{t('settings.pickers.categories')}</label>
        <select id="customer-category" value={categoryId} onChange={(event) => onChange('categoryId', event.target.value)}>
          <option value="">{t('settings.pickers.allCategories')}</option>
          {customerCategories.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
