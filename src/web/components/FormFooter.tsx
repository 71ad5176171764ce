import { useTranslation } from 'react-i18next';

/** The one form footer: the save button (saying it is saving while busy) and Cancel. */
export function FormFooter({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('common.saving') : submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}
