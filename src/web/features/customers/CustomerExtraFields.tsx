import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { CategoryPicker } from '../settings/pickers/CategoryPicker';
import { CheckListField } from '../settings/pickers/CheckListField';
import type { ExtraFieldsProps } from '../settings/pickers/extra-fields';
import { ListSelectField } from '../settings/pickers/ListSelectField';
import { useListOptions } from '../settings/pickers/useListOptions';

export type CustomerExtra = Pick<Customer, 'industryId' | 'categoryIds' | 'originId' | 'sourceIds' | 'productIds'>;
export const CUSTOMER_EXTRA_FIELDS = ['industryId', 'categoryIds', 'originId', 'sourceIds', 'productIds'] as const;

export const customerExtraOf = (customer: Customer | undefined): CustomerExtra => ({
  industryId: customer?.industryId ?? null,
  categoryIds: customer?.categoryIds ?? [],
  originId: customer?.originId ?? null,
  sourceIds: customer?.sourceIds ?? [],
  productIds: customer?.productIds ?? [],
});

/** The one-item pickers: which settings list, and the i18n keys of the label and of the "none" choice. */
const SELECTS = [
  { name: 'industryId', path: 'industries', label: 'settings.pickers.industry', empty: 'settings.pickers.noIndustry' },
  { name: 'originId', path: 'origins', label: 'settings.pickers.origin', empty: 'settings.pickers.noOrigin' },
] as const;

/** The customer form's pickers from the settings lists: industry, categories, origin, sources, products. */
export function CustomerExtraFields({ values, onChange, errors }: ExtraFieldsProps<CustomerExtra>) {
  const { t } = useTranslation();
  const sources = useListOptions('sources');
  const products = useListOptions('products');
  const checkLists = [
    { name: 'sourceIds', label: t('settings.pickers.sources'), items: sources.items },
    { name: 'productIds', label: t('settings.pickers.products'), items: products.items },
  ] as const;
  return (
    <>
      {SELECTS.map(({ name, path, label, empty }) => (
        <ListSelectField
          key={name}
          path={path}
          label={t(label)}
          emptyLabel={t(empty)}
          value={values[name]}
          onChange={(id) => onChange({ [name]: id })}
          error={errors[name]}
        />
      ))}
      <CategoryPicker target="customer" value={values.categoryIds} onChange={(categoryIds) => onChange({ categoryIds })} error={errors.categoryIds} />
      {checkLists.map(({ name, label, items }) => (
        <CheckListField key={name} label={label} items={items} value={values[name]} onChange={(ids) => onChange({ [name]: ids })} error={errors[name]} />
      ))}
    </>
  );
}
