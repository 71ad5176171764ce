import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { DetailsList, type Fact, hasFacts } from '../../components/DetailsList';
import { useCategoryOptions, useListOptions } from '../settings/pickers/useListOptions';
import { StatusHistory } from './StatusHistory';

function Chips({ names }: { names: string[] }) {
  return (
    <span className="chips">
      {names.map((name) => (
        <span key={name} className="badge">
          <bdi>{name}</bdi>
        </span>
      ))}
    </span>
  );
}

/** Seed 003's "extra customer info" as its own section: industry, categories, origin, sources, products, work areas, and the status history. */
export function CustomerExtraInfo({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const industries = useListOptions('industries');
  const categories = useCategoryOptions();
  const origins = useListOptions('origins');
  const sources = useListOptions('sources');
  const products = useListOptions('products');
  const workAreas = useListOptions('work-areas');
  const names = (ids: string[], nameOf: (id: string) => string) => ids.map(nameOf).filter(Boolean);

  const facts: Fact[] = [
    { label: t('settings.extraInfo.industry'), value: industries.nameOf(customer.industryId) ? <bdi>{industries.nameOf(customer.industryId)}</bdi> : null },
    { label: t('settings.extraInfo.categories'), value: customer.categoryIds.length ? <Chips names={names(customer.categoryIds, categories.nameOf)} /> : null },
    { label: t('settings.extraInfo.origin'), value: origins.nameOf(customer.originId) ? <bdi>{origins.nameOf(customer.originId)}</bdi> : null },
    { label: t('settings.extraInfo.sources'), value: customer.sourceIds.length ? <Chips names={names(customer.sourceIds, sources.nameOf)} /> : null },
    { label: t('settings.extraInfo.products'), value: customer.productIds.length ? <Chips names={names(customer.productIds, products.nameOf)} /> : null },
    { label: t('tasks.areas.enrolled'), value: customer.workAreaIds.length ? <Chips names={names(customer.workAreaIds, workAreas.nameOf)} /> : null },
  ];

  return (
    <section className="card" aria-labelledby={`extra-${customer.id}`}>
      <h2 id={`extra-${customer.id}`}>{t('settings.extraInfo.title')}</h2>
      {hasFacts(facts) ? <DetailsList facts={facts} /> : <p className="muted">{t('settings.extraInfo.nothing')}</p>}
      <div className="extra-info__history">
        <StatusHistory customer={customer} />
      </div>
    </section>
  );
}
