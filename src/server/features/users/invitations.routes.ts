import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf, okSchema } from '../../../shared/common';
import { invitationCreateSchema, invitationIssuedSchema, invitationSchema, issuedLinkSchema } from '../../../shared/users';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import type { LinkContext } from '../auth/account-links.service';
import * as service from './invitations.service';

const tags = ['users'];
const shownOnce = 'Without SMTP the answer carries the link (shown this once, to hand over); with SMTP it is mailed and `link` is null.';

/** Admins invite people and send reset links (the id of an invitation is the invited user's id). */
export function invitationRoutes(app: FastifyInstance, db: Database, links: LinkContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/invitations',
    { schema: { tags, summary: 'Pending invitations (admin)', response: { 200: listOf(invitationSchema), ...errors(403) } } },
    (req) => service.listInvitations(db, actorOf(req)),
  );

  r.post(
    '/api/v1/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person (admin): a one-time link, valid 7 days, to choose their password',
        description: `The invited user cannot sign in until they accept. ${shownOnce}`,
        body: invitationCreateSchema,
        response: { 201: invitationIssuedSchema, ...errors(400, 403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.invite(db, actorOf(req), req.body, links)),
  );

  r.post(
    '/api/v1/invitations/:id/resend',
    {
      schema: {
        tags,
        summary: 'Send a pending invitation again with a new link (the old one stops working) (admin)',
        description: shownOnce,
        params: idParams,
        response: { 200: invitationIssuedSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.resendInvitation(db, actorOf(req), req.params.id, links),
  );

  r.delete(
    '/api/v1/invitations/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a pending invitation (admin): the link stops working and the invited user is removed',
        params: idParams,
        response: { 200: okSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.revokeInvitation(db, actorOf(req), req.params.id),
  );
  passwordResetRoute(app, db, links);
}

function passwordResetRoute(app: FastifyInstance, db: Database, links: LinkContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/users/:id/password-reset',
    {
      schema: {
        tags,
        summary: 'Send a user a one-time link (valid 1 hour) to choose a new password (admin); the password stays until it is used',
        description: shownOnce,
        params: idParams,
        response: { 200: issuedLinkSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.adminPasswordReset(db, actorOf(req), req.params.id, links),
  );
}
