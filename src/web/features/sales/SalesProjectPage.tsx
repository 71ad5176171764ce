import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import type { SalesProject } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { type Format, useFormat } from '../../format';
import { bodyOf, formValues, SalesProjectFormView } from './SalesProjectForm';
import { useChangeSalesProject, useSalesDialogue, useSalesProject } from './useSales';
import './sales.css';

function ProjectForm({ project }: { project: SalesProject }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeSalesProject();
  return (
    <SalesProjectFormView
      initial={formValues(project, format)}
      onSave={(values) => change.mutateAsync({ id: project.id, body: bodyOf(values, format) })}
      submitLabel={t('sales.project.save')}
      title={t('sales.project.formTitle')}
      saved={change.isSuccess}
    />
  );
}

function Dialogue({ items, format }: { items: Activity[]; format: Format }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty">{t('sales.project.noActivities')}</p>;
  return (
    <ol className="sales-dialogue">
      {items.map((a) => (
        <li key={a.id}>
          <Link to={`/activities/${a.id}`} dir="auto">
            {a.subject}
          </Link>{' '}
          <span className="muted">
            {a.scheduledAt ? format.dateTime(a.scheduledAt) : ''} · {a.done ? t('sales.project.done') : t('sales.project.open')}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** A sales project: its fields (one form) and the whole sales dialogue (every linked activity). */
export function SalesProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const project = useSalesProject(id);
  const dialogue = useSalesDialogue(id);
  if (project.error) return <Alert>{generalMessage(t, project.error)}</Alert>;
  if (!project.data) return <p role="status">{t('common.loading')}</p>;
  const p = project.data;
  return (
    <>
      <PageHeader title={p.name} actions={<Link to="/sales">{t('sales.pipeline.title')}</Link>} />
      <p>
        <Link to={`/customers/${p.customerId}`} dir="auto">
          {p.customerName}
        </Link>
      </p>
      <ProjectForm key={p.updatedAt} project={p} />
      <h2>{t('sales.project.dialogue')}</h2>
      {dialogue.error ? <Alert>{generalMessage(t, dialogue.error)}</Alert> : null}
      <Dialogue items={dialogue.data?.items ?? []} format={format} />
      <p>
        <Link to={`/search?project=${p.id}`}>{t('sales.project.search')}</Link>
      </p>
    </>
  );
}
