import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api';
import type { Fact } from '../../components/DetailsList';

/** An activity's sales project and campaign as facts linking to their pages (left out when none or not yet named). */
export function useSalesFacts(activity: { salesProjectId: string | null; campaignId: string | null }): Fact[] {
  const { t } = useTranslation();
  const projectId = activity.salesProjectId;
  const campaignId = activity.campaignId;
  const project = useQuery({
    queryKey: ['sales-project', projectId],
    enabled: projectId !== null,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/sales-projects/{id}', { params: { path: { id: projectId ?? '' } }, signal })),
  });
  const campaign = useQuery({
    queryKey: ['campaign', campaignId],
    enabled: campaignId !== null,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/campaigns/{id}', { params: { path: { id: campaignId ?? '' } }, signal })),
  });
  return [
    {
      label: t('sales.filters.salesProject'),
      value: project.data ? (
        <Link key="sales-project" to={`/sales-projects/${project.data.id}`} dir="auto">
          {project.data.name}
        </Link>
      ) : null,
    },
    {
      label: t('sales.fields.campaign'),
      value: campaign.data ? (
        <Link key="campaign" to={`/campaigns/${campaign.data.id}`} dir="auto">
          {campaign.data.name}
        </Link>
      ) : null,
    },
  ];
}
