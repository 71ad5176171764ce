import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useMe, useSession } from '../../session';
import { ShellLayout } from '../shell/ShellLayout';
import { PartnerProjectPage } from './PartnerProjectPage';
import { PartnerProjectsPage } from './PartnerProjectsPage';
import './partners.css';

/** The reduced header of an outside partner: their projects, their name, sign out; nothing else to navigate to. */
function PartnerShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  return (
    <ShellLayout
      home="/partner"
      links={[{ to: '/partner', label: t('partners.portal.nav'), end: true }]}
      actions={
        <>
          <span className="partner-shell__me">
            <bdi>{me.name}</bdi>
          </span>
          <button type="button" className="button button--small" onClick={() => void signOut()}>
            {t('userMenu.signOut')}
          </button>
        </>
      }
    />
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
