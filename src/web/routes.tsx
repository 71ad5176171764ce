import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AcceptInvitationPage, Loading, ResetPasswordPage, SetupPage, SignedOutRoutes } from './authRoutes';
import { PageHeader } from './components/PageHeader';
import { AppShell } from './features/shell/AppShell';
import { HOME, mayOpen, PAGES } from './pages';
import { useSession } from './session';

// An outside partner's reduced app (issue 17): its own chunk, loaded only for partners.
const PartnerApp = lazy(() => import('./features/partners/PartnerApp').then((module) => ({ default: module.PartnerApp })));

/** The pages a link from a mail opens, also when someone is signed in in this browser. */
const accountRoutes = (
  <>
    <Route
      path="reset-password"
      element={
        <Suspense fallback={<Loading />}>
          <ResetPasswordPage />
        </Suspense>
      }
    />
    <Route
      path="accept-invitation"
      element={
        <Suspense fallback={<Loading />}>
          <AcceptInvitationPage />
        </Suspense>
      }
    />
  </>
);

function NotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('errors.pageNotFound')} />;
}

/** Signed in: the app's pages inside the shell, each only for the roles that may open it. */
function SignedInRoutes({ role }: { role: 'admin' | 'manager' | 'user' }) {
  return (
    <Routes>
      {/* A link from a mail opened while signed in (another account in this browser): the page signs its person in. */}
      {accountRoutes}
      <Route element={<AppShell />}>
        <Route index element={<Navigate to={HOME} replace />} />
        <Route path="sign-in" element={<Navigate to={HOME} replace />} />
        <Route path="setup" element={<Navigate to={HOME} replace />} />
        <Route path="sign-up" element={<Navigate to={HOME} replace />} />
        {PAGES.map((page) => (
          <Route
            key={page.path}
            path={page.path}
            // Inside the shell: its header stays while a page's chunk loads.
            element={mayOpen(page, role) ? <Suspense fallback={<Loading />}>{page.element}</Suspense> : <Navigate to={HOME} replace />}
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/**
 * Signed out: setup (first run) or sign-in, whatever the address (and /sign-up when sign-up is
 * open). Signed in: the app.
 */
export function AppRoutes() {
  const { state } = useSession();

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') {
    if (state.setupNeeded) {
      return (
        <Suspense fallback={<Loading />}>
          <SetupPage />
        </Suspense>
      );
    }
    return <SignedOutRoutes signupOpen={state.signupOpen} mailEnabled={state.mailEnabled} />;
  }
  if (state.me.role === 'partner') {
    return (
      <Suspense fallback={<Loading />}>
        <PartnerApp accountRoutes={accountRoutes} />
      </Suspense>
    );
  }
  return <SignedInRoutes role={state.me.role} />;
}
