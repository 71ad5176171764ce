import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { CategoryPicker } from '../settings/pickers/CategoryPicker';
import { CheckListField } from '../settings/pickers/CheckListField';
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

/** The customer form's pickers from the settings lists: industry, categories, origin, sources, products. */
export function CustomerExtraFields({
  values,
  onChange,
  errors,
}: {
  values: CustomerExtra;
  onChange: (change: Partial<CustomerExtra>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const sources = useListOptions('sources');
  const products = useListOptions('products');
  return (
    <>
      <ListSelectField
        path="industries"
        label={t('settings.pickers.industry')}
        emptyLabel={t('settings.pickers.noIndustry')}
        value={values.industryId}
        onChange={(industryId) => onChange({ industryId })}
        error={errors.industryId}
      />
      <ListSelectField
        path="origins"
        label={t('settings.pickers.origin')}
        emptyLabel={t('settings.pickers.noOrigin')}
        value={values.originId}
        onChange={(originId) => onChange({ originId })}
        error={errors.originId}
      />
      <CategoryPicker target="customer" value={values.categoryIds} onChange={(categoryIds) => onChange({ categoryIds })} error={errors.categoryIds} />
      <CheckListField
        label={t('settings.pickers.sources')}
        items={sources.items}
        value={values.sourceIds}
        onChange={(sourceIds) => onChange({ sourceIds })}
        error={errors.sourceIds}
      />
      <CheckListField
        label={t('settings.pickers.products')}
        items={products.items}
        value={values.productIds}
        onChange={(productIds) => onChange({ productIds })}
        error={errors.productIds}
      />
    </>
  );
}
