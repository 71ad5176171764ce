import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDefinition, SavedReport } from '../../../shared/reports';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session';
import { ReportBuilder } from './ReportBuilder';
import { ReportChart, ReportTable } from './ReportView';
import { SavedReports, useReportName } from './SavedReports';
import { exportUrl, useReportResult, useReportWrites, useSavedReports } from './useReports';
import './reports.css';

const START: ReportDefinition = { subject: 'activities', groupBy: ['responsible'], measures: ['count'], chart: 'bar' };

/** The owner's actions on a saved report: save the changes, share or stop sharing, delete. */
function OwnerActions({ definition, current, onSaved }: { definition: ReportDefinition; current: SavedReport; onSaved: (r: SavedReport | null) => void }) {
  const { t } = useTranslation();
  const writes = useReportWrites();
  const error = writes.update.error ?? writes.remove.error;
  return (
    <>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      <button type="button" className="button" onClick={async () => onSaved(await writes.update.mutateAsync({ id: current.id, body: { definition } }))}>
        {t('reports.saveChanges')}
      </button>
      <button
        type="button"
        className="button"
        onClick={async () => onSaved(await writes.update.mutateAsync({ id: current.id, body: { shared: !current.shared } }))}
      >
        {current.shared ? t('reports.unshare') : t('reports.shareSaved')}
      </button>
      <button
        type="button"
        className="button button--danger"
        onClick={async () => {
          await writes.remove.mutateAsync(current.id);
          onSaved(null);
        }}
      >
        {t('reports.delete')}
      </button>
    </>
  );
}

/** Save as a new report (name, shared), or for the owner, save the changes; export the saved one as CSV or XLSX. */
function SaveBar({ definition, current, onSaved }: { definition: ReportDefinition; current: SavedReport | null; onSaved: (r: SavedReport | null) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const writes = useReportWrites();
  const nameOf = useReportName();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const mine = current && !current.readyMade && current.ownerId === me.id;
  const error = writes.create.error;
  const saveNew = async () => onSaved(await writes.create.mutateAsync({ name, shared, definition }));
  return (
    <section className="card report-save" aria-label={t('reports.saveLabel')}>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      <div className="report-save__row">
        <div className="field">
          <label htmlFor="report-name">{t('reports.name')}</label>
          <input id="report-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> {t('reports.share')}
        </label>
        <button type="button" className="button button--primary" disabled={name.trim() === '' || writes.create.isPending} onClick={saveNew}>
          {t('reports.saveNew')}
        </button>
      </div>
      {current ? (
        <div className="report-save__row">
          <strong>{nameOf(current)}</strong>
          {mine ? <OwnerActions current={current} definition={definition} onSaved={onSaved} /> : null}
          <a className="button" href={exportUrl(current.id, 'csv')} download>
            <Download aria-hidden size={16} /> {t('reports.exportCsv')}
          </a>
          <a className="button" href={exportUrl(current.id, 'xlsx')} download>
            <Download aria-hidden size={16} /> {t('reports.exportXlsx')}
          </a>
        </div>
      ) : (
        <p className="muted">{t('reports.exportHint')}</p>
      )}
    </section>
  );
}

/** The report generator (seed 004): build a report, see it as a table and a chart, save, share and export it. */
export function ReportsPage() {
  const { t } = useTranslation();
  const saved = useSavedReports();
  const [definition, setDefinition] = useState<ReportDefinition>(START);
  const [current, setCurrent] = useState<SavedReport | null>(null);
  const result = useReportResult(definition);
  const open = (report: SavedReport) => {
    setCurrent(report);
    setDefinition(report.definition);
  };
  return (
    <>
      <PageHeader title={t('reports.title')}>
        <p className="muted">{t('reports.intro')}</p>
      </PageHeader>
      <div className="reports">
        <SavedReports reports={saved.data ?? []} selectedId={current?.id ?? null} onOpen={open} />
        <div className="reports__main">
          <ReportBuilder definition={definition} onChange={setDefinition} />
          <SaveBar
            definition={definition}
            current={current}
            onSaved={(r) => {
              setCurrent(r);
              if (r) setDefinition(r.definition);
            }}
          />
          {result.error ? <Alert>{generalMessage(t, result.error)}</Alert> : null}
          {definition.measures.length === 0 ? <p className="muted">{t('reports.pickMeasure')}</p> : null}
          {result.isFetching && !result.data ? <p role="status">{t('common.loading')}</p> : null}
          {result.data && definition.measures.length > 0 ? (
            <>
              <ReportChart result={result.data} definition={definition} />
              <ReportTable result={result.data} definition={definition} />
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
