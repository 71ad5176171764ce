import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { useCustomerPages } from '../customers/useCustomerPages';
import { useCustomerWrites } from '../customers/useCustomers';
import { useUsers } from '../users/useUsers';
import { LoadMore } from '../../components/LoadMore';

/** Customers in the trash: who moved them there and when, with Restore; admins can also delete for good. */
export function TrashPage() {
  const { t } = useTranslation();
  const me = useMe();
  const purge = useSubmit();
  const [purged, setPurged] = useState<string | null>(null);
  const format = useFormat();
  const trash = useCustomerPages({ deleted: true });
  const { nameOf, loading: usersLoading } = useUsers();
  const writes = useCustomerWrites();
  const restore = useSubmit();
  const [restored, setRestored] = useState<Customer | null>(null);

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
      {trash.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('trash.title')}>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('trash.deletedBy')}</th>
                <th scope="col">{t('trash.deletedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.items.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <Link className="table__primary" dir="auto" to={`/customers/${customer.id}`}>
                      {customer.name}
                    </Link>
                  </td>
                  <td>
                    <bdi>{nameOf(customer.deletedById) || (usersLoading ? '' : t('common.unknownUser'))}</bdi>
                  </td>
                  <td className="nowrap">{format.dateTime(customer.deletedAt)}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={restore.busy}
                      aria-label={t('trash.restoreNamed', { name: customer.name })}
                      onClick={async () => {
                        const done = await restore.run(() => writes.restore(customer.id));
                        if (done) {
                          trash.remove(customer.id);
                          setPurged(null);
                          setRestored(done);
                        }
                      }}
                    >
                      {t('trash.restore')}
                    </button>
                    {me.role === 'admin' ? (
                      <ConfirmButton
                        danger
                        label={t('trash.purge')}
                        question={t('trash.purgeQuestion', { name: customer.name })}
                        confirmLabel={t('trash.purgeConfirm')}
                        disabled={purge.busy}
                        onConfirm={async () => {
                          const done = await purge.run(() => writes.purge(customer.id));
                          if (done) {
                            trash.remove(customer.id);
                            setRestored(null);
                            setPurged(customer.name);
                          }
                        }}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore hasMore={trash.hasMore} loading={trash.loadingMore} onLoadMore={trash.loadMore} />
    </>
  );
}
