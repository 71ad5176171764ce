import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../shared/users';
import { useFormat } from '../../format';
import { SmallButton } from './SmallButton';

interface Props {
  invitations: Invitation[];
  busy: boolean;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
}

const ACTIONS = [
  { action: 'resend', label: 'accounts.resend', named: 'accounts.resendNamed' },
  { action: 'revoke', label: 'accounts.revoke', named: 'accounts.revokeNamed' },
] as const;

/** Invitations not yet accepted: when each expires, send again (a new link), revoke. */
export function PendingInvitations({ invitations, busy, onResend, onRevoke }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (invitations.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-invitations">
      <h2 id="pending-invitations">{t('accounts.pendingTitle')}</h2>
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="form__row">
            <span>
              <strong dir="auto">{invitation.name}</strong> <bdi className="muted">{invitation.email}</bdi>{' '}
              <span className={invitation.expired ? 'badge badge--muted' : 'badge'}>
                {invitation.expired || !invitation.expiresAt ? t('accounts.expired') : t('accounts.expiresOn', { when: format.dateTime(invitation.expiresAt) })}
              </span>
            </span>
            <span>
              {ACTIONS.map(({ action, label, named }, index) => (
                <Fragment key={action}>
                  {index > 0 ? ' ' : null}
                  <SmallButton
                    label={t(label)}
                    name={t(named, { name: invitation.name })}
                    busy={busy}
                    onClick={() => (action === 'resend' ? onResend : onRevoke)(invitation)}
                  />
                </Fragment>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
