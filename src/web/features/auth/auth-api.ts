import type { z } from 'zod';
import type { loginSchema, setupSchema, signupSchema } from '../../../shared/auth';
import type { meUpdateSchema } from '../../../shared/users';
import { client, unwrap } from '../../api';

/** Signing in, setting up the first workspace, and the signed-in user (the session's own calls). */
export const authApi = {
  signIn: (body: z.infer<typeof loginSchema>) => unwrap(client.POST('/api/v1/auth/login', { body })),
  signOut: () => unwrap(client.POST('/api/v1/auth/logout')),
  setupState: () => unwrap(client.GET('/api/v1/setup')),
  setup: (body: z.infer<typeof setupSchema>) => unwrap(client.POST('/api/v1/setup', { body })),
  signUp: (body: z.infer<typeof signupSchema>) => unwrap(client.POST('/api/v1/signup', { body })),
  me: () => unwrap(client.GET('/api/v1/me')),
  updateMe: (body: z.infer<typeof meUpdateSchema>) => unwrap(client.PATCH('/api/v1/me', { body })),
};
