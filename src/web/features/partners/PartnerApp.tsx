import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, Route, Routes } from 'react-router-dom';
import { useMe, useSession } from '../../session';
import { PartnerProjectPage } from './PartnerProjectPage';
import { PartnerProjectsPage } from './PartnerProjectsPage';
import './partners.css';

/** The reduced header of an outside partner: their projects, their name, sign out; nothing else to navigate to. */
function PartnerShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="shell__header">
        <NavLink to="/partner" className="shell__brand">
          <span className="brand-mark" aria-hidden="true" /> {t('app.name')}
        </NavLink>
        <nav className="shell__nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/partner" end className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
                {t('partners.portal.nav')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <span className="partner-shell__me">
          <bdi>{me.name}</bdi>
        </span>
        <button type="button" className="button button--small" onClick={() => void signOut()}>
          {t('userMenu.signOut')}
        </button>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/**
 * The whole app of a signed-in partner (issue 17): the projects shared with them and each project's
 * page; any other address leads back to their projects (the server answers 404 to anything else).
 * `accountRoutes`: the pages a link from a mail opens (accept an invitation, reset the password).
 */
export function PartnerApp({ accountRoutes }: { accountRoutes: ReactNode }) {
  return (
    <Routes>
      {accountRoutes}
      <Route element={<PartnerShell />}>
        <Route path="partner" element={<PartnerProjectsPage />} />
        <Route path="partner/projects/:id" element={<PartnerProjectPage />} />
        <Route path="*" element={<Navigate to="/partner" replace />} />
      </Route>
    </Routes>
  );
}
