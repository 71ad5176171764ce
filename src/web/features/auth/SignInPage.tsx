import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { AccountField } from './AccountField';
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
        <AccountField control={control} name="email" errorOf={errorOf} autoFocus />
        <AccountField control={control} name="password" kind="signInPassword" errorOf={errorOf} />
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
