import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordChangeSchema } from '../../../shared/users';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useApiForm } from '../../components/useApiForm';
import { AccountField } from './AccountField';
import { accountsApi } from './accounts-api';
import { NewPasswordFields } from './NewPasswordFields';

const EMPTY = { currentPassword: '', password: '', confirm: '' };

/** Change one's own password (the current one is asked for); this session stays, the others and all API tokens end. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const { form, submit, general, errorOf, busy } = useApiForm(passwordChangeSchema, EMPTY, async ({ currentPassword, password }) => {
    setChanged(false);
    await accountsApi.changePassword({ currentPassword, password });
    form.reset(EMPTY);
    setChanged(true);
  });
  return (
    <>
      <PageHeader title={t('accounts.changeTitle')}>
        <p className="muted">{t('accounts.changeIntro')}</p>
      </PageHeader>
      <div className="card">
        <form className="form" onSubmit={submit} noValidate aria-label={t('accounts.changeTitle')}>
          {changed ? <Alert kind="success">{t('accounts.changed')}</Alert> : null}
          {general ? <Alert>{general}</Alert> : null}
          <AccountField control={form.control} name="currentPassword" errorOf={errorOf} autoFocus />
          <NewPasswordFields control={form.control} errorOf={errorOf} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('common.saving') : t('accounts.changeSubmit')}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
