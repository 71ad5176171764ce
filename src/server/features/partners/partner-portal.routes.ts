import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityWithNextSchema } from '../../../shared/activities';
import { commentSchema } from '../../../shared/comments';
import { listOf } from '../../../shared/common';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_FILES, documentListSchema, documentSchema } from '../../../shared/documents';
import { partnerCommentSchema, partnerCompleteSchema, partnerProjectDetailSchema, partnerProjectSchema } from '../../../shared/partners';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { contentDisposition } from '../documents/documents.domain';
import { readFiles } from '../documents/documents.routes';
import * as service from './partner-portal.service';

const tags = ['partner portal'];
/** The routes an outside partner may call (the route guard lets a partner reach only these, their account and sign-out). */
const partner = { partner: true };

/** What a signed-in partner sees and does: the projects shared with them, their tasks, comments and documents. */
export function partnerPortalRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/partner/projects',
    {
      config: partner,
      schema: { tags, summary: 'The projects shared with the signed-in partner', response: { 200: listOf(partnerProjectSchema), ...errors(404) } },
    },
    (req) => service.listMyProjects(db, actorOf(req)),
  );
  r.get(
    '/api/v1/partner/projects/:id',
    {
      config: partner,
      schema: {
        tags,
        summary: 'A shared project with its tasks, their comments and documents (private activities are left out)',
        params: idParams,
        response: { 200: partnerProjectDetailSchema, ...errors(400, 404) },
      },
    },
    (req) => service.getMyProject(db, actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/partner/activities/:id/comments',
    {
      config: partner,
      schema: {
        tags,
        summary: 'Comment on a task of a shared project',
        params: idParams,
        body: partnerCommentSchema,
        response: { 201: commentSchema, ...errors(400, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.commentAsPartner(db, actorOf(req), req.params.id, req.body.text)),
  );
  r.post(
    '/api/v1/partner/activities/:id/complete',
    {
      config: partner,
      schema: {
        tags,
        summary: 'Complete a task of a shared project',
        params: idParams,
        body: partnerCompleteSchema,
        response: { 200: activityWithNextSchema, ...errors(400, 404, 409) },
      },
    },
    (req) => service.completeAsPartner(db, actorOf(req), req.params.id),
  );
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: DOCUMENT_MAX_BYTES, files: DOCUMENT_MAX_FILES } });
    partnerDocumentRoutes(scope, db);
  });
}

function partnerDocumentRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/partner/activities/:id/documents',
    {
      config: { ...partner, uploads: true },
      schema: {
        tags,
        summary: 'Upload files to a task of a shared project (multipart, parts named `file`, at most 25 MB each)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: documentSchema.or(documentListSchema), ...errors(400, 404, 413) },
      },
    },
    async (req, reply) => {
      const stored = await service.uploadAsPartner(db, actorOf(req), req.params.id, () => readFiles(req));
      return reply.status(201).send(stored.length === 1 ? stored[0] : { items: stored });
    },
  );
  r.get(
    '/api/v1/partner/documents/:id/content',
    {
      config: partner,
      schema: { tags, summary: 'Download a document of a shared task', params: idParams, response: { 200: z.unknown(), ...errors(400, 404) } },
    },
    async (req, reply) => {
      const { document, content } = await service.documentAsPartner(db, actorOf(req), req.params.id);
      return reply
        .header('content-type', document.contentType)
        .header('content-disposition', contentDisposition(document.name, false))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );
}
