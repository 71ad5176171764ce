import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExportMenu } from '../exports/ExportMenu';

/** The to-do's header buttons: keyboard help, export of the list as filtered, and a new activity. */
export function HeaderActions({ onHelp, exportParams }: { onHelp: () => void; exportParams: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--quiet" onClick={onHelp} aria-keyshortcuts="?">
        {t('keys.button')}
      </button>
      <ExportMenu path="/api/v1/activities/export" params={{ view: 'todo', ...exportParams }} />
      <Link className="button button--primary" to="/activities/new">
        {t('activity.new')}
      </Link>
    </>
  );
}
