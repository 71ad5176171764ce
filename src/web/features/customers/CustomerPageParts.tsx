import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { ConfirmButton } from '../../components/ConfirmButton';
import { PageHeader } from '../../components/PageHeader';
import { useUsers } from '../users/useUsers';
import { CustomerDetails } from './CustomerDetails';
import { CustomerForm } from './CustomerForm';
import { StatusBadge } from './StatusBadge';
import { useCustomerStatuses } from './useCustomerStatuses';
import { useCustomerWrites } from './useCustomers';

type HeaderProps = { customer: Customer; showActions: boolean; onEdit: () => void; onTrash: () => Promise<void>; share?: ReactNode };

/** The customer's name and status, with edit and move-to-trash while neither editing nor trashed (and "Share"). */
export function CustomerHeader({ customer, showActions, onEdit, onTrash, share }: HeaderProps) {
  const { t } = useTranslation();
  const { nameOf } = useCustomerStatuses();
  return (
    <PageHeader
      title={customer.name}
      actions={
        showActions ? (
          <>
            {share}
            <button type="button" className="button" onClick={onEdit}>
              {t('common.edit')}
            </button>
            <ConfirmButton
              danger
              label={t('customers.moveToTrash')}
              question={t('customers.confirmTrash')}
              confirmLabel={t('customers.moveToTrash')}
              onConfirm={onTrash}
            />
          </>
        ) : (
          share
        )
      }
    >
      <StatusBadge statusKey={customer.status} name={nameOf(customer.status)} />
    </PageHeader>
  );
}

type DetailsCardProps = { customer: Customer; editing: boolean; setEditing: (editing: boolean) => void };

/** The customer's facts, or the form that edits them. */
export function CustomerDetailsCard({ customer, editing, setEditing }: DetailsCardProps) {
  const { t } = useTranslation();
  const writes = useCustomerWrites();
  const { nameOf: userName } = useUsers();
  return (
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
  );
}
