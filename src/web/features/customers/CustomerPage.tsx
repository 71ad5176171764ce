import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { ContactsSection } from '../contacts/ContactsSection';
import { CustomerTabs } from '../history/CustomerTabs';
import { CustomerExtraInfo } from './CustomerExtraInfo';
import { useUsers } from '../users/useUsers';
import { CustomerDetails } from './CustomerDetails';
import { CustomerForm } from './CustomerForm';
import type { ListNotice } from './CustomerList';
import { StatusBadge } from './StatusBadge';
import { useCustomer, useCustomerWrites } from './useCustomers';
import { useCustomerStatuses } from './useCustomerStatuses';

/** One customer: details, edit in place, move to the trash, and its contacts. */
export function CustomerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: customer, error, isPending: loading } = useCustomer(id);
  const writes = useCustomerWrites();
  const { nameOf } = useCustomerStatuses();
  const { nameOf: userName, loading: usersLoading } = useUsers();
  const [editing, setEditing] = useState(false);
  const action = useSubmit();

  if (loading && !customer) return <p role="status">{t('common.loading')}</p>;
  if (error || !customer) {
    return (
      <>
        <Alert>{generalMessage(t, error)}</Alert>
        <Link to="/customers">{t('customers.back')}</Link>
      </>
    );
  }

  const moveToTrash = async () => {
    const done = await action.run(() => writes.trash(customer.id));
    if (done) navigate('/customers', { state: { notice: t('customers.trashed', { name: customer.name }) } satisfies ListNotice });
  };
  const restore = async () => {
    await action.run(() => writes.restore(customer.id));
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/customers">{t('nav.customers')}</Link>
      </nav>
      <PageHeader
        title={customer.name}
        actions={
          editing || customer.deletedAt ? null : (
            <>
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </button>
              <ConfirmButton
                danger
                label={t('customers.moveToTrash')}
                question={t('customers.confirmTrash')}
                confirmLabel={t('customers.moveToTrash')}
                onConfirm={moveToTrash}
              />
            </>
          )
        }
      >
        <StatusBadge statusKey={customer.status} name={nameOf(customer.status)} />
      </PageHeader>
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {customer.deletedAt ? (
        <Alert kind="info">
          <span>
            {t('customers.inTrash', {
              when: format.dateTime(customer.deletedAt),
              who: userName(customer.deletedById) || (usersLoading ? '…' : t('common.unknownUser')),
            })}
          </span>{' '}
          <button type="button" className="button button--primary" onClick={() => void restore()} disabled={action.busy}>
            {t('trash.restore')}
          </button>
        </Alert>
      ) : null}
      <div className="columns">
        <section className="card" aria-labelledby="customer-details-heading">
          <h2 id="customer-details-heading">{editing ? t('customers.edit') : t('customers.details')}</h2>
          {editing ? (
            <CustomerForm
              customer={customer}
              label={t('customers.edit')}
              submitLabel={t('common.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (input) => {
                await writes.update(customer.id, input);
                setEditing(false);
              }}
            />
          ) : (
            <CustomerDetails customer={customer} responsibleName={userName(customer.responsibleId)} />
          )}
        </section>
        <ContactsSection customerId={customer.id} readOnly={customer.deletedAt !== null} />
      </div>
      <div className="customer-extra">
        <CustomerExtraInfo customer={customer} />
      </div>
      <CustomerTabs customerId={customer.id} />
    </>
  );
}
