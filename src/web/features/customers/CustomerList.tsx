import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ExportMenu } from '../exports/ExportMenu';
import { BulkShareBar, useSelectColumn, useSelection } from '../sharing/BulkShare';
import { CustomerSearchBar } from './CustomerSearchBar';
import { useCustomerColumns } from './useCustomerColumns';
import { useCustomerListAddress } from './useCustomerListAddress';
import { useCustomerPages } from './useCustomerPages';

export interface ListNotice {
  notice?: string;
}

/** Customers: search as you type (accents optional, best matches first), filter, sort by a column, page with "Load more". */
export function CustomerList() {
  const { t } = useTranslation();
  const notice = (useLocation().state as ListNotice | null)?.notice;
  const { text, setText, q, typing, filters, setFilter, sort, order, setSort } = useCustomerListAddress();
  const sorting = { sort, order, onSort: setSort };
  const filter = {
    q: q || undefined,
    status: filters.status || undefined,
    industryId: filters.industryId || undefined,
    categoryId: filters.categoryId || undefined,
  };
  const customers = useCustomerPages({ ...filter, sort, order: sort ? order : undefined });
  const selection = useSelection();
  const [shared, setShared] = useState('');
  const columns = [useSelectColumn(selection, customers.items), ...useCustomerColumns(sorting)];
  const searching = customers.loading || typing;
  const filtered = q || filters.status || filters.industryId || filters.categoryId;

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        actions={
          <>
            <Link className="button" to="/import">
              {t('imports.link')}
            </Link>
            <ExportMenu path="/api/v1/customers/export" params={{ ...filter, sort, order: sort ? order : undefined }} />
            <Link className="button" to="/customers/from-template">
              {t('templates.fromTemplate')}
            </Link>
            <Link className="button button--primary" to="/customers/new">
              {t('customers.new')}
            </Link>
          </>
        }
      />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {shared ? <Alert kind="success">{shared}</Alert> : null}
      <CustomerSearchBar text={text} onText={setText} filters={filters} onFilter={setFilter} sorting={sorting} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {searching ? t('common.loading') : t('customers.shown', { count: customers.items.length })}
      </p>
      <BulkShareBar selection={selection} filter={filter} onNotice={setShared} />
      {customers.error ? <Alert>{generalMessage(t, customers.error)}</Alert> : null}
      {customers.loading && customers.items.length === 0 ? (
        <p className="muted">{t('common.loading')}</p>
      ) : !customers.loading && customers.items.length === 0 ? (
        <div className="empty">
          <p>{filtered ? t('customers.noneMatch') : t('customers.none')}</p>
        </div>
      ) : (
        <DataTable label={t('customers.title')} columns={columns} rows={customers.items} busy={searching} />
      )}
      <LoadMore hasMore={customers.hasMore} loading={customers.loadingMore} onLoadMore={customers.loadMore} />
    </>
  );
}
