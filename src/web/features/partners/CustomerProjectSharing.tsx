import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { ProjectPartnersPicker } from './ProjectPartnersPicker';

/** The customer's active projects, for choosing which partners see each. */
const useActiveProjects = (customerId: string) =>
  useQuery({
    queryKey: ['projects', 'partner-sharing', customerId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/projects', { params: { query: { customerId, archived: 'false', limit: 500 } }, signal })),
  });

/** On the customer page, under Partners: each active project with the partners who see it. */
export function CustomerProjectSharing({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useActiveProjects(customerId);
  if (error) return <Alert>{generalMessage(t, error)}</Alert>;
  if (!data) return null;
  if (data.items.length === 0) return <p className="muted">{t('partners.noProjects')}</p>;
  return (
    <details className="partner-sharing">
      <summary>{t('partners.shareProjects')}</summary>
      {data.items.map((project) => (
        <section key={project.id} className="partner-sharing__project" aria-label={project.name}>
          <h3>
            <bdi>{project.name}</bdi>
          </h3>
          <ProjectPartnersPicker projectId={project.id} customerId={customerId} readOnly={readOnly} />
        </section>
      ))}
    </details>
  );
}
