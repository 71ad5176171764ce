import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageHeader } from './components/PageHeader';
import { AppShell } from './features/shell/AppShell';
import { HOME, mayOpen, PAGES } from './pages';
import { useSession } from './session';

// Signed-out pages are chunks of their own too: a signed-in user never loads them.
const SetupPage = lazy(() => import('./features/auth/SetupPage').then((m) => ({ default: m.SetupPage })));
const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./features/auth/SignUpPage').then((m) => ({ default: m.SignUpPage })));
const ForgotPasswordPage = lazy(() => import('./features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const AcceptInvitationPage = lazy(() => import('./features/auth/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="splash" role="status">
      {t('common.loading')}
    </p>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('errors.pageNotFound')} />;
}

type SignedOutProps = { signupOpen: boolean; mailEnabled: boolean };

/** Signed out: sign-in whatever the address, plus the pages a mail links to (and /sign-up when sign-up is open). */
function SignedOutRoutes({ signupOpen, mailEnabled }: SignedOutProps) {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="sign-up" element={signupOpen ? <SignUpPage /> : <Navigate to="/" replace />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="accept-invitation" element={<AcceptInvitationPage />} />
        <Route path="*" element={<SignInPage signupOpen={signupOpen} mailEnabled={mailEnabled} />} />
      </Routes>
    </Suspense>
  );
}

/** Signed in: the app's pages inside the shell, each only for the roles that may open it. */
function SignedInRoutes({ role }: { role: Parameters<typeof mayOpen>[1] }) {
  return (
    <Routes>
      {/* A link from a mail opened while signed in (another account in this browser): the page signs its person in. */}
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
  return <SignedInRoutes role={state.me.role} />;
}
