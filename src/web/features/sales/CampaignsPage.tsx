import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { generalMessage } from '../../components/errors';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useWorkspace } from '../settings/workspace/useWorkspace';
import { useCampaign, useCampaignResults, useCampaigns, useCreateCampaign } from './useSales';
import './sales.css';

function NewCampaign() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const create = useCreateCampaign();
  return (
    <form
      className="form form--inline"
      aria-label={t('sales.campaigns.new')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ name }, { onSuccess: () => setName('') });
      }}
    >
      {create.error ? <Alert>{generalMessage(t, create.error)}</Alert> : null}
      <TextField label={t('sales.campaigns.name')} value={name} onChange={setName} required />
      <button type="submit" disabled={create.isPending || name.trim() === ''}>
        {t('sales.campaigns.add')}
      </button>
    </form>
  );
}

/** The campaigns, by name; managers and admins add new ones. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = useSession();
  const campaigns = useCampaigns();
  const mayPlan = state.status === 'signedIn' && state.me.role !== 'user';
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
