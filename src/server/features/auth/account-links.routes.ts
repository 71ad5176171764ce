import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitationSchema, forgotSchema, loginResultSchema, resetSchema } from '../../../shared/auth';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import { acceptInvitation, forgotPassword, type LinkContext, resetPassword } from './account-links.service';
import { setSessionCookie } from './auth.routes';

const tags = ['auth'];
const open = { public: true };

/** Forgot password, reset links and accepting an invitation: everything a person does with a one-time link, before signing in. */
export function accountLinkRoutes(app: FastifyInstance, db: Database, kdfCost: number, links: LinkContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/forgot',
    {
      config: open,
      schema: {
        tags,
        summary: 'Forgot password: mails a one-time reset link (valid 1 hour) when SMTP is configured',
        description:
          'Always 202, whether or not the address has an account. When it has accounts in several workspaces, one mail carries a link for each. Throttled per address and per client (429).',
        body: forgotSchema,
        response: { 202: z.object({ ok: z.literal(true) }), ...errors(400, 429) },
      },
    },
    async (req, reply) => {
      await forgotPassword(db, req.body.email, req.ip, links);
      return reply.status(202).send({ ok: true as const });
    },
  );

  r.post(
    '/api/v1/auth/reset',
    {
      config: open,
      schema: {
        tags,
        summary: 'Set a new password with the token from a reset link; ends every session and API token of the user and signs in',
        body: resetSchema,
        response: { 200: loginResultSchema, ...errors(400) },
      },
    },
    async (req, reply) => {
      const { user, secret } = await resetPassword(db, req.body, kdfCost);
      setSessionCookie(req, reply, secret);
      return { user };
    },
  );

  r.post(
    '/api/v1/invitations/accept',
    {
      config: open,
      schema: {
        tags: ['users'],
        summary: 'Accept an invitation: choose a password (and name) with the token from the link, and sign in',
        body: acceptInvitationSchema,
        response: { 200: loginResultSchema, ...errors(400) },
      },
    },
    async (req, reply) => {
      const { user, secret } = await acceptInvitation(db, req.body, kdfCost);
      setSessionCookie(req, reply, secret);
      return { user };
    },
  );
}
