import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import type { Issued } from './useInvitations';

/**
 * A new one-time link: "mailed to …", or (without SMTP) the link itself, shown this once for the
 * admin to hand over; it is not kept anywhere in the app.
 */
export function IssuedLink({ issued, mailedText }: { issued: Issued; mailedText: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (issued.mailed || !issued.link) return <Alert kind="success">{mailedText}</Alert>;
  const link = issued.link;
  return (
    <div className="card" role="status">
      <p>{t('accounts.linkOnce', { name: issued.name })}</p>
      <div className="form__row">
        <input aria-label={t('accounts.linkLabel')} readOnly value={link} onFocus={(event) => event.target.select()} dir="ltr" />
        <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>
          {copied ? t('accounts.copied') : t('accounts.copy')}
        </button>
      </div>
    </div>
  );
}
