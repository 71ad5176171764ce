import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { useSession } from '../../session';
import { authApi } from './auth-api';
import { AuthLayout } from './AuthLayout';

const FIELDS = ['email', 'password', 'workspace'] as const;

type Choice = { id: string; name: string };

/** The workspaces to choose from, when the server asked for one (the password fits several). */
function choicesIn(error: unknown): Choice[] {
  return error instanceof ApiError && error.fields.workspace && error.choices.length > 0 ? error.choices : [];
}

export function SignInPage({ signupOpen = false }: { signupOpen?: boolean }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [choices, setChoices] = useState<Choice[]>([]);
  const [workspace, setWorkspace] = useState('');
  const { busy, error, run } = useSubmit();

  const asked = choicesIn(error).length > 0;
  const errors =
    error instanceof ApiError && error.status === 401
      ? { fields: {}, general: t('signIn.wrong') }
      : asked
        ? { fields: {}, general: null }
        : formErrors(t, error, FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = choices.length > 0 && workspace ? { email, password, workspace } : { email, password };
    const result = await run(() =>
      authApi.signIn(body).catch((failure: unknown) => {
        const offered = choicesIn(failure);
        if (offered.length > 0) {
          setChoices(offered);
          setWorkspace(offered[0].id);
        }
        throw failure;
      }),
    );
    if (result) signedIn(result.user);
  }

  const changeEmail = (value: string) => {
    setEmail(value);
    setChoices([]);
  };

  return (
    <AuthLayout title={t('signIn.title')}>
      <form className="form" onSubmit={submit} noValidate>
        {errors.general ? <Alert>{errors.general}</Alert> : null}
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={changeEmail}
          error={errors.fields.email}
          autoFocus
          required
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          required
        />
        {choices.length > 0 ? (
          <SelectField
            label={t('signIn.workspace')}
            hint={t('signIn.chooseWorkspace')}
            value={workspace}
            onChange={setWorkspace}
            options={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
            error={errors.fields.workspace}
          />
        ) : null}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      {signupOpen ? (
        <p className="auth__switch">
          {t('signIn.noWorkspace')} <Link to="/sign-up">{t('signIn.signUp')}</Link>
        </p>
      ) : null}
    </AuthLayout>
  );
}
