import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { AddMemberForm } from './AddMemberForm';
import { type Member, RoleNameForm } from './RoleNameForm';
import { useGroupMembers } from './useGroups';

interface MembersTableProps {
  members: Member[];
  onRole: (member: Member, roleName: string) => Promise<unknown>;
  onRemove: (member: Member) => void;
  busy: boolean;
}

function MembersTable({ members, onRole, onRemove, busy }: MembersTableProps) {
  const { t } = useTranslation();
  return (
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
              <RoleNameForm key={member.roleName} member={member} onSave={(value) => onRole(member, value)} />
            </td>
            <td className="table__actions">
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={t('settings.groups.removeNamed', { name: member.name })}
                disabled={busy}
                onClick={() => onRemove(member)}
              >
                {t('settings.groups.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The members of a group with their role names: add from the users, change a role name, remove. */
export function GroupMembers({ group }: { group: Group }) {
  const { t } = useTranslation();
  const { data, error, add, remove } = useGroupMembers(group.id);
  const members = data?.items ?? [];
  const removal = useSubmit();
  return (
    <section className="card" aria-labelledby={`members-${group.id}`}>
      <h2 id={`members-${group.id}`}>{t('settings.groups.members')}</h2>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {removal.error ? <Alert>{generalMessage(t, removal.error)}</Alert> : null}
      {data && members.length === 0 ? <p className="muted">{t('settings.groups.noMembers')}</p> : null}
      {members.length > 0 ? (
        <MembersTable
          members={members}
          busy={removal.busy}
          onRole={(member, roleName) => add({ userId: member.userId, roleName })}
          onRemove={(member) => void removal.run(() => remove(member.userId))}
        />
      ) : null}
      <AddMemberForm members={members} onAdd={add} />
    </section>
  );
}
