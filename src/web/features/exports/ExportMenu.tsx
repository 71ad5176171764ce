import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './exports.css';

type Params = Record<string, string | undefined>;

/** The export's address: the list's filters as they are now, empty ones left out. */
export function exportUrl(path: string, format: 'csv' | 'xlsx', params: Params): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `${path}?${query.toString()}`;
}

/**
 * "Export" on a list: downloads the whole list with its current filters (not only the rows loaded)
 * as CSV or Excel; the server streams it, so a long list costs the page nothing.
 */
export function ExportMenu({ path, params }: { path: string; params: Params }) {
  const { t } = useTranslation();
  return (
    <details className="export-menu">
      <summary className="button">
        <Download aria-hidden size={16} /> {t('exports.button')}
      </summary>
      <div className="export-menu__items">
        <p className="muted export-menu__hint">{t('exports.hint')}</p>
        <a className="button button--quiet" href={exportUrl(path, 'csv', params)} download>
          {t('exports.csv')}
        </a>
        <a className="button button--quiet" href={exportUrl(path, 'xlsx', params)} download>
          {t('exports.xlsx')}
        </a>
      </div>
    </details>
  );
}
