import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';

// Signed-out pages are chunks of their own too: a signed-in user never loads them.
export const SetupPage = lazy(() => import('./features/auth/SetupPage').then((m) => ({ default: m.SetupPage })));
const SignInPage = lazy(() => import('./features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./features/auth/SignUpPage').then((m) => ({ default: m.SignUpPage })));
const ForgotPasswordPage = lazy(() => import('./features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
export const ResetPasswordPage = lazy(() => import('./features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
export const AcceptInvitationPage = lazy(() => import('./features/auth/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));

/** The splash shown while the session or a page's chunk loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="splash" role="status">
      {t('common.loading')}
    </p>
  );
}

type SignedOutProps = { signupOpen: boolean; mailEnabled: boolean };

/** Signed out: sign-in whatever the address, plus the pages a mail links to (and /sign-up when sign-up is open). */
export function SignedOutRoutes({ signupOpen, mailEnabled }: SignedOutProps) {
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
