import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useDebounced, useOnChange } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { CustomerListFilters } from './CustomerListFilters';
import { useUsers } from '../users/useUsers';
import { StatusBadge } from './StatusBadge';
import { useCustomerPages } from './useCustomerPages';
import { useCustomerStatuses } from './useCustomerStatuses';
import { LoadMore } from '../../components/LoadMore';

export interface ListNotice {
  notice?: string;
}

/** Customers: search as you type (accents optional), filter by status, page with "Load more". */
export function CustomerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const notice = (location.state as ListNotice | null)?.notice;
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const status = params.get('status') ?? '';
  const industryId = params.get('industryId') ?? '';
  const categoryId = params.get('categoryId') ?? '';
  const q = useDebounced(text.trim(), 250);
  const { statuses, nameOf } = useCustomerStatuses();
  const { nameOf: userName } = useUsers();
  const customers = useCustomerPages({
    q: q || undefined,
    status: status || undefined,
    industryId: industryId || undefined,
    categoryId: categoryId || undefined,
  });

  // Only the debounced text goes into the address.
  useOnChange(q, (words) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (words) next.set('q', words);
        else next.delete('q');
        return next;
      },
      { replace: true, state: location.state },
    ),
  );

  const setFilter = (name: 'status' | 'industryId' | 'categoryId', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const setStatus = (value: string) => setFilter('status', value);

  const searching = customers.loading || q !== text.trim();

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        actions={
          <Link className="button button--primary" to="/customers/new">
            {t('customers.new')}
          </Link>
        }
      />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <search className="toolbar">
        <div className="field field--search">
          <label htmlFor="customer-search">{t('customers.search')}</label>
          <input
            id="customer-search"
            type="search"
            value={text}
            placeholder={t('customers.searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="customer-status">{t('fields.status')}</label>
          <select id="customer-status" value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('customers.allStatuses')}</option>
            {statuses.map((item) => (
              <option key={item.key} value={item.key}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        <CustomerListFilters industryId={industryId} categoryId={categoryId} onChange={setFilter} />
      </search>
      <p className="visually-hidden" role="status" aria-live="polite">
        {searching ? t('common.loading') : t('customers.shown', { count: customers.items.length })}
      </p>
      {customers.error ? <Alert>{generalMessage(t, customers.error)}</Alert> : null}
      {customers.loading && customers.items.length === 0 ? (
        <p className="muted">{t('common.loading')}</p>
      ) : !customers.loading && customers.items.length === 0 ? (
        <div className="empty">
          <p>{q || status || industryId || categoryId ? t('customers.noneMatch') : t('customers.none')}</p>
        </div>
      ) : (
        <div className="table-wrap" aria-busy={searching}>
          <table className="table" aria-label={t('customers.title')}>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('fields.city')}</th>
                <th scope="col">{t('fields.phone')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('fields.responsible')}</th>
              </tr>
            </thead>
            <tbody>
              {customers.items.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <Link className="table__primary" dir="auto" to={`/customers/${customer.id}`}>
                      {customer.name}
                    </Link>
                  </td>
                  <td>
                    <StatusBadge statusKey={customer.status} name={nameOf(customer.status)} />
                  </td>
                  <td className="nowrap">{[customer.city, format.country(customer.countryCode)].filter(Boolean).join(', ')}</td>
                  <td className="nowrap">
                    <bdi>{customer.phone}</bdi>
                  </td>
                  <td>
                    <bdi>{customer.email}</bdi>
                  </td>
                  <td className="nowrap">
                    <bdi>{userName(customer.responsibleId)}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={customers.hasMore} loading={customers.loadingMore} onLoadMore={customers.loadMore} />
    </>
  );
}
