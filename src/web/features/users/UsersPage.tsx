import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session';
import { UserForm } from './UserForm';
import { type UserChange, useUserColumns } from './useUserColumns';
import { useUsers } from './useUsers';

/** Admins: the workspace's users; add one, change a role, deactivate or reactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { users, update: save, loading, error } = useUsers();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useSubmit();

  const update: UserChange = async (user, patch, message) => {
    setNotice(null);
    const saved = await change.run(() => save(user.id, patch));
    if (saved) {
      setNotice(message);
    }
  };
  const columns = useUserColumns(me.id, change.busy, update);

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
        <DataTable label={t('users.title')} columns={columns} rows={users} rowClassName={(user) => (user.active ? undefined : 'row--inactive')} />
      ) : null}
    </>
  );
}
