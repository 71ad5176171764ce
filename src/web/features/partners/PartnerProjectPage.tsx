import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { PartnerTask } from './PartnerTask';
import { useMyProject } from './usePartnerPortal';

/** A shared project as its partner sees it: its tasks, each with comments and documents. */
export function PartnerProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useMyProject(id);
  if (error) {
    return (
      <>
        <Alert>{generalMessage(t, error)}</Alert>
        <Link to="/partner">{t('partners.portal.back')}</Link>
      </>
    );
  }
  if (!data) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/partner">{t('partners.portal.nav')}</Link>
      </nav>
      <PageHeader title={data.project.name} />
      <p className="muted">
        <bdi>{data.project.customerName}</bdi>
      </p>
      {data.project.description ? <p>{data.project.description}</p> : null}
      <h2>{t('partners.portal.tasks')}</h2>
      {data.activities.length === 0 ? <p className="muted">{t('partners.portal.noTasks')}</p> : null}
      <ul className="partner-tasks">
        {data.activities.map((activity) => (
          <PartnerTask key={activity.id} activity={activity} />
        ))}
      </ul>
    </>
  );
}
