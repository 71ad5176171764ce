import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { SalesStage } from '../../../shared/sales';
import { client, unwrap } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useWorkspace } from '../settings/workspace/useWorkspace';
import { bodyOf, newFormValues, SalesProjectFormView } from './SalesProjectForm';
import { useCreateSalesProject } from './useSales';
import './sales.css';

/** A new sales project (`?customer=<id>` starts with that customer); saved, it opens its page. */
export function SalesProjectCreatePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const customerId = params.get('customer');
  const customer = useQuery({
    queryKey: ['customers', 'one', customerId],
    enabled: Boolean(customerId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}', { params: { path: { id: customerId ?? '' } }, signal })),
  });
  const stages = useListOptions<SalesStage>('sales-stages');
  const workspace = useWorkspace().workspace;
  const create = useCreateSalesProject();
  const firstOpen = stages.items.find((s) => s.active && s.kind === 'open') ?? stages.items[0];
  const ready = stages.items.length > 0 && workspace.data && (!customerId || customer.data || customer.error);
  const back = customerId ? `/customers/${customerId}` : '/sales';
  return (
    <>
      <PageHeader title={t('sales.project.new')} actions={<Link to={back}>{t('common.cancel')}</Link>} />
      {ready ? (
        <SalesProjectFormView
          initial={newFormValues({
            customer: customer.data ? { id: customer.data.id, name: customer.data.name } : null,
            responsibleId: me.id,
            stageId: firstOpen?.id ?? '',
            currency: workspace.data?.currency ?? '',
          })}
          onSave={async (values) => {
            const saved = await create.mutateAsync(bodyOf(values, format));
            navigate(`/sales-projects/${saved.id}`);
          }}
          submitLabel={t('sales.project.create')}
          title={t('sales.project.new')}
        />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}
