import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DuplicateCandidate } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session';
import { CustomerForm, type CustomerInput } from './CustomerForm';
import { DuplicateWarning } from './DuplicateWarning';
import { useCustomerWrites, useDuplicateCheck } from './useCustomers';

/** A customer the user is about to create, and the existing ones it may duplicate. */
interface Pending {
  input: CustomerInput;
  candidates: DuplicateCandidate[];
}

/** A new customer: saving first looks for existing customers alike; when there are some they are shown, and creating anyway is one click. */
export function CustomerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const writes = useCustomerWrites();
  const checkDuplicates = useDuplicateCheck();
  const me = useMe();
  const [pending, setPending] = useState<Pending | null>(null);
  const anyway = useSubmit();

  const create = async (input: CustomerInput) => {
    const customer = await writes.create(input);
    navigate(`/customers/${customer.id}`, { replace: true });
  };
  const submit = async (input: CustomerInput) => {
    const { items } = await checkDuplicates(input);
    if (items.length === 0) return create(input);
    setPending({ input, candidates: items });
  };

  return (
    <>
      <PageHeader title={t('customers.new')} />
      {pending ? (
        <DuplicateWarning
          candidates={pending.candidates}
          busy={anyway.busy}
          onCreateAnyway={() => void anyway.run(() => create(pending.input))}
          onBack={() => setPending(null)}
        />
      ) : null}
      {anyway.error ? <Alert>{generalMessage(t, anyway.error)}</Alert> : null}
      <div className="card" hidden={pending !== null}>
        <CustomerForm
          label={t('customers.new')}
          defaultResponsibleId={me.id}
          submitLabel={t('customers.create')}
          onCancel={() => navigate('/customers')}
          onSubmit={submit}
        />
      </div>
    </>
  );
}
