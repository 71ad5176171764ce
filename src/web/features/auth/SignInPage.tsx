import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { FormTextField } from '../../components/FormTextField';
import { AuthLayout } from './AuthLayout';
import { useSignIn } from './useSignIn';

export function SignInPage({ signupOpen = false, mailEnabled = false }: { signupOpen?: boolean; mailEnabled?: boolean }) {
  const { t } = useTranslation();
  const { form, submit, general, errorOf, busy, choices } = useSignIn();
  const { control } = form;
  return (
    <AuthLayout title={t('signIn.title')}>
      <form className="form" onSubmit={submit} noValidate>
        {general ? <Alert>{general}</Alert> : null}
        <FormTextField
          control={control}
          name="email"
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          error={errorOf('email')}
          autoFocus
          required
        />
        <FormTextField
          control={control}
          name="password"
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          error={errorOf('password')}
          required
        />
        {choices.length > 0 ? (
          <SelectField
            label={t('signIn.workspace')}
            hint={t('signIn.chooseWorkspace')}
            value={form.watch('workspace') ?? ''}
            onChange={(value) => form.setValue('workspace', value)}
            options={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
            error={errorOf('workspace')}
          />
        ) : null}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      {mailEnabled ? (
        <p className="auth__switch">
          <Link to="/forgot-password">{t('accounts.forgotLink')}</Link>
        </p>
      ) : null}
      {signupOpen ? (
        <p className="auth__switch">
          {t('signIn.noWorkspace')} <Link to="/sign-up">{t('signIn.signUp')}</Link>
        </p>
      ) : null}
    </AuthLayout>
  );
}
