import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { okSchema, pageQuerySchema } from '../../../shared/common';
import { failedJobsSchema, notificationListSchema, readAllResultSchema } from '../../../shared/notifications';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './notifications.service';

/** The bell: the caller's own notifications; and, for admins, the job queue's failures. */
export function notificationRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first (a page: limit 1–500, default 50; cursor), and the unread count',
        querystring: pageQuerySchema,
        response: { 200: notificationListSchema, ...errors(400) },
      },
    },
    (req) => service.listNotifications(db, actorOf(req), req.query),
  );
  r.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags, summary: 'Mark one notification read', params: idParams, response: { 200: okSchema, ...errors(400, 404) } } },
    (req) => service.readNotification(db, actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 200: readAllResultSchema, ...errors() } } },
    (req) => service.readAllNotifications(db, actorOf(req)),
  );
  r.get(
    '/api/v1/jobs/failed',
    {
      schema: { tags, summary: 'Background jobs failed for good in the last 7 days, per queue (admins)', response: { 200: failedJobsSchema, ...errors(403) } },
    },
    (req) => service.listFailedJobs(db, actorOf(req)),
  );
}
