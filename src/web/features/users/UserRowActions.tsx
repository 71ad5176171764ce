import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/users';
import { SmallButton } from './SmallButton';
import type { UserChange } from './useUserColumns';

/** A user row's actions: a reset link (not for an invited person: send the invitation again), and (de)activate. */
export function UserRowActions({ user, busy, update, onReset }: { user: User; busy: boolean; update: UserChange; onReset: (user: User) => void }) {
  const { t } = useTranslation();
  const toggle = () =>
    void update(user, { active: !user.active }, user.active ? t('users.deactivated', { name: user.name }) : t('users.reactivated', { name: user.name }));
  const named = { name: user.name };
  return (
    <>
      {user.active && !user.invited ? (
        <SmallButton label={t('accounts.resetPassword')} name={t('accounts.resetNamed', named)} busy={busy} onClick={() => onReset(user)} />
      ) : null}{' '}
      <SmallButton
        label={user.active ? t('users.deactivate') : t('users.reactivate')}
        name={user.active ? t('users.deactivateNamed', named) : t('users.reactivateNamed', named)}
        busy={busy}
        onClick={toggle}
      />
    </>
  );
}
