import { useTranslation } from 'react-i18next';
import { useCampaigns, useSalesProjects } from './useSales';

interface SalesFiltersProps {
  salesProjectId: string;
  campaignId: string;
  onChange: (name: 'salesProjectId' | 'campaignId', value: string) => void;
  /** Prefix of the fields' ids (one page may not repeat an id). */
  idPrefix?: string;
}

/**
 * Activities by sales project and campaign (issue 18): the search and the to-do. A filter with
 * nothing to pick (no sales projects, no campaigns yet) is left out, so it takes no room.
 */
export function SalesFilters({ salesProjectId, campaignId, onChange, idPrefix = 'search' }: SalesFiltersProps) {
  const { t } = useTranslation();
  const projects = useSalesProjects();
  const campaigns = useCampaigns();
  const projectItems = projects.data?.items ?? [];
  const campaignItems = campaigns.data?.items ?? [];
  return (
    <>
      {projectItems.length === 0 && !salesProjectId ? null : (
        <div className="field">
          <label htmlFor={`${idPrefix}-sales-project`}>{t('sales.filters.salesProject')}</label>
          <select id={`${idPrefix}-sales-project`} value={salesProjectId} onChange={(event) => onChange('salesProjectId', event.target.value)}>
            <option value="">{t('sales.filters.any')}</option>
            {projectItems.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {campaignItems.length === 0 && !campaignId ? null : (
        <div className="field">
          <label htmlFor={`${idPrefix}-campaign`}>{t('sales.fields.campaign')}</label>
          <select id={`${idPrefix}-campaign`} value={campaignId} onChange={(event) => onChange('campaignId', event.target.value)}>
            <option value="">{t('sales.filters.any')}</option>
            {campaignItems.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
