import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
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

/** Seed 003's "extra customer info" as its own section: industry, categories, origin, sources, products, and the status history. */
export function CustomerExtraInfo({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const industries = useListOptions('industries');
  const categories = useCategoryOptions();
  const origins = useListOptions('origins');
  const sources = useListOptions('sources');
  const products = useListOptions('products');
  const names = (ids: string[], nameOf: (id: string) => string) => ids.map(nameOf).filter(Boolean);

  const rows: [string, ReactNode][] = [
    [t('settings.extraInfo.industry'), industries.nameOf(customer.industryId) ? <bdi>{industries.nameOf(customer.industryId)}</bdi> : null],
    [t('settings.extraInfo.categories'), customer.categoryIds.length ? <Chips names={names(customer.categoryIds, categories.nameOf)} /> : null],
    [t('settings.extraInfo.origin'), origins.nameOf(customer.originId) ? <bdi>{origins.nameOf(customer.originId)}</bdi> : null],
    [t('settings.extraInfo.sources'), customer.sourceIds.length ? <Chips names={names(customer.sourceIds, sources.nameOf)} /> : null],
    [t('settings.extraInfo.products'), customer.productIds.length ? <Chips names={names(customer.productIds, products.nameOf)} /> : null],
  ];
  const shown = rows.filter(([, value]) => value);

  return (
    <section className="card" aria-labelledby={`extra-${customer.id}`}>
      <h2 id={`extra-${customer.id}`}>{t('settings.extraInfo.title')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{t('settings.extraInfo.nothing')}</p>
      ) : (
        <dl className="details">
          {shown.map(([label, value]) => (
            <div className="details__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="extra-info__history">
        <StatusHistory customer={customer} />
      </div>
    </section>
  );
}
