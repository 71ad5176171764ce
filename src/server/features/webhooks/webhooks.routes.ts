import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf, okSchema } from '../../../shared/common';
import {
  deliveryListQuerySchema,
  deliverySchema,
  webhookCreateSchema,
  webhookCreatedSchema,
  webhookSchema,
  webhookUpdateSchema,
} from '../../../shared/webhooks';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './webhooks.service';

/** Webhooks (issue 19, admins only): subscriptions, their delivery log, a test event. */
export function webhookRoutes(app: FastifyInstance, db: Database, deps: service.WebhookDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['webhooks'];

  r.get('/api/v1/webhooks', { schema: { tags, summary: 'The webhooks (admin)', response: { 200: listOf(webhookSchema), ...errors(403) } } }, (req) =>
    service.listWebhooks(db, actorOf(req)),
  );
  r.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL to events (admin); the answer holds the signing secret, shown this once',
        body: webhookCreateSchema,
        response: { 201: webhookCreatedSchema, ...errors(400, 403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createWebhook(db, actorOf(req), deps, req.body)),
  );
  r.patch(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change the events or turn a webhook off or on (admin)',
        params: idParams,
        body: webhookUpdateSchema,
        response: { 200: webhookSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.updateWebhook(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/webhooks/:id',
    {
      schema: { tags, summary: 'Delete a webhook and its delivery log (admin)', params: idParams, response: { 200: webhookSchema, ...errors(400, 403, 404) } },
    },
    (req) => service.deleteWebhook(db, actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: "A webhook's deliveries, newest first (admin)",
        params: idParams,
        querystring: deliveryListQuerySchema,
        response: { 200: listOf(deliverySchema), ...errors(400, 403, 404) },
      },
    },
    (req) => service.listDeliveries(db, actorOf(req), req.params.id, req.query),
  );
  r.post(
    '/api/v1/webhooks/:id/test',
    { schema: { tags, summary: 'Send a webhook.test event to this webhook (admin)', params: idParams, response: { 202: okSchema, ...errors(400, 403, 404) } } },
    async (req, reply) => reply.status(202).send(await service.sendTestEvent(db, actorOf(req), req.params.id)),
  );
}
