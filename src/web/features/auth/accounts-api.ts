import type { z } from 'zod';
import type { acceptInvitationSchema, forgotSchema, resetSchema } from '../../../shared/auth';
import { client, unwrap } from '../../api';

/** Forgot password, reset links and invitations: the calls a person makes before signing in, and changing one's password. */
export const accountsApi = {
  forgot: (body: z.input<typeof forgotSchema>) => unwrap(client.POST('/api/v1/auth/forgot', { body })),
  reset: (body: z.input<typeof resetSchema>) => unwrap(client.POST('/api/v1/auth/reset', { body })),
  accept: (body: z.input<typeof acceptInvitationSchema>) => unwrap(client.POST('/api/v1/invitations/accept', { body })),
  changePassword: (body: { currentPassword: string; password: string }) => unwrap(client.PATCH('/api/v1/me', { body })),
};

/** The one-time token of a reset or invitation link: it travels in the fragment (#token=…), which never reaches a server's logs. */
export function tokenFromLocation(hash = window.location.hash): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
