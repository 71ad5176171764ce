import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationCreate, User } from '../../../shared/users';
import { useSubmit } from '../../components/hooks';
import { type Issued, useInvitations } from './useInvitations';

/** The users page's account actions (invite, send again, revoke, reset link) and what the last one gave: a link to show once, or a notice. */
export function useAccountActions(setNotice: (notice: string | null) => void) {
  const { t } = useTranslation();
  const api = useInvitations();
  const action = useSubmit();
  const [issued, setIssued] = useState<{ issued: Issued; mailedText: string } | null>(null);

  const show = (result: Issued | undefined, mailedKey: 'accounts.invitedMailed' | 'accounts.resetMailed') => {
    if (result) setIssued({ issued: result, mailedText: t(mailedKey, { email: result.email }) });
  };
  const start = () => {
    setIssued(null);
    setNotice(null);
  };
  return {
    ...api,
    issued,
    busy: action.busy,
    error: action.error,
    clear: start,
    invite: async (input: InvitationCreate) => {
      start();
      show(await api.invite(input), 'accounts.invitedMailed');
    },
    resend: async (invitation: Invitation) => {
      start();
      show(await action.run(() => api.resend(invitation.id)), 'accounts.invitedMailed');
    },
    revoke: async (invitation: Invitation) => {
      start();
      if (await action.run(() => api.revoke(invitation.id).then(() => true))) setNotice(t('accounts.revoked', { name: invitation.name }));
    },
    reset: async (user: User) => {
      start();
      show(await action.run(() => api.resetPassword(user)), 'accounts.resetMailed');
    },
  };
}
