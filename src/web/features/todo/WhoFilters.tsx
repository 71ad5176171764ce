import { useTranslation } from 'react-i18next';
import { useMe } from '../../session';
import { useUsers } from '../users/useUsers';
import { useTeams } from './useTodo';

/** My own, everyone's, or another user's to-do. */
export function WhoFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { users } = useUsers();
  return (
    <div className="field">
      <label htmlFor="todo-who">{t('todo.whose')}</label>
      <select id="todo-who" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="me">{t('todo.mine')}</option>
        <option value="all">{t('todo.everyone')}</option>
        <optgroup label={t('todo.anotherUser')}>
          {users
            .filter((user) => user.id !== me.id && (user.active || user.id === value))
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );
}

/** A team's to-do: the members of a group and of its subgroups. */
export function TeamFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const teams = useTeams();
  if (teams.length === 0 && !value) return null;
  return (
    <div className="field">
      <label htmlFor="todo-team">{t('todoList.team')}</label>
      <select id="todo-team" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('todoList.anyTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </div>
  );
}
