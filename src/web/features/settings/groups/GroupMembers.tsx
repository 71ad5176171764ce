import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { formErrors, generalMessage } from '../../../components/errors';
import { SelectField, TextField } from '../../../components/Field';
import { useSubmit } from '../../../components/hooks';
import { useUsers } from '../../users/useUsers';
import { useGroupMembers } from './useGroups';

interface Member {
  userId: string;
  name: string;
  roleName: string;
}

/** A member's role name, saved when changed. */
function RoleNameForm({ member, onSave }: { member: Member; onSave: (roleName: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(member.roleName);
  const { busy, error, run } = useSubmit();
  const changed = value.trim() !== member.roleName;
  return (
    <form
      className="member-role"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) void run(() => onSave(value.trim()));
      }}
    >
      <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
        {t('settings.groups.roleOf', { name: member.name })}
      </label>
      <input id={`role-${member.userId}`} value={value} onChange={(event) => setValue(event.target.value)} maxLength={100} autoComplete="off" />
      {changed ? (
        <button type="submit" className="button button--small" disabled={busy}>
          {t('common.save')}
        </button>
      ) : null}
      {error ? <span className="field__error">{generalMessage(t, error)}</span> : null}
    </form>
  );
}

/** The members of a group with their role names: add from the users, change a role name, remove. */
export function GroupMembers({ group }: { group: Group }) {
  const { t } = useTranslation();
  const { data, error, add: addMember, remove: removeMember } = useGroupMembers(group.id);
  const members = data?.items ?? [];
  const { users } = useUsers();
  const [userId, setUserId] = useState('');
  const [roleName, setRoleName] = useState('');
  const add = useSubmit();
  const remove = useSubmit();
  const errors = formErrors(t, add.error, ['userId', 'roleName']);
  const candidates = users.filter((user) => user.active && !members.some((member) => member.userId === user.id));

  const put = addMember;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await add.run(() => put({ userId, roleName: roleName.trim() }));
    if (done) {
      setUserId('');
      setRoleName('');
    }
  }

  return (
    <section className="card" aria-labelledby={`members-${group.id}`}>
      <h2 id={`members-${group.id}`}>{t('settings.groups.members')}</h2>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {remove.error ? <Alert>{generalMessage(t, remove.error)}</Alert> : null}
      {data && members.length === 0 ? <p className="muted">{t('settings.groups.noMembers')}</p> : null}
      {members.length > 0 ? (
        <table className="table" aria-label={t('settings.groups.members')}>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('settings.groups.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>
                  <bdi>{member.name}</bdi>
                </td>
                <td>
                  <RoleNameForm key={member.roleName} member={member} onSave={(value) => put({ userId: member.userId, roleName: value })} />
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={t('settings.groups.removeNamed', { name: member.name })}
                    disabled={remove.busy}
                    onClick={() => void remove.run(() => removeMember(member.userId))}
                  >
                    {t('settings.groups.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="settings-add" onSubmit={submit} noValidate aria-label={t('settings.groups.addMember')}>
        {errors.general ? <Alert>{errors.general}</Alert> : null}
        <div className="settings-add__fields">
          <SelectField
            label={t('settings.groups.user')}
            value={userId}
            onChange={setUserId}
            options={[{ value: '', label: t('settings.groups.chooseUser') }, ...candidates.map((user) => ({ value: user.id, label: user.name }))]}
            error={errors.fields.userId}
          />
          <TextField
            label={t('settings.groups.role')}
            value={roleName}
            onChange={setRoleName}
            error={errors.fields.roleName}
            autoComplete="off"
            placeholder={t('settings.groups.rolePlaceholder')}
          />
          <div className="settings-add__submit">
            <button type="submit" className="button button--primary" disabled={add.busy || !userId}>
              {t('settings.groups.addMember')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
