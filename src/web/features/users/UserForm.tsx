import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/common';
import { type User, type UserCreate, userCreateSchema } from '../../../shared/users';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { isLanguage } from '../../i18n';
import { useMe } from '../../session';
import { ChoiceFields } from './ChoiceFields';
import { useUsers } from './useUsers';

/** Add a user with a first password (inviting lets them choose it): email, name, password, role, language and time zone. */
export function UserForm({ onCreated, onCancel }: { onCreated: (user: User) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { create } = useUsers();
  const defaults: UserCreate = { email: '', name: '', password: '', role: 'user', locale: isLanguage(me.locale) ? me.locale : 'en', timeZone: me.timeZone };
  const { form, submit, general, errorOf, busy } = useApiForm(userCreateSchema, defaults, async (values) => onCreated(await create(values)));
  const { control } = form;
  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-label={t('users.add')}>
      {general ? <Alert>{general}</Alert> : null}
      <fieldset>
        <legend>{t('users.add')}</legend>
        <FormTextField control={control} name="name" label={t('fields.name')} error={errorOf('name')} required autoFocus autoComplete="off" />
        <FormTextField control={control} name="email" type="email" label={t('fields.email')} error={errorOf('email')} required autoComplete="off" />
        <FormTextField
          control={control}
          name="password"
          type="password"
          label={t('fields.password')}
          hint={t('fields.passwordHint')}
          error={errorOf('password')}
          required
          autoComplete="new-password"
        />
        <ChoiceFields form={form} errorOf={errorOf} roles={ROLES} />
      </fieldset>
      <FormFooter submitLabel={t('users.addSubmit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
