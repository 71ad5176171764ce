import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { resetFormSchema } from '../../../shared/auth';
import { Alert } from '../../components/Alert';
import { fieldMessage } from '../../components/errors';
import { useApiForm } from '../../components/useApiForm';
import { useSession } from '../../session';
import { accountsApi, tokenFromLocation } from './accounts-api';
import { LinkTokenPage } from './LinkTokenPage';
import { NewPasswordFields } from './NewPasswordFields';
import { tokenError } from './token-error';

/** Opened from a reset link: a new password, then every other session ends and this one is signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromLocation);
  const [linkError, setLinkError] = useState<string | null>(null);
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const { form, submit, general, errorOf, busy } = useApiForm(resetFormSchema, { password: '', confirm: '' }, async ({ password }) => {
    const { user } = await accountsApi.reset({ token, password }).catch(tokenError(setLinkError));
    signedIn(user);
    navigate('/', { replace: true });
  });
  return (
    <LinkTokenPage token={token} title={t('accounts.resetTitle')} intro={t('accounts.resetIntro')}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('accounts.resetTitle')}>
        {linkError ? <Alert>{fieldMessage(t, linkError)}</Alert> : general ? <Alert>{general}</Alert> : null}
        <NewPasswordFields control={form.control} errorOf={errorOf} />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {t('accounts.resetSubmit')}
        </button>
      </form>
    </LinkTokenPage>
  );
}
