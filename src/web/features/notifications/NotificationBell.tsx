import { Bell } from 'lucide-react';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDismissable } from '../shell/useDismissable';
import { useNotifications } from './useNotifications';

/** The bell in the shell: the unread count, and a list to open (which marks read) or mark all read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { items, unread, read, readAll } = useNotifications();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismissable(open, close, rootRef, buttonRef);
  return (
    <div className="notification-bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="notification-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <Bell aria-hidden="true" size={20} />
        <span className="visually-hidden">{t('notifications.bell', { count: unread })}</span>
        {unread > 0 ? (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <section id={panelId} className="notification-bell__panel" aria-label={t('notifications.title')}>
          <header className="notification-bell__head">
            <h2>{t('notifications.title')}</h2>
            <button type="button" className="button button--link" disabled={unread === 0} onClick={() => readAll()}>
              {t('notifications.readAll')}
            </button>
          </header>
          {items.length === 0 ? <p>{t('notifications.none')}</p> : null}
          <ul>
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
                <Link to={`/activities/${n.activityId}`} onClick={() => (n.readAt ? undefined : read(n.id))}>
                  <span dir="auto">{n.subject ?? t('notifications.hidden')}</span>
                  {n.customerName ? <span dir="auto"> · {n.customerName}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
