import { useTranslation } from 'react-i18next';
import { useCampaigns, useSalesProjects } from './useSales';

interface SalesFiltersProps {
  salesProjectId: string;
  campaignId: string;
  onChange: (name: 'salesProjectId' | 'campaignId', value: string) => void;
}

/** Activity search by sales project and campaign (issue 18). */
export function SalesFilters({ salesProjectId, campaignId, onChange }: SalesFiltersProps) {
  const { t } = useTranslation();
  const projects = useSalesProjects();
  const campaigns = useCampaigns();
  return (
    <>
      <div className="field">
        <label htmlFor="search-sales-project">{t('sales.filters.salesProject')}</label>
        <select id="search-sales-project" value={salesProjectId} onChange={(event) => onChange('salesProjectId', event.target.value)}>
          <option value="">{t('sales.filters.any')}</option>
          {(projects.data?.items ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-campaign">{t('sales.fields.campaign')}</label>
        <select id="search-campaign" value={campaignId} onChange={(event) => onChange('campaignId', event.target.value)}>
          <option value="">{t('sales.filters.any')}</option>
          {(campaigns.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
