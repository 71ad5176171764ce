import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import {
  partnerInvitedSchema,
  partnerInviteSchema,
  partnerSchema,
  partnerUpdateSchema,
  projectPartnersPutSchema,
  projectPartnersSchema,
} from '../../../shared/partners';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import type { LinkContext } from '../auth/account-links.service';
import * as service from './partners.service';

const tags = ['partners'];

/** Staff manage outside partners (issue 17): invite one to a customer, give a seat, share projects with them. */
export function partnerRoutes(app: FastifyInstance, db: Database, links: LinkContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/partners',
    {
      schema: {
        tags,
        summary: 'Invite a person of a customer as an outside partner (admin or manager): a one-time link, valid 7 days',
        description:
          'The partner cannot sign in until they open the link and choose a password (`POST /api/v1/invitations/accept`). With SMTP the link is mailed and `inviteUrl` is null; without, `inviteUrl` is the link, shown this once.',
        body: partnerInviteSchema,
        response: { 201: partnerInvitedSchema, ...errors(400, 403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.invitePartner(db, actorOf(req), req.body, links)),
  );
  r.patch(
    '/api/v1/partners/:id',
    {
      schema: {
        tags,
        summary: 'Give a partner a seat (no quota) or take it back, or deactivate them (admin or manager)',
        description: 'Taking the seat back from a partner who sees more than the quota answers 409 `quota_exceeded`.',
        params: idParams,
        body: partnerUpdateSchema,
        response: { 200: partnerSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.updatePartner(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/api/v1/customers/:id/partners',
    {
      schema: {
        tags,
        summary: "A customer's partners, with the projects and tasks shared with each",
        params: idParams,
        response: { 200: listOf(partnerSchema), ...errors(400, 404) },
      },
    },
    (req) => service.listCustomerPartners(db, actorOf(req), req.params.id),
  );
  projectPartnerRoutes(app, db);
}

/** Which partners see a project. */
function projectPartnerRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/projects/:id/partners',
    { schema: { tags, summary: 'The partners who see a project', params: idParams, response: { 200: projectPartnersSchema, ...errors(400, 404) } } },
    (req) => service.getProjectPartners(db, actorOf(req), req.params.id),
  );
  r.put(
    '/api/v1/projects/:id/partners',
    {
      schema: {
        tags,
        summary: 'Choose the partners who see a project (replaces the set; staff who may change its customer)',
        description:
          "Only partners of the project's customer (400 naming `userIds`). A partner sees just this project, not its sub-projects (share each). Past the quota (10 projects, 50 tasks, unless the partner has a seat): 409 `quota_exceeded`, and nothing changes.",
        params: idParams,
        body: projectPartnersPutSchema,
        response: { 200: projectPartnersSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.putProjectPartners(db, actorOf(req), req.params.id, req.body.userIds),
  );
}
