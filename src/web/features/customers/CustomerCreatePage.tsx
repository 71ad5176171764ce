import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Customer } from '../../../shared/customers';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session';
import { CustomerForm } from './CustomerForm';

export function CustomerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
            const customer = await api.post<Customer>('/customers', input);
            navigate(`/customers/${customer.id}`, { replace: true });
          }}
        />
      </div>
    </>
  );
}
