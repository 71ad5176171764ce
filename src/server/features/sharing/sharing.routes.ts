import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bulkShareResultSchema, bulkShareSchema, customerAccessSchema, sharesPutSchema, sharesSchema } from '../../../shared/sharing';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './sharing.service';

/** Sharing customers with users and groups, and who can see a customer. */
export function sharingRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];

  r.get(
    '/api/v1/customers/:id/shares',
    {
      schema: {
        tags,
        summary: 'Who the customer is shared with, for reading or editing',
        params: idParams,
        response: { 200: sharesSchema, ...errors(400, 404) },
      },
    },
    (req) => service.getShares(db, actorOf(req), req.params.id),
  );

  r.put(
    '/api/v1/customers/:id/shares',
    {
      schema: {
        tags,
        summary: "Replace the customer's shares (its responsible, managers and admins)",
        params: idParams,
        body: sharesPutSchema,
        response: { 200: sharesSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.putShares(db, actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/customers/shares',
    {
      schema: {
        tags,
        summary: 'Share up to 1,000 customers with users and groups at once (adds to their shares)',
        body: bulkShareSchema,
        response: { 200: bulkShareResultSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.shareMany(db, actorOf(req), req.body),
  );

  r.get(
    '/api/v1/customers/:id/access',
    { schema: { tags, summary: 'Everyone who can see the customer, and why', params: idParams, response: { 200: customerAccessSchema, ...errors(400, 404) } } },
    (req) => service.customerAccess(db, actorOf(req), req.params.id),
  );
}
