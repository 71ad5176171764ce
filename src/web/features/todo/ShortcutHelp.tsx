import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

/** The keys and what they do, in the order one learns them. */
export const SHORTCUTS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['Enter', 'open'],
  ['x', 'complete'],
  ['f', 'followUp'],
  ['s', 'snooze'],
  ['/', 'search'],
  ['?', 'help'],
] as const;

/** The to-do's keyboard shortcuts, listed in a dialog (opened with ?). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('keys.title')} onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key} className="shortcuts__row">
            <dt>
              <kbd>{key}</kbd>
              {key === 'j' ? (
                <>
                  {' '}
                  / <kbd>↓</kbd>
                </>
              ) : key === 'k' ? (
                <>
                  {' '}
                  / <kbd>↑</kbd>
                </>
              ) : null}
            </dt>
            <dd>{t(`keys.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('keys.notWhileTyping')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('keys.close')}
        </button>
      </div>
    </Dialog>
  );
}
