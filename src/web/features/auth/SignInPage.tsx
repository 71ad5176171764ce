import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { useSession } from '../../session';
import { authApi } from './auth-api';
import { AuthLayout } from './AuthLayout';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();

  const errors = error instanceof ApiError && error.status === 401 ? { fields: {}, general: t('signIn.wrong') } : formErrors(t, error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => authApi.signIn({ email, password }));
    if (result) signedIn(result.user);
  }

  return (
    <AuthLayout title={t('signIn.title')}>
      <form className="form" onSubmit={submit} noValidate>
        {errors.general ? <Alert>{errors.general}</Alert> : null}
        <TextField label={t('fields.email')} type="email" autoComplete="username" value={email} onChange={setEmail} error={errors.fields.email} autoFocus required />
        <TextField label={t('fields.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} error={errors.fields.password} required />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
