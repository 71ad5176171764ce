import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useMyProjects } from './usePartnerPortal';

/** A partner's start page: the projects shared with them, with their open and done tasks. */
export function PartnerProjectsPage() {
  const { t } = useTranslation();
  const { data, error } = useMyProjects();
  return (
    <>
      <PageHeader title={t('partners.portal.title')} />
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {!data && !error ? <p role="status">{t('common.loading')}</p> : null}
      {data && data.items.length === 0 ? <p className="muted">{t('partners.portal.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="partner-projects" aria-label={t('partners.portal.title')}>
          {data.items.map((project) => (
            <li key={project.id} className="card partner-projects__item">
              <h2>
                <Link to={`/partner/projects/${project.id}`}>
                  <bdi>{project.name}</bdi>
                </Link>
              </h2>
              <p className="muted">
                <bdi>{project.customerName}</bdi> · {t('partners.portal.counts', { open: project.openTasks, done: project.doneTasks })}
              </p>
              {project.description ? <p>{project.description}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
