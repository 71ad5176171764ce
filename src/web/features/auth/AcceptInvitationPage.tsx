import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { acceptFormSchema } from '../../../shared/auth';
import { Alert } from '../../components/Alert';
import { fieldMessage } from '../../components/errors';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { useSession } from '../../session';
import { accountsApi, tokenFromLocation } from './accounts-api';
import { LinkTokenPage } from './LinkTokenPage';
import { NewPasswordFields } from './NewPasswordFields';
import { tokenError } from './token-error';

/** Opened from an invitation: the person chooses a password (and may write their name their way) and is signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromLocation);
  const [linkError, setLinkError] = useState<string | null>(null);
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const { form, submit, general, errorOf, busy } = useApiForm(acceptFormSchema, { name: '', password: '', confirm: '' }, async ({ name, password }) => {
    const body = { token, password, ...(name.trim() ? { name: name.trim() } : {}) };
    const { user } = await accountsApi.accept(body).catch(tokenError(setLinkError));
    signedIn(user);
    navigate('/', { replace: true });
  });
  return (
    <LinkTokenPage token={token} title={t('accounts.acceptTitle')} intro={t('accounts.acceptIntro')}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('accounts.acceptTitle')}>
        {linkError ? <Alert>{fieldMessage(t, linkError)}</Alert> : general ? <Alert>{general}</Alert> : null}
        <FormTextField control={form.control} name="name" label={t('accounts.yourName')} autoComplete="name" error={errorOf('name')} />
        <NewPasswordFields control={form.control} errorOf={errorOf} />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {t('accounts.acceptSubmit')}
        </button>
      </form>
    </LinkTokenPage>
  );
}
