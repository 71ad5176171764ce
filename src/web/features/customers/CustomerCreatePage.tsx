import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session';
import { CustomerForm } from './CustomerForm';
import { useCustomerWrites } from './useCustomers';

export function CustomerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const writes = useCustomerWrites();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('customers.new')} />
      <div className="card">
        <CustomerForm
          label={t('customers.new')}
          defaultResponsibleId={me.id}
          submitLabel={t('customers.create')}
          onCancel={() => navigate('/customers')}
          onSubmit={async (input) => {
            const customer = await writes.create(input);
            navigate(`/customers/${customer.id}`, { replace: true });
          }}
        />
      </div>
    </>
  );
}
