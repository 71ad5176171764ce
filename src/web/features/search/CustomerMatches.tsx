import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api';
import { useMatchLabel } from '../customers/useMatchLabel';

/** The few customers that best match the search words, each saying why, above the activities found. */
export function CustomerMatches({ q }: { q: string }) {
  const { t } = useTranslation();
  const matchLabel = useMatchLabel();
  const query = useQuery({
    queryKey: ['customers', 'list', { q, limit: 5 }],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers', { params: { query: { q, limit: 5 } }, signal })),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const items = q ? (query.data?.items ?? []) : [];
  if (items.length === 0) return null;
  return (
    <section className="card search-customers" aria-labelledby="search-customers-heading">
      <h2 id="search-customers-heading">{t('customerFind.customersFound')}</h2>
      <ul className="search-customers__list">
        {items.map((customer) => (
          <li key={customer.id}>
            <Link to={`/customers/${customer.id}`} dir="auto">
              {customer.name}
            </Link>
            <span className="match-reason">{[customer.city, matchLabel(customer.match)].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      {query.data?.nextCursor ? <Link to={`/customers?q=${encodeURIComponent(q)}`}>{t('customerFind.moreCustomers')}</Link> : null}
    </section>
  );
}
