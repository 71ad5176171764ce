import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { DetailsList, type Fact } from '../../components/DetailsList';
import { useFormat } from '../../format';

function websiteHref(website: string) {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** A customer's facts as a definition list; empty facts are left out. */
export function CustomerDetails({ customer, responsibleName }: { customer: Customer; responsibleName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const address = [customer.address, [customer.postalCode, customer.city].filter(Boolean).join(' '), format.country(customer.countryCode)].filter(Boolean);
  const facts: Fact[] = [
    {
      label: t('fields.email'),
      value: customer.email ? (
        <a dir="ltr" href={`mailto:${customer.email}`}>
          {customer.email}
        </a>
      ) : null,
    },
    {
      label: t('fields.phone'),
      value: customer.phone ? (
        <a dir="ltr" href={`tel:${customer.phone.replace(/\s/g, '')}`}>
          {customer.phone}
        </a>
      ) : null,
    },
    {
      label: t('fields.website'),
      value: customer.website ? (
        <a dir="ltr" href={websiteHref(customer.website)} target="_blank" rel="noreferrer noopener">
          {customer.website}
        </a>
      ) : null,
    },
    {
      label: t('fields.address'),
      value: address.length
        ? address.map((line) => (
            <span className="line" key={line}>
              <bdi>{line}</bdi>
            </span>
          ))
        : null,
    },
    { label: t('fields.responsible'), value: responsibleName ? <bdi>{responsibleName}</bdi> : null },
    { label: t('fields.createdAt'), value: format.dateTime(customer.createdAt) },
    { label: t('fields.updatedAt'), value: format.dateTime(customer.updatedAt) },
  ];
  return <DetailsList facts={facts} />;
}
