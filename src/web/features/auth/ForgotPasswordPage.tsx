import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { forgotSchema } from '../../../shared/auth';
import { Alert } from '../../components/Alert';
import { useApiForm } from '../../components/useApiForm';
import { AccountField } from './AccountField';
import { accountsApi } from './accounts-api';
import { AuthLayout } from './AuthLayout';

/** Forgot password: the answer is the same whether or not the address has an account (the server's rule too). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, general, errorOf, busy } = useApiForm(forgotSchema, { email: '' }, async ({ email }) => {
    await accountsApi.forgot({ email });
    setSentTo(email.trim());
  });
  return (
    <AuthLayout title={t('accounts.forgotTitle')} intro={sentTo ? undefined : t('accounts.forgotIntro')}>
      {sentTo ? (
        <Alert kind="success">{t('accounts.forgotSent', { email: sentTo })}</Alert>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-label={t('accounts.forgotTitle')}>
          {general ? <Alert>{general}</Alert> : null}
          <AccountField control={form.control} name="email" errorOf={errorOf} autoFocus />
          <button type="submit" className="button button--primary button--wide" disabled={busy}>
            {t('accounts.forgotSubmit')}
          </button>
        </form>
      )}
      <p className="auth__switch">
        <Link to="/">{t('accounts.backToSignIn')}</Link>
      </p>
    </AuthLayout>
  );
}
