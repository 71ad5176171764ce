import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCustomerPages } from '../customers/useCustomerPages';
import { useCustomerWrites } from '../customers/useCustomers';
import { useTrashColumns } from './useTrashColumns';

/** Customers in the trash: who moved them there and when, with Restore; admins can also delete for good. */
export function TrashPage() {
  const { t } = useTranslation();
  const trash = useCustomerPages({ deleted: true });
  const writes = useCustomerWrites();
  const restore = useSubmit();
  const purge = useSubmit();
  const [restored, setRestored] = useState<Customer | null>(null);
  const [purged, setPurged] = useState<string | null>(null);

  const onRestore = async (customer: Customer) => {
    const done = await restore.run(() => writes.restore(customer.id));
    if (!done) return;
    trash.remove(customer.id);
    setPurged(null);
    setRestored(done);
  };
  const onPurge = async (customer: Customer) => {
    const done = await purge.run(() => writes.purge(customer.id));
    if (!done) return;
    trash.remove(customer.id);
    setRestored(null);
    setPurged(customer.name);
  };
  const columns = useTrashColumns({ busy: { restore: restore.busy, purge: purge.busy }, onRestore, onPurge });

  return (
    <>
      <PageHeader title={t('trash.title')}>
        <p className="muted">{t('trash.intro')}</p>
      </PageHeader>
      {restored ? (
        <Alert kind="success">
          {t('trash.restored', { name: restored.name })} <Link to={`/customers/${restored.id}`}>{t('trash.open')}</Link>
        </Alert>
      ) : null}
      {trash.error ? <Alert>{generalMessage(t, trash.error)}</Alert> : null}
      {purged ? <Alert kind="success">{t('trash.purged', { name: purged })}</Alert> : null}
      {restore.error ? <Alert>{generalMessage(t, restore.error)}</Alert> : null}
      {purge.error ? <Alert>{generalMessage(t, purge.error)}</Alert> : null}
      {trash.loading && trash.items.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {!trash.loading && trash.items.length === 0 ? (
        <div className="empty">
          <p>{t('trash.empty')}</p>
        </div>
      ) : null}
      {trash.items.length > 0 ? <DataTable label={t('trash.title')} columns={columns} rows={trash.items} /> : null}
      <LoadMore hasMore={trash.hasMore} loading={trash.loadingMore} onLoadMore={trash.loadMore} />
    </>
  );
}
