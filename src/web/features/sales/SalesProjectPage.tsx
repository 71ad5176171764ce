import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { type SalesProject, type SalesProjectForm, type SalesStage, salesProjectFormSchema } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { FormFooter } from '../../components/FormFooter';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../components/FormTextField';
import { PageHeader } from '../../components/PageHeader';
import { useApiForm } from '../../components/useApiForm';
import { type Format, useFormat } from '../../format';
import { formatNumberInput, parseLocaleNumber } from '../../numbers';
import { zonedIso, zonedParts } from '../activities/zoned-time';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useCampaigns, useChangeSalesProject, useSalesDialogue, useSalesProject } from './useSales';
import './sales.css';

function formValues(project: SalesProject, format: Format): SalesProjectForm {
  const followUp = project.followUpAt ? zonedParts(project.followUpAt, format.timeZone) : null;
  return {
    name: project.name,
    stageId: project.stageId,
    amount: project.amount === null ? '' : formatNumberInput(project.amount, format.locale),
    expectedCloseDate: project.expectedCloseDate ?? '',
    followUpAt: followUp ? `${followUp.date}T${followUp.time}` : '',
    followUpText: project.followUpText ?? '',
    campaignId: project.campaignId ?? '',
  };
}

function bodyOf(values: SalesProjectForm, format: Format) {
  const amount = parseLocaleNumber(values.amount, format.locale);
  const [date, time] = values.followUpAt.split('T');
  return {
    name: values.name,
    stageId: values.stageId,
    amount: amount === null || Number.isNaN(amount) ? null : amount,
    expectedCloseDate: values.expectedCloseDate || null,
    followUpAt: date && time ? zonedIso(date, time, format.timeZone) : null,
    followUpText: values.followUpText || null,
    campaignId: values.campaignId || null,
  };
}

function ProjectForm({ project }: { project: SalesProject }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stages = useListOptions<SalesStage>('sales-stages');
  const campaigns = useCampaigns();
  const change = useChangeSalesProject();
  const { form, submit, general, errorOf, busy } = useApiForm(salesProjectFormSchema, formValues(project, format), (values) =>
    change.mutateAsync({ id: project.id, body: bodyOf(values, format) }),
  );
  const { control } = form;
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('sales.project.formTitle')}>
      {general ? <Alert>{general}</Alert> : null}
      {change.isSuccess ? <Alert kind="success">{t('sales.project.saved')}</Alert> : null}
      <div className="sales-form">
        <FormTextField control={control} name="name" label={t('sales.fields.name')} error={errorOf('name')} required />
        <FormSelectField
          control={control}
          name="stageId"
          label={t('sales.fields.stage')}
          error={errorOf('stageId')}
          options={stages.items.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FormTextField
          control={control}
          name="amount"
          inputMode="decimal"
          label={t('sales.fields.amount', { currency: project.currency })}
          error={errorOf('amount')}
        />
        <FormTextField
          control={control}
          name="expectedCloseDate"
          type="date"
          label={t('sales.fields.expectedCloseDate')}
          error={errorOf('expectedCloseDate')}
        />
        <FormTextField control={control} name="followUpAt" type="datetime-local" label={t('sales.fields.followUpAt')} error={errorOf('followUpAt')} />
        <FormSelectField
          control={control}
          name="campaignId"
          label={t('sales.fields.campaign')}
          emptyLabel={t('sales.noCampaign')}
          error={errorOf('campaignId')}
          options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </div>
      <FormTextAreaField control={control} name="followUpText" label={t('sales.fields.followUpText')} error={errorOf('followUpText')} />
      <FormFooter submitLabel={t('sales.project.save')} busy={busy} />
    </form>
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
