import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { useFormat } from '../../format';

function websiteHref(website: string) {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** A customer's facts as a definition list; empty facts are left out. */
export function CustomerDetails({ customer, responsibleName }: { customer: Customer; responsibleName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const address = [customer.address, [customer.postalCode, customer.city].filter(Boolean).join(' '), format.country(customer.countryCode)].filter(Boolean);
  const rows: [string, ReactNode][] = [
    [
      t('fields.email'),
      customer.email ? (
        <a dir="auto" href={`mailto:${customer.email}`}>
          {customer.email}
        </a>
      ) : null,
    ],
    [
      t('fields.phone'),
      customer.phone ? (
        <a dir="ltr" href={`tel:${customer.phone.replace(/\s/g, '')}`}>
          {customer.phone}
        </a>
      ) : null,
    ],
    [
      t('fields.website'),
      customer.website ? (
        <a dir="auto" href={websiteHref(customer.website)} target="_blank" rel="noreferrer noopener">
          {customer.website}
        </a>
      ) : null,
    ],
    [
      t('fields.address'),
      address.length
        ? address.map((line) => (
            <span className="line" key={line}>
              <bdi>{line}</bdi>
            </span>
          ))
        : null,
    ],
    [t('fields.responsible'), responsibleName ? <bdi>{responsibleName}</bdi> : null],
    [t('fields.createdAt'), format.dateTime(customer.createdAt)],
    [t('fields.updatedAt'), format.dateTime(customer.updatedAt)],
  ];
  return (
    <dl className="details">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div className="details__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
