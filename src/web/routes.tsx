import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageHeader } from './components/PageHeader';
import { SetupPage } from './features/auth/SetupPage';
import { SignInPage } from './features/auth/SignInPage';
import { SignUpPage } from './features/auth/SignUpPage';
import { AppShell } from './features/shell/AppShell';
import { HOME, mayOpen, PAGES } from './pages';
import { useSession } from './session';

function NotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('errors.pageNotFound')} />;
}

/**
 * Signed out: setup (first run) or sign-in, whatever the address (and /sign-up when sign-up is
 * open). Signed in: the app.
 */
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
  if (state.status === 'signedOut') {
    if (state.setupNeeded) return <SetupPage />;
    return (
      <Routes>
        <Route path="sign-up" element={state.signupOpen ? <SignUpPage /> : <Navigate to="/" replace />} />
        <Route path="*" element={<SignInPage signupOpen={state.signupOpen} />} />
      </Routes>
    );
  }

  const role = state.me.role;
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to={HOME} replace />} />
        <Route path="sign-in" element={<Navigate to={HOME} replace />} />
        <Route path="setup" element={<Navigate to={HOME} replace />} />
        <Route path="sign-up" element={<Navigate to={HOME} replace />} />
        {PAGES.map((page) => (
          <Route key={page.path} path={page.path} element={mayOpen(page, role) ? page.element : <Navigate to={HOME} replace />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
