import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The to-do's header buttons: keyboard help and a new activity. */
export function HeaderActions({ onHelp }: { onHelp: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--quiet" onClick={onHelp} aria-keyshortcuts="?">
        {t('keys.button')}
      </button>
      <Link className="button button--primary" to="/activities/new">
        {t('activity.new')}
      </Link>
    </>
  );
}
