import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';

/** Done: how many moved, and the one button to close. */
export function Moved({ text, onClose }: { text: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert kind="success">{text}</Alert>
      <div className="form__actions">
        {/* biome-ignore lint/a11y/noAutofocus: the form that had focus is gone; the dialog's only action takes it, so Enter or Escape closes */}
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('settings.close')}
        </button>
      </div>
    </>
  );
}
