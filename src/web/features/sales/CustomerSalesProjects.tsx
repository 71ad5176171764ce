import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SalesStage } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useFormat } from '../../format';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useSalesProjects } from './useSales';

/** A customer's sales projects with stage and amount, and the way to start a new one. */
export function CustomerSalesProjects({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const projects = useSalesProjects({ customerId });
  const stages = useListOptions<SalesStage>('sales-stages');
  const items = projects.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="sales-projects-heading">
      <div className="card__header">
        <h2 id="sales-projects-heading">{t('sales.customer.title')}</h2>
        {readOnly ? null : (
          <Link className="button" to={`/sales-projects/new?customer=${customerId}`}>
            {t('sales.project.new')}
          </Link>
        )}
      </div>
      {projects.error ? <Alert>{generalMessage(t, projects.error)}</Alert> : null}
      {projects.data && items.length === 0 ? <p className="empty">{t('sales.customer.none')}</p> : null}
      <ul className="sales-customer-list">
        {items.map((p) => (
          <li key={p.id}>
            <Link to={`/sales-projects/${p.id}`} dir="auto">
              {p.name}
            </Link>{' '}
            <span className="muted">
              {stages.nameOf(p.stageId)} · {p.amount === null ? t('sales.noAmount') : format.currency(p.amount, p.currency)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
