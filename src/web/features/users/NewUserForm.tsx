import { useTranslation } from 'react-i18next';
import { InviteForm } from './InviteForm';
import { UserForm } from './UserForm';

export type Mode = 'add' | 'invite' | null;

type InviteProps = Parameters<typeof InviteForm>[0];
type UserFormProps = Parameters<typeof UserForm>[0];

interface NewUserFormProps {
  mode: Mode;
  onClose: () => void;
  onInvite: InviteProps['onInvite'];
  onCreated: UserFormProps['onCreated'];
}

/** The invite form or the add-a-user form, whichever the admin opened. */
export function NewUserForm({ mode, onClose, onInvite, onCreated }: NewUserFormProps) {
  if (mode === 'invite') {
    return (
      <div className="card">
        <InviteForm onCancel={onClose} onInvite={onInvite} />
      </div>
    );
  }
  if (mode === 'add') {
    return (
      <div className="card">
        <UserForm onCancel={onClose} onCreated={onCreated} />
      </div>
    );
  }
  return null;
}

/** Invite or add a user. */
export function HeaderActions({ onOpen }: { onOpen: (mode: Mode) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => onOpen('invite')}>
        {t('accounts.invite')}
      </button>
      <button type="button" className="button" onClick={() => onOpen('add')}>
        {t('users.add')}
      </button>
    </>
  );
}
