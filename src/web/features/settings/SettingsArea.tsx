import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { SECTIONS } from './sections';
import './settings.css';

const GROUPS = ['workspace', 'customers', 'activities', 'people', 'log'] as const;

/** Settings (admins): a side navigation of lists and pages, and the chosen one. */
export function SettingsArea() {
  const { t } = useTranslation();
  const { section: path } = useParams();
  const section = SECTIONS.find((candidate) => candidate.path === path);
  if (!section) return <Navigate to={`/settings/${SECTIONS[0].path}`} replace />;
  const title = t(`settings.sections.${section.key}`);

  return (
    <div className="settings">
      <nav className="settings__nav" aria-label={t('settings.navLabel')}>
        <p className="settings__nav-title">{t('settings.title')}</p>
        {GROUPS.map((group) => (
          <div key={group} className="settings__nav-group">
            <p className="settings__nav-heading">{t(`settings.groupsOfSections.${group}`)}</p>
            <ul>
              {SECTIONS.filter((candidate) => candidate.group === group).map((candidate) => (
                <li key={candidate.path}>
                  <NavLink
                    to={`/settings/${candidate.path}`}
                    className={({ isActive }) => (isActive ? 'settings__link settings__link--active' : 'settings__link')}
                  >
                    {t(`settings.sections.${candidate.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="settings__content">
        <PageHeader title={title}>
          <p className="muted">{t(`settings.intro.${section.key}`)}</p>
        </PageHeader>
        <div key={section.path}>{section.render(title)}</div>
      </div>
    </div>
  );
}
