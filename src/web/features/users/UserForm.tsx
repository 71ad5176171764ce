import { useTranslation } from 'react-i18next';
import { type User, type UserCreate, userCreateSchema } from '../../../shared/users';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { isLanguage } from '../../i18n';
import { useMe } from '../../session';
import { PersonForm } from './PersonForm';
import { useUsers } from './useUsers';

/** Add a user with a first password (inviting lets them choose it): email, name, password, role, language and time zone. */
export function UserForm({ onCreated, onCancel }: { onCreated: (user: User) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { create } = useUsers();
  const defaults: UserCreate = { email: '', name: '', password: '', role: 'user', locale: isLanguage(me.locale) ? me.locale : 'en', timeZone: me.timeZone };
  const api = useApiForm(userCreateSchema, defaults, async (values) => onCreated(await create(values)));
  return (
    <PersonForm api={api} title={t('users.add')} submitLabel={t('users.addSubmit')} onCancel={onCancel}>
      <FormTextField
        control={api.form.control}
        name="password"
        type="password"
        label={t('fields.password')}
        hint={t('fields.passwordHint')}
        error={api.errorOf('password')}
        required
        autoComplete="new-password"
      />
    </PersonForm>
  );
}
