import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupMemberInputSchema } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { FormSelectField, FormTextField } from '../../../components/FormTextField';
import { useApiForm } from '../../../components/useApiForm';
import { useUsers } from '../../users/useUsers';
import type { Member } from './RoleNameForm';

/** Adds an active user who is not yet a member, with a role name (checked with the server's rules). */
export function AddMemberForm({ members, onAdd }: { members: Member[]; onAdd: (input: { userId: string; roleName: string }) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const start = { userId: '', roleName: '' };
  const api = useApiForm(groupMemberInputSchema, start, async (values) => {
    await onAdd({ userId: values.userId, roleName: (values.roleName ?? '').trim() });
    api.form.reset(start);
  });
  const userId = useWatch({ control: api.form.control, name: 'userId' });
  const candidates = users.filter((user) => user.active && !members.some((member) => member.userId === user.id));
  const options = [{ value: '', label: t('settings.groups.chooseUser') }, ...candidates.map((user) => ({ value: user.id, label: user.name }))];
  return (
    <form className="settings-add" onSubmit={api.submit} noValidate aria-label={t('settings.groups.addMember')}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <div className="settings-add__fields">
        <FormSelectField control={api.form.control} name="userId" label={t('settings.groups.user')} options={options} error={api.errorOf('userId')} />
        <FormTextField
          control={api.form.control}
          name="roleName"
          label={t('settings.groups.role')}
          error={api.errorOf('roleName')}
          autoComplete="off"
          placeholder={t('settings.groups.rolePlaceholder')}
        />
        <div className="settings-add__submit">
          <button type="submit" className="button button--primary" disabled={api.busy || !userId}>
            {t('settings.groups.addMember')}
          </button>
        </div>
      </div>
    </form>
  );
}
