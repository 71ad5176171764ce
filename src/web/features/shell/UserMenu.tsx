import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { SelectField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { TimeZoneField } from '../../components/TimeZoneField';
import { LANGUAGES, isLanguage } from '../../i18n';
import { useMe, useSession } from '../../session';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** The signed-in user's menu: language, time zone and sign out. Changes apply at once. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { updateMe, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const { error, run } = useSubmit();
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const initials = initialsOf(me.name);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials}
        </span>
        <span className="user-menu__name" dir="auto">
          {me.name}
        </span>
        <span className="visually-hidden">{t('userMenu.open')}</span>
      </button>
      {open ? (
        <section className="user-menu__panel" id={panelId} aria-label={t('userMenu.label')}>
          <p className="user-menu__who">
            <strong>{me.name}</strong>
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
          <Link className="button button--wide" to="/account/password" onClick={() => setOpen(false)}>
            {t('accounts.menuLink')}
          </Link>
          <button type="button" className="button button--wide" onClick={() => void signOut()}>
            {t('userMenu.signOut')}
          </button>
        </section>
      ) : null}
    </div>
  );
}
