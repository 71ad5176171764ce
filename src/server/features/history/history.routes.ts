import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { auditEntrySchema, historyQuerySchema } from '../../../shared/history';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { listCustomerHistory } from './history.service';

export function historyRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/customers/:id/history',
    {
      schema: {
        tags: ['customers'],
        summary: 'What changed on a customer, its contacts and its activities: who, when, what, newest first',
        params: idParams,
        querystring: historyQuerySchema,
        response: { 200: listOf(auditEntrySchema), ...errors(400, 404) },
      },
    },
    (req) => listCustomerHistory(db, actorOf(req), req.params.id, req.query),
  );
}
