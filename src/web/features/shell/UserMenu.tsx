import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../components/hooks';
import { useMe } from '../../session';
import { UserMenuPanel } from './UserMenuPanel';
import { useDismissable } from './useDismissable';

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
  const [open, setOpen] = useState(false);
  const submit = useSubmit();
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismissable(open, close, rootRef, buttonRef);

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
          {initialsOf(me.name)}
        </span>
        <span className="user-menu__name" dir="auto">
          {me.name}
        </span>
        <span className="visually-hidden">{t('userMenu.open')}</span>
      </button>
      {open ? <UserMenuPanel id={panelId} onClose={close} submit={submit} /> : null}
    </div>
  );
}
