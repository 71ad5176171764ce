import { NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { navigationFor } from '../../pages';
import { useMe } from '../../session';
import { NotificationBell } from '../notifications/NotificationBell';
import { UserMenu } from './UserMenu';

/** Header with the navigation and the user menu around every signed-in page. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="shell__header">
        <NavLink to="/" className="shell__brand">
          <span className="brand-mark" aria-hidden="true" /> {t('app.name')}
        </NavLink>
        <nav className="shell__nav" aria-label={t('nav.label')}>
          <ul>
            {navigationFor(me.role).map((entry) => (
              <li key={entry.path}>
                <NavLink to={`/${entry.path}`} className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
                  {t(entry.nav.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <NotificationBell />
        <UserMenu />
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
