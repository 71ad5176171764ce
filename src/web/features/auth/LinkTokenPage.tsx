import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { AuthLayout } from './AuthLayout';

/** The frame of a page opened from a one-time link: without a token in the address it says so, with a way on. */
export function LinkTokenPage({ token, title, intro, children }: { token: string; title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={title} intro={token ? intro : undefined}>
      {token ? children : <Alert>{t('accounts.noToken')}</Alert>}
      <p className="auth__switch">{token ? <Link to="/">{t('accounts.backToSignIn')}</Link> : <Link to="/forgot-password">{t('accounts.askAgain')}</Link>}</p>
    </AuthLayout>
  );
}
