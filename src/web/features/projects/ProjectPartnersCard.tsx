import { useTranslation } from 'react-i18next';
import { useMe } from '../../session';
import { useCustomer } from '../customers/useCustomers';
import { ProjectPartnersPicker } from '../partners/ProjectPartnersPicker';
import { readOnlyOf } from '../sharing/useAccess';

/** On the project page: which of the customer's partners see this project, for staff who may edit the customer. */
export function ProjectPartnersCard({ projectId, customerId }: { projectId: string; customerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { data: customer } = useCustomer(customerId);
  if (me.role === 'partner' || !customer || customer.deletedAt || readOnlyOf(customer)) return null;
  return (
    <section className="card" aria-labelledby="project-partners-heading">
      <h2 id="project-partners-heading">{t('partners.title')}</h2>
      <ProjectPartnersPicker projectId={projectId} customerId={customerId} />
    </section>
  );
}
