import { useTranslation } from 'react-i18next';
import { acceptFormSchema } from '../../../shared/auth';
import { FormTextField } from '../../components/FormTextField';
import { accountsApi } from './accounts-api';
import { LinkTokenForm } from './LinkTokenForm';
import { NewPasswordFields } from './NewPasswordFields';
import { useLinkTokenForm } from './useLinkTokenForm';

/** Opened from an invitation: the person chooses a password (and may write their name their way) and is signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { form, errorOf, ...state } = useLinkTokenForm(acceptFormSchema, { name: '', password: '', confirm: '' }, ({ name, password }, token) =>
    accountsApi.accept({ token, password, ...(name.trim() ? { name: name.trim() } : {}) }),
  );
  return (
    <LinkTokenForm {...state} title={t('accounts.acceptTitle')} intro={t('accounts.acceptIntro')} submitLabel={t('accounts.acceptSubmit')}>
      <FormTextField control={form.control} name="name" label={t('accounts.yourName')} autoComplete="name" error={errorOf('name')} />
      <NewPasswordFields control={form.control} errorOf={errorOf} />
    </LinkTokenForm>
  );
}
