import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { SelectField } from '../../components/Field';
import type { useSubmit } from '../../components/hooks';
import { TimeZoneField } from '../../components/TimeZoneField';
import { LANGUAGES, isLanguage } from '../../i18n';
import { useMe, useSession } from '../../session';

type Submit = ReturnType<typeof useSubmit>;

/** The open user menu: who is signed in, language, time zone, password and sign out. */
export function UserMenuPanel({ id, onClose, submit }: { id: string; onClose: () => void; submit: Submit }) {
  const { t } = useTranslation();
  const me = useMe();
  const { updateMe, signOut } = useSession();
  // The submit state lives in the menu so an error stays shown when the panel is reopened.
  const { error, run } = submit;
  return (
    <section className="user-menu__panel" id={id} aria-label={t('userMenu.label')}>
      <p className="user-menu__who">
        <strong dir="auto">{me.name}</strong>
        <span>{me.email}</span>
        <span className="muted">{t(`roles.${me.role}`)}</span>
      </p>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      <SelectField
        label={t('fields.language')}
        value={me.locale}
        onChange={(locale) => void (isLanguage(locale) && run(() => updateMe({ locale })))}
        options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
      />
      <TimeZoneField label={t('fields.timeZone')} value={me.timeZone} onChange={(timeZone) => void run(() => updateMe({ timeZone }))} />
      <Link className="button button--wide" to="/account/settings" onClick={onClose}>
        {t('mySettings.menuLink')}
      </Link>
      <Link className="button button--wide" to="/account/mailboxes" onClick={onClose}>
        {t('mailboxes.menuLink')}
      </Link>
      <Link className="button button--wide" to="/account/password" onClick={onClose}>
        {t('accounts.menuLink')}
      </Link>
      <button type="button" className="button button--wide" onClick={() => void signOut()}>
        {t('userMenu.signOut')}
      </button>
    </section>
  );
}
