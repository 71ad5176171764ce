import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { InvitationCreate, issuedLinkSchema } from '../../../shared/users';
import { client, unwrap } from '../../api';
import { USERS_KEY } from './useUsers';

const KEY = ['invitations'] as const;

/** What an admin gets back for a new link: mailed, or the link itself to show once. */
export type Issued = z.infer<typeof issuedLinkSchema> & { name: string; email: string };

/** Pending invitations, inviting, sending again, revoking, and reset links for users (admins only). */
export function useInvitations() {
  const queryClient = useQueryClient();
  const { data, error } = useQuery({ queryKey: KEY, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/invitations', { signal })) });
  const refresh = useCallback(
    () => Promise.all([queryClient.invalidateQueries({ queryKey: KEY }), queryClient.invalidateQueries({ queryKey: USERS_KEY })]),
    [queryClient],
  );

  const invite = useCallback(
    async (body: InvitationCreate): Promise<Issued> => {
      const issued = await unwrap(client.POST('/api/v1/invitations', { body }));
      await refresh();
      return { ...issued, name: issued.invitation.name, email: issued.invitation.email };
    },
    [refresh],
  );
  const resend = useCallback(
    async (id: string): Promise<Issued> => {
      const issued = await unwrap(client.POST('/api/v1/invitations/{id}/resend', { params: { path: { id } } }));
      await refresh();
      return { ...issued, name: issued.invitation.name, email: issued.invitation.email };
    },
    [refresh],
  );
  const revoke = useCallback(
    async (id: string) => {
      await unwrap(client.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } }));
      await refresh();
    },
    [refresh],
  );
  const resetPassword = useCallback(
    async (user: { id: string; name: string; email: string }): Promise<Issued> => ({
      ...(await unwrap(client.POST('/api/v1/users/{id}/password-reset', { params: { path: { id: user.id } } }))),
      name: user.name,
      email: user.email,
    }),
    [],
  );
  return { invitations: data?.items ?? [], error, invite, resend, revoke, resetPassword };
}
