import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session';
import { IssuedLink } from './IssuedLink';
import { HeaderActions, type Mode, NewUserForm } from './NewUserForm';
import { PendingInvitations } from './PendingInvitations';
import { useAccountActions } from './useAccountActions';
import { type UserChange, useUserColumns } from './useUserColumns';
import { useUsers } from './useUsers';

/** Admins: the workspace's users; invite or add one, change a role, send a reset link, deactivate or reactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { users, update: save, loading, error } = useUsers();
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useSubmit();
  const accounts = useAccountActions(setNotice);

  const update: UserChange = async (user, patch, message) => {
    accounts.clear();
    if (await change.run(() => save(user.id, patch))) setNotice(message);
  };
  const columns = useUserColumns(me.id, change.busy || accounts.busy, update, (user) => void accounts.reset(user));
  const open = (next: Mode) => {
    setMode(next);
    accounts.clear();
  };
  const failure = error ?? change.error ?? accounts.error;

  return (
    <>
      <PageHeader title={t('users.title')} actions={mode ? null : <HeaderActions onOpen={open} />} />
      <NewUserForm
        mode={mode}
        onClose={() => setMode(null)}
        onInvite={(input) => accounts.invite(input).then(() => setMode(null))}
        onCreated={(user) => {
          setMode(null);
          setNotice(t('users.created', { name: user.name }));
        }}
      />
      {accounts.issued ? <IssuedLink issued={accounts.issued.issued} mailedText={accounts.issued.mailedText} /> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {failure ? <Alert>{generalMessage(t, failure)}</Alert> : null}
      <PendingInvitations
        invitations={accounts.invitations}
        busy={accounts.busy}
        onResend={(i) => void accounts.resend(i)}
        onRevoke={(i) => void accounts.revoke(i)}
      />
      {loading && users.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {users.length > 0 ? (
        <DataTable label={t('users.title')} columns={columns} rows={users} rowClassName={(user) => (user.active ? undefined : 'row--inactive')} />
      ) : null}
    </>
  );
}
