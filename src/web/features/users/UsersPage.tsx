import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/common';
import type { User } from '../../../shared/users';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { LANGUAGES } from '../../i18n';
import { useMe } from '../../session';
import { UserForm } from './UserForm';
import { useUsers } from './useUsers';

const languageName = (code: string) => LANGUAGES.find((language) => language.code === code)?.name ?? code;

/** Admins: the workspace's users; add one, change a role, deactivate or reactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { users, update: save, loading, error } = useUsers();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useSubmit();

  const update = async (user: User, patch: { role?: Role; active?: boolean }, message: string) => {
    setNotice(null);
    const saved = await change.run(() => save(user.id, patch));
    if (saved) {
      setNotice(message);
    }
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          adding ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setAdding(true);
                setNotice(null);
              }}
            >
              {t('users.add')}
            </button>
          )
        }
      />
      {adding ? (
        <div className="card">
          <UserForm
            onCancel={() => setAdding(false)}
            onCreated={(user) => {
              setAdding(false);
              setNotice(t('users.created', { name: user.name }));
            }}
          />
        </div>
      ) : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {change.error ? <Alert>{generalMessage(t, change.error)}</Alert> : null}
      {loading && users.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {users.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('users.title')}>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.email')}</th>
                <th scope="col">{t('fields.role')}</th>
                <th scope="col">{t('fields.language')}</th>
                <th scope="col">{t('fields.timeZone')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const self = user.id === me.id;
                return (
                  <tr key={user.id} className={user.active ? undefined : 'row--inactive'}>
                    <td>
                      <span className="table__primary" dir="auto">
                        {user.name}
                      </span>
                      {self ? <span className="muted"> ({t('users.you')})</span> : null}
                    </td>
                    <td>
                      <bdi>{user.email}</bdi>
                    </td>
                    <td>
                      <select
                        aria-label={t('users.roleOf', { name: user.name })}
                        value={user.role}
                        disabled={self || change.busy}
                        onChange={(event) => void update(user, { role: event.target.value as Role }, t('users.roleChanged', { name: user.name }))}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{languageName(user.locale)}</td>
                    <td>{user.timeZone.replace(/_/g, ' ')}</td>
                    <td>
                      <span className={user.active ? 'badge badge--ok' : 'badge badge--muted'}>{user.active ? t('users.active') : t('users.inactive')}</span>
                    </td>
                    <td className="table__actions">
                      {self ? null : (
                        <button
                          type="button"
                          className="button button--small"
                          disabled={change.busy}
                          aria-label={user.active ? t('users.deactivateNamed', { name: user.name }) : t('users.reactivateNamed', { name: user.name })}
                          onClick={() =>
                            void update(
                              user,
                              { active: !user.active },
                              user.active ? t('users.deactivated', { name: user.name }) : t('users.reactivated', { name: user.name }),
                            )
                          }
                        >
                          {user.active ? t('users.deactivate') : t('users.reactivate')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
