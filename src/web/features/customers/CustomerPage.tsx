import { useState } from 'react';
import type { Customer } from '../../../shared/customers';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { ContactsSection } from '../contacts/ContactsSection';
import { CustomerTabs } from '../history/CustomerTabs';
import { CustomerSalesProjects } from '../sales/CustomerSalesProjects';
import { CustomerAccessPanel } from '../sharing/CustomerAccessPanel';
import { ShareButton } from '../sharing/ShareButton';
import { readOnlyOf } from '../sharing/useAccess';
import { CustomerExtraInfo } from './CustomerExtraInfo';
import type { ListNotice } from './CustomerList';
import { CustomerDetailsCard, CustomerHeader } from './CustomerPageParts';
import { TrashedNotice } from './TrashedNotice';
import { MailDropZone } from '../mail/MailDropZone';
import { AddProductPanel } from '../tasks/AddProductPanel';
import { CustomerPartnersSection } from '../partners/CustomerPartnersSection';
import { CustomerProjectArea } from '../projects/CustomerProjectArea';
import { useCustomer, useCustomerWrites } from './useCustomers';

/**
 * One customer: details, edit in place, move to the trash, and its contacts. Shared for reading only:
 * no edit, trash, new contacts or activities (the server refuses them too).
 */
export function CustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: customer, error, isPending: loading } = useCustomer(id);
  const writes = useCustomerWrites();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
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
  const restore = () => action.run(() => writes.restore(customer.id));
  const readOnly = readOnlyOf(customer);

  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/customers">{t('nav.customers')}</Link>
      </nav>
      <CustomerHeader
        customer={customer}
        showActions={!(editing || customer.deletedAt || readOnly)}
        onEdit={() => setEditing(true)}
        onTrash={moveToTrash}
        share={editing ? null : <ShareButton customer={customer} onSaved={setNotice} />}
      />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {customer.deletedAt ? (
        <TrashedNotice deletedAt={customer.deletedAt} deletedById={customer.deletedById} busy={action.busy} onRestore={() => void restore()} />
      ) : null}
      <div className="columns">
        <CustomerDetailsCard customer={customer} editing={editing} setEditing={setEditing} />
        <ContactsSection customerId={customer.id} readOnly={customer.deletedAt !== null || readOnly} />
      </div>
      <div className="customer-extra">
        <CustomerExtraInfo customer={customer} />
        {customer.deletedAt || readOnly ? null : <AddProductPanel customer={customer} />}
      </div>
      <CustomerWorkSections customer={customer} readOnly={readOnly} />
    </>
  );
}

/** Below the details: mail drop, projects, who can see it, partners, sales projects and the tabs. */
function CustomerWorkSections({ customer, readOnly }: { customer: Customer; readOnly: boolean }) {
  const trashed = customer.deletedAt !== null;
  return (
    <>
      {trashed || readOnly ? null : <MailDropZone target={{ customerId: customer.id }} />}
      {trashed ? null : <CustomerProjectArea customer={customer} readOnly={readOnly} />}
      <CustomerAccessPanel customer={customer} />
      {trashed ? null : <CustomerPartnersSection customer={customer} readOnly={readOnly} />}
      <CustomerSalesProjects customerId={customer.id} readOnly={trashed || readOnly} />
      <CustomerTabs customerId={customer.id} readOnly={readOnly} />
    </>
  );
}
