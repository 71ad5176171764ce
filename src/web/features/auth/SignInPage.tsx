import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { loginSchema } from '../../../shared/auth';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { useSession } from '../../session';
import { authApi } from './auth-api';
import { AuthLayout } from './AuthLayout';

type Choice = { id: string; name: string };

/** The workspaces to choose from, when the server asked for one (the password fits several). */
function choicesIn(error: unknown): Choice[] {
  return error instanceof ApiError && error.fields.workspace && error.choices.length > 0 ? error.choices : [];
}

/** Sign-in on react-hook-form; a wrong password is one general message, a workspace choice a select. */
function useSignIn() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [choices, setChoices] = useState<Choice[]>([]);
  const [wrong, setWrong] = useState(false);
  const api = useApiForm(loginSchema, { email: '', password: '', workspace: '' }, async (values) => {
    setWrong(false);
    const body = { email: values.email, password: values.password, ...(choices.length > 0 && values.workspace ? { workspace: values.workspace } : {}) };
    try {
      signedIn((await authApi.signIn(body)).user);
    } catch (failure) {
      const offered = choicesIn(failure);
      if (offered.length > 0) {
        setChoices(offered);
        api.form.setValue('workspace', offered[0].id);
        return;
      }
      if (failure instanceof ApiError && failure.status === 401) return setWrong(true);
      throw failure;
    }
  });
  // Another email: the workspaces offered for the last one no longer apply.
  const { watch } = api.form;
  useEffect(() => {
    const subscription = watch((_, { name }) => name === 'email' && setChoices([]));
    return () => subscription.unsubscribe();
  }, [watch]);
  const general = wrong ? t('signIn.wrong') : api.general;
  return { ...api, general, choices };
}

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
