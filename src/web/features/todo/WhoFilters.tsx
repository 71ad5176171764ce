import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field';
import { useMe } from '../../session';
import { useUsers } from '../users/useUsers';
import { useTeams } from './useTodo';

/** My own, everyone's, or another user's to-do. */
export function WhoFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { users } = useUsers();
  const others = users.filter((user) => user.id !== me.id && (user.active || user.id === value)).map((user) => ({ value: user.id, label: user.name }));
  const options = [
    { value: 'me', label: t('todo.mine') },
    { value: 'all', label: t('todo.everyone') },
    { group: t('todo.anotherUser'), options: others },
  ];
  return <SelectField id="todo-who" label={t('todo.whose')} value={value} onChange={onChange} options={options} />;
}

/** A team's to-do: the members of a group and of its subgroups. */
export function TeamFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const teams = useTeams();
  if (teams.length === 0 && !value) return null;
  const options = teams.map((team) => ({ value: team.id, label: team.name }));
  return <SelectField id="todo-team" label={t('todoList.team')} value={value} onChange={onChange} emptyLabel={t('todoList.anyTeam')} options={options} />;
}
