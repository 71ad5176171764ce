import { useTranslation } from 'react-i18next';
import type { SavedReport } from '../../../shared/reports';

/** A report's name: ready-made ones in the reader's language. */
export function useReportName() {
  const { t } = useTranslation();
  return (report: SavedReport) => (report.readyMade ? t(`reports.ready.${report.id}`, { defaultValue: report.name }) : report.name);
}

/** The ready-made reports, then the saved ones (own and shared): choosing one opens it in the builder. */
export function SavedReports({ reports, selectedId, onOpen }: { reports: SavedReport[]; selectedId: string | null; onOpen: (report: SavedReport) => void }) {
  const { t } = useTranslation();
  const nameOf = useReportName();
  const section = (title: string, items: SavedReport[]) =>
    items.length ? (
      <section>
        <h2 className="report-list__title">{title}</h2>
        <ul className="report-list">
          {items.map((report) => (
            <li key={report.id}>
              <button type="button" className="link-button" aria-current={report.id === selectedId ? 'true' : undefined} onClick={() => onOpen(report)}>
                {nameOf(report)}
              </button>
              {report.shared && !report.readyMade ? <span className="badge badge--muted">{t('reports.sharedBadge')}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    ) : null;
  return (
    <nav className="card report-lists" aria-label={t('reports.listLabel')}>
      {section(
        t('reports.readyMade'),
        reports.filter((r) => r.readyMade),
      )}
      {section(
        t('reports.saved'),
        reports.filter((r) => !r.readyMade),
      )}
    </nav>
  );
}
