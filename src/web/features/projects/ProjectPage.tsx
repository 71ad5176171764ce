import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useUsers } from '../users/useUsers';
import { ProjectPartnersCard } from './ProjectPartnersCard';
import { findNode, useProject, useProjectActivities, useProjectTree } from './useProjects';

/** The project's activities, open first. */
function ProjectActivities({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data = [] } = useProjectActivities(projectId);
  return (
    <section className="card" aria-labelledby="project-activities-heading">
      <h2 id="project-activities-heading">{t('projects.activities')}</h2>
      {data.length === 0 ? <p className="muted">{t('projects.noTasks')}</p> : null}
      <ul>
        {[...data]
          .sort((a, b) => Number(a.done) - Number(b.done))
          .map((a) => (
            <li key={a.id}>
              <Link to={`/activities/${a.id}`}>
                <bdi>{a.subject}</bdi>
              </Link>{' '}
              <span className="muted">{a.done ? t('projects.done') : (a.scheduledAt ?? '').slice(0, 10)}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}

/** One project: its customer, description, responsible, sub-projects and activities. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: project, error } = useProject(id);
  const { data: tree = [] } = useProjectTree(project?.customerId ?? '');
  const { nameOf } = useUsers();
  if (error) return <Alert>{generalMessage(t, error)}</Alert>;
  if (!project) return <p role="status">{t('common.loading')}</p>;
  const children = findNode(tree, project.id)?.children ?? [];
  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to={`/customers/${project.customerId}`}>
          <bdi>{project.customerName}</bdi>
        </Link>
        {project.parentId ? (
          <>
            {' / '}
            <Link to={`/projects/${project.parentId}`}>{t('projects.parent')}</Link>
          </>
        ) : null}
      </nav>
      <PageHeader title={project.name}>{project.archived ? <span className="badge">{t('projects.archived')}</span> : null}</PageHeader>
      {project.description ? <p>{project.description}</p> : null}
      {project.responsibleId ? <p className="muted">{t('projects.responsible', { name: nameOf(project.responsibleId) })}</p> : null}
      <section className="card" aria-labelledby="project-children-heading">
        <h2 id="project-children-heading">{t('projects.subProjects')}</h2>
        {children.length === 0 ? <p className="muted">{t('projects.none')}</p> : null}
        <ul>
          {children.map((child) => (
            <li key={child.id}>
              <Link to={`/projects/${child.id}`}>
                <bdi>{child.name}</bdi>
              </Link>{' '}
              <span className="muted">{t('projects.counts', { open: child.openTasks, done: child.doneTasks, comments: child.comments })}</span>
            </li>
          ))}
        </ul>
      </section>
      <ProjectActivities projectId={project.id} />
      <ProjectPartnersCard projectId={project.id} customerId={project.customerId} />
    </>
  );
}
