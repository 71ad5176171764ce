import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/common';
import type { User } from '../../../shared/users';
import { type Column, useActionsColumn } from '../../components/DataTable';
import { LANGUAGES } from '../../i18n';
import { UserRowActions } from './UserRowActions';

const languageName = (code: string) => LANGUAGES.find((language) => language.code === code)?.name ?? code;

/** Saves a change to a user and says what changed (the notice shown once it is saved). */
export type UserChange = (user: User, patch: { role?: Role; active?: boolean }, message: string) => Promise<void>;

/** The users table's columns: name (you), email, role (a select), language, time zone, state and (de)activate. */
export function useUserColumns(meId: string, busy: boolean, update: UserChange, onReset: (user: User) => void): Column<User>[] {
  const { t } = useTranslation();
  const actions = useActionsColumn<User>((user) => (user.id === meId ? null : <UserRowActions user={user} busy={busy} update={update} onReset={onReset} />));
  return [
    {
      key: 'name',
      header: t('fields.name'),
      cell: (user) => (
        <>
          <span className="table__primary" dir="auto">
            {user.name}
          </span>
          {user.id === meId ? <span className="muted"> ({t('users.you')})</span> : null}
        </>
      ),
    },
    { key: 'email', header: t('fields.email'), cell: (user) => <bdi>{user.email}</bdi> },
    {
      key: 'role',
      header: t('fields.role'),
      cell: (user) => (
        <select
          aria-label={t('users.roleOf', { name: user.name })}
          value={user.role}
          disabled={user.id === meId || busy}
          onChange={(event) => void update(user, { role: event.target.value as Role }, t('users.roleChanged', { name: user.name }))}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      ),
    },
    { key: 'language', header: t('fields.language'), cell: (user) => languageName(user.locale) },
    { key: 'timeZone', header: t('fields.timeZone'), cell: (user) => user.timeZone.replace(/_/g, ' ') },
    {
      key: 'state',
      header: t('users.state'),
      cell: (user) =>
        user.invited ? (
          <span className="badge">{t('accounts.invited')}</span>
        ) : (
          <span className={user.active ? 'badge badge--ok' : 'badge badge--muted'}>{user.active ? t('users.active') : t('users.inactive')}</span>
        ),
    },
    actions,
  ];
}
