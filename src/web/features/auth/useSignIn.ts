import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginSchema } from '../../../shared/auth';
import { ApiError } from '../../api';
import { useApiForm } from '../../components/useApiForm';
import { useSession } from '../../session';
import { authApi } from './auth-api';

type Choice = { id: string; name: string };

/** The workspaces to choose from, when the server asked for one (the password fits several). */
function choicesIn(error: unknown): Choice[] {
  return error instanceof ApiError && error.fields.workspace && error.choices.length > 0 ? error.choices : [];
}

/** Sign-in on react-hook-form; a wrong password is one general message, a workspace choice a select. */
export function useSignIn() {
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
