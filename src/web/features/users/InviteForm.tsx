import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/common';
import { invitationCreateSchema, type InvitationCreate } from '../../../shared/users';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { isLanguage } from '../../i18n';
import { useMe } from '../../session';
import { ChoiceFields } from './ChoiceFields';

/** Invite a person: name, email, role and language; they get a link and choose their own password. */
export function InviteForm({ onInvite, onCancel }: { onInvite: (input: InvitationCreate) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const defaults: InvitationCreate = { name: '', email: '', role: 'user', locale: isLanguage(me.locale) ? me.locale : 'en', timeZone: me.timeZone };
  const { form, submit, general, errorOf, busy } = useApiForm(invitationCreateSchema, defaults, onInvite);
  const { control } = form;
  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-label={t('accounts.inviteTitle')}>
      {general ? <Alert>{general}</Alert> : null}
      <fieldset>
        <legend>{t('accounts.inviteTitle')}</legend>
        <FormTextField control={control} name="name" label={t('fields.name')} error={errorOf('name')} required autoFocus autoComplete="off" />
        <FormTextField control={control} name="email" type="email" label={t('fields.email')} error={errorOf('email')} required autoComplete="off" />
        <ChoiceFields form={form} errorOf={errorOf} roles={ROLES} />
      </fieldset>
      <FormFooter submitLabel={t('accounts.inviteSubmit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
