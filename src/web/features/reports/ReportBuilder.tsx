import { useTranslation } from 'react-i18next';
import { CHARTS, MEASURES, REPORT_GROUPINGS, REPORT_SUBJECTS, type ReportDefinition, type ReportGrouping, type ReportMeasure } from '../../../shared/reports';
import { useUsers } from '../users/useUsers';

interface Props {
  definition: ReportDefinition;
  onChange: (definition: ReportDefinition) => void;
}

/** A subject's measures when it changes: the ones it shares with the previous choice, else its count. */
function measuresFor(subject: ReportDefinition['subject'], current: ReportMeasure[]): ReportMeasure[] {
  const allowed: readonly ReportMeasure[] = MEASURES[subject];
  const kept = current.filter((m) => allowed.includes(m));
  return kept.length ? kept : ['count'];
}

function GroupingSelect({ index, definition, onChange }: Props & { index: 0 | 1 }) {
  const { t } = useTranslation();
  const value = definition.groupBy[index] ?? '';
  const set = (next: string) => {
    const groupBy = [...definition.groupBy];
    if (next === '') groupBy.splice(index);
    else groupBy[index] = next as ReportGrouping;
    onChange({ ...definition, groupBy: groupBy.filter((g, i) => g && (i === 0 || g !== groupBy[0])) });
  };
  const id = `report-group-${index}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t(index === 0 ? 'reports.groupBy' : 'reports.thenBy')}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)} disabled={index === 1 && definition.groupBy.length === 0}>
        <option value="">{t('reports.noGrouping')}</option>
        {REPORT_GROUPINGS.filter((g) => index === 0 || g !== definition.groupBy[0]).map((g) => (
          <option key={g} value={g}>
            {t(`reports.groupings.${definition.subject === 'sales-projects' && (g === 'type' || g === 'status') ? `sales.${g}` : g}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({ definition, onChange }: Props) {
  const { t } = useTranslation();
  const users = useUsers();
  const filters = definition.filters ?? {};
  const setFilter = (name: 'from' | 'to' | 'responsibleId', value: string) =>
    onChange({ ...definition, filters: { ...filters, [name]: value === '' ? undefined : value } });
  return (
    <>
      <div className="field">
        <label htmlFor="report-from">{t('reports.from')}</label>
        <input id="report-from" type="date" value={filters.from ?? ''} onChange={(e) => setFilter('from', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="report-to">{t('reports.to')}</label>
        <input id="report-to" type="date" value={filters.to ?? ''} onChange={(e) => setFilter('to', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="report-responsible">{t('reports.responsible')}</label>
        <select id="report-responsible" value={filters.responsibleId ?? ''} onChange={(e) => setFilter('responsibleId', e.target.value)}>
          <option value="">{t('reports.everyone')}</option>
          {users.users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** Pick the subject, the period and salesperson, up to two groupings, the measures and the chart. */
export function ReportBuilder({ definition, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (measure: ReportMeasure, on: boolean) => {
    const measures = on ? [...definition.measures, measure] : definition.measures.filter((m) => m !== measure);
    onChange({ ...definition, measures });
  };
  return (
    <fieldset className="card report-builder">
      <legend>{t('reports.build')}</legend>
      <div className="field">
        <label htmlFor="report-subject">{t('reports.subject')}</label>
        <select
          id="report-subject"
          value={definition.subject}
          onChange={(e) => {
            const subject = e.target.value as ReportDefinition['subject'];
            onChange({ ...definition, subject, measures: measuresFor(subject, definition.measures) });
          }}
        >
          {REPORT_SUBJECTS.map((s) => (
            <option key={s} value={s}>
              {t(`reports.subjects.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <Filters definition={definition} onChange={onChange} />
      <GroupingSelect index={0} definition={definition} onChange={onChange} />
      <GroupingSelect index={1} definition={definition} onChange={onChange} />
      <fieldset className="report-builder__measures">
        <legend>{t('reports.measuresLabel')}</legend>
        {MEASURES[definition.subject].map((m) => (
          <label key={m} className="checkbox">
            <input type="checkbox" checked={definition.measures.includes(m)} onChange={(e) => toggle(m, e.target.checked)} /> {t(`reports.measures.${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="report-builder__measures">
        <legend>{t('reports.chart')}</legend>
        {CHARTS.map((c) => (
          <label key={c} className="checkbox">
            <input type="radio" name="report-chart" checked={(definition.chart ?? 'bar') === c} onChange={() => onChange({ ...definition, chart: c })} />{' '}
            {t(`reports.charts.${c}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
