import { useTranslation } from 'react-i18next';
import { useCampaigns, useSalesProjects } from './useSales';

interface SalesFiltersProps {
  salesProjectId: string;
  campaignId: string;
  onChange: (name: 'salesProjectId' | 'campaignId', value: string) => void;
  /** Prefix of the fields' ids (one page may not repeat an id). */
  idPrefix?: string;
}

/** Activities by sales project and campaign (issue 18): the search and the to-do. */
export function SalesFilters({ salesProjectId, campaignId, onChange, idPrefix = 'search' }: SalesFiltersProps) {
  const { t } = useTranslation();
  const projects = useSalesProjects();
  const campaigns = useCampaigns();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-sales-project`}>{t('sales.filters.salesProject')}</label>
        <select id={`${idPrefix}-sales-project`} value={salesProjectId} onChange={(event) => onChange('salesProjectId', event.target.value)}>
          <option value="">{t('sales.filters.any')}</option>
          {(projects.data?.items ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-campaign`}>{t('sales.fields.campaign')}</label>
        <select id={`${idPrefix}-campaign`} value={campaignId} onChange={(event) => onChange('campaignId', event.target.value)}>
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
