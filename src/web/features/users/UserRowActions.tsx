import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/users';
import type { UserChange } from './useUserColumns';

/** A user row's actions: a reset link (not for an invited person: send the invitation again), and (de)activate. */
export function UserRowActions({ user, busy, update, onReset }: { user: User; busy: boolean; update: UserChange; onReset: (user: User) => void }) {
  const { t } = useTranslation();
  const toggle = () =>
    void update(user, { active: !user.active }, user.active ? t('users.deactivated', { name: user.name }) : t('users.reactivated', { name: user.name }));
  return (
    <>
      {user.active && !user.invited ? (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          aria-label={t('accounts.resetNamed', { name: user.name })}
          onClick={() => onReset(user)}
        >
          {t('accounts.resetPassword')}
        </button>
      ) : null}{' '}
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        aria-label={user.active ? t('users.deactivateNamed', { name: user.name }) : t('users.reactivateNamed', { name: user.name })}
        onClick={toggle}
      >
        {user.active ? t('users.deactivate') : t('users.reactivate')}
      </button>
    </>
  );
}
