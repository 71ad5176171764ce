import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { commentCreateSchema, commentSchema, keywordCustomerSchema, keywordPeriodQuerySchema } from '../../../shared/comments';
import { listOf } from '../../../shared/common';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { settingsListRoutes } from '../settings/settings-lists.routes';
import * as service from './comments.service';
import { statusKeywordList } from './status-keywords';

/** Comments on activities, the status-keyword list, and who got a keyword in a period. */
export function commentRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['comments'];
  settingsListRoutes(app, db, [statusKeywordList]);
  r.get(
    '/api/v1/activities/:id/comments',
    { schema: { tags, summary: "An activity's comments, oldest first", params: idParams, response: { 200: listOf(commentSchema), ...errors(400, 404) } } },
    (req) => service.listComments(db, actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/activities/:id/comments',
    {
      schema: {
        tags,
        summary: "Comment on an activity, with status keywords and optionally the customer's new status (recorded with the comment)",
        params: idParams,
        body: commentCreateSchema,
        response: { 201: commentSchema, ...errors(400, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.addComment(db, actorOf(req), req.params.id, req.body)),
  );
  r.get(
    '/api/v1/status-keywords/:id/customers',
    {
      schema: {
        tags,
        summary: 'The customers whose activities got a comment with this keyword between two days (in your time zone, both included), by name',
        params: idParams,
        querystring: keywordPeriodQuerySchema,
        response: { 200: listOf(keywordCustomerSchema), ...errors(400, 404) },
      },
    },
    (req) => service.customersWithKeyword(db, actorOf(req), req.params.id, req.query),
  );
}
