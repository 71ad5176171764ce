import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageHeader } from './components/PageHeader';
import { SetupPage } from './features/auth/SetupPage';
import { SignInPage } from './features/auth/SignInPage';
import { AppShell } from './features/shell/AppShell';
import { HOME, mayOpen, PAGES } from './pages';
import { useSession } from './session';

function NotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('errors.pageNotFound')} />;
}

/** Signed out: setup (first run) or sign-in, whatever the address. Signed in: the app. */
export function AppRoutes() {
  const { t } = useTranslation();
  const { state } = useSession();

  if (state.status === 'loading') {
    return (
      <p className="splash" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'signedOut') return state.setupNeeded ? <SetupPage /> : <SignInPage />;

  const role = state.me.role;
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to={HOME} replace />} />
        <Route path="sign-in" element={<Navigate to={HOME} replace />} />
        <Route path="setup" element={<Navigate to={HOME} replace />} />
        {PAGES.map((page) => (
          <Route key={page.path} path={page.path} element={mayOpen(page, role) ? page.element : <Navigate to={HOME} replace />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
