import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';

export interface ShellLink {
  to: string;
  label: string;
  /** Active only on this very address, not on the pages below it. */
  end?: boolean;
}

/** The frame of every signed-in page: skip link, brand, navigation, what stands at the header's end, the page. */
export function ShellLayout({ home, links, actions }: { home: string; links: ShellLink[]; actions: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="shell__header">
        <NavLink to={home} className="shell__brand">
          <span className="brand-mark" aria-hidden="true" /> {t('app.name')}
        </NavLink>
        <nav className="shell__nav" aria-label={t('nav.label')}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end} className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {actions}
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
