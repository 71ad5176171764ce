import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Campaign } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useWorkspace } from '../settings/workspace/useWorkspace';
import { CampaignFormView, campaignBody, campaignFormValues, EMPTY_CAMPAIGN } from './CampaignForm';
import { useCampaign, useCampaignResults, useCampaigns, useChangeCampaign, useCreateCampaign } from './useSales';
import './sales.css';

function NewCampaign() {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  if (!open)
    return (
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t('sales.campaigns.new')}
      </button>
    );
  return (
    <CampaignFormView
      key={round}
      initial={EMPTY_CAMPAIGN}
      title={t('sales.campaigns.new')}
      submitLabel={t('sales.campaigns.add')}
      onSave={async (values) => {
        await create.mutateAsync(campaignBody(values));
        setRound((n) => n + 1);
        setOpen(false);
      }}
    />
  );
}

function EditCampaign({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const change = useChangeCampaign(campaign.id);
  return (
    <details className="card">
      <summary>{t('sales.campaigns.edit')}</summary>
      <CampaignFormView
        key={campaign.updatedAt}
        initial={campaignFormValues(campaign)}
        title={t('sales.campaigns.edit')}
        submitLabel={t('common.save')}
        saved={change.isSuccess}
        onSave={(values) => change.mutateAsync(campaignBody(values))}
      />
    </details>
  );
}

const useMayPlan = () => {
  const { state } = useSession();
  return state.status === 'signedIn' && state.me.role !== 'user';
};

/** The campaigns, by name; managers and admins add new ones. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const campaigns = useCampaigns();
  const mayPlan = useMayPlan();
  return (
    <>
      <PageHeader title={t('sales.campaigns.title')} actions={<Link to="/sales">{t('sales.pipeline.title')}</Link>} />
      {mayPlan ? <NewCampaign /> : null}
      {campaigns.error ? <Alert>{generalMessage(t, campaigns.error)}</Alert> : null}
      {campaigns.data?.items.length === 0 ? <p className="empty">{t('sales.campaigns.none')}</p> : null}
      <ul>
        {(campaigns.data?.items ?? []).map((c) => (
          <li key={c.id}>
            <Link to={`/campaigns/${c.id}`} dir="auto">
              {c.name}
            </Link>{' '}
            <span className="muted">
              {[c.startsOn, c.endsOn].map((d) => (d ? format.date(d) : '…')).join(' – ')}
              {c.active ? '' : ` · ${t('sales.campaigns.inactive')}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A campaign and what it created: activities by type (a chart), customers reached, sales projects, the amount won. */
export function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const campaign = useCampaign(id);
  const mayPlan = useMayPlan();
  const results = useCampaignResults(id);
  const types = useListOptions('activity-types');
  const currency = useWorkspace().workspace.data?.currency ?? 'EUR';
  if (campaign.error) return <Alert>{generalMessage(t, campaign.error)}</Alert>;
  const r = results.data;
  const chart = (r?.byType ?? []).map((row) => ({ type: types.nameOf(row.typeId), count: row.count }));
  return (
    <>
      <PageHeader title={campaign.data?.name ?? t('common.loading')} actions={<Link to="/campaigns">{t('sales.campaigns.title')}</Link>} />
      {campaign.data?.description ? <p dir="auto">{campaign.data.description}</p> : null}
      {mayPlan && campaign.data ? <EditCampaign campaign={campaign.data} /> : null}
      {results.error ? <Alert>{generalMessage(t, results.error)}</Alert> : null}
      {r ? (
        <DetailsList
          facts={[
            { label: t('sales.results.activities'), value: format.number(r.activities) },
            { label: t('sales.results.customers'), value: format.number(r.customers) },
            { label: t('sales.results.salesProjects'), value: format.number(r.salesProjects) },
            { label: t('sales.results.wonAmount'), value: format.currency(r.wonAmount, currency) },
          ]}
        />
      ) : null}
      <h2>{t('sales.results.byType')}</h2>
      {chart.length === 0 ? (
        <p className="empty">{t('sales.results.noActivities')}</p>
      ) : (
        <figure className="sales-chart" aria-label={t('sales.results.byType')}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={chart}>
              <XAxis dataKey="type" />
              <YAxis allowDecimals={false} />
              <Tooltip formatter={(value) => format.number(Number(value))} />
              <Bar dataKey="count" name={t('sales.results.activities')} fill="#2563eb" />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
      <p>
        <Link to={`/search?campaign=${id}`}>{t('sales.results.showActivities')}</Link>
      </p>
    </>
  );
}
