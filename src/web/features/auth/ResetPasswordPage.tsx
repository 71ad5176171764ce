import { useTranslation } from 'react-i18next';
import { resetFormSchema } from '../../../shared/auth';
import { accountsApi } from './accounts-api';
import { LinkTokenForm } from './LinkTokenForm';
import { NewPasswordFields } from './NewPasswordFields';
import { useLinkTokenForm } from './useLinkTokenForm';

/** Opened from a reset link: a new password, then every other session ends and this one is signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { form, errorOf, ...state } = useLinkTokenForm(resetFormSchema, { password: '', confirm: '' }, ({ password }, token) =>
    accountsApi.reset({ token, password }),
  );
  return (
    <LinkTokenForm {...state} title={t('accounts.resetTitle')} intro={t('accounts.resetIntro')} submitLabel={t('accounts.resetSubmit')}>
      <NewPasswordFields control={form.control} errorOf={errorOf} />
    </LinkTokenForm>
  );
}
