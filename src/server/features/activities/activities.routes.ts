import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  activityBulkResultSchema,
  activityBulkSchema,
  activityCompleteSchema,
  activityCreateSchema,
  activityListQuerySchema,
  activitySchema,
  activityStatusSchema,
  activityTypeSchema,
  activityUpdateSchema,
  activityWithNextSchema,
  timelineQuerySchema,
} from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { builtAnswerSerializer } from '../../http/built-answer';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './activities.service';
import { bulkChange } from './bulk.service';

export function activityRoutes(app: FastifyInstance, db: Database) {
  listRoutes(app, db);
  recordRoutes(app, db);
  stateRoutes(app, db);
  bulkRoutes(app, db);
  activitiesOfRoutes(app, db);
}

/** One change to several activities at once, all or nothing. */
function bulkRoutes(app: FastifyInstance, db: Database) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/activities/bulk',
    {
      schema: {
        tags: ['activities'],
        summary:
          'Complete, reschedule or reassign up to 200 activities in one transaction, all or nothing (404 naming ids not found, 409 naming ids already done)',
        body: activityBulkSchema,
        response: { 200: activityBulkResultSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => bulkChange(db, actorOf(req), req.body),
  );
}

/** Activity types and statuses, the activity list, and creating an activity. */
function listRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];

  r.get(
    '/api/v1/activity-types',
    {
      schema: { tags: ['settings'], summary: 'Activity types (call, meeting, quote, …)', response: { 200: listOf(activityTypeSchema), ...errors() } },
    },
    (req) => service.listTypes(db, actorOf(req)),
  );

  r.get(
    '/api/v1/activity-statuses',
    {
      schema: {
        tags: ['settings'],
        summary: 'Activity statuses (scheduled, postponed, done, succeeded, cancelled, …)',
        response: { 200: listOf(activityStatusSchema), ...errors() },
      },
    },
    (req) => service.listStatuses(db, actorOf(req)),
  );

  r.get(
    '/api/v1/activities',
    {
      schema: {
        tags,
        summary: 'Search activities, newest first',
        querystring: activityListQuerySchema,
        response: { 200: listOf(activitySchema), ...errors(400) },
      },
      // Search and timelines: each item built field by field (toActivity; see builtAnswerSerializer).
      serializerCompiler: builtAnswerSerializer,
    },
    (req) => service.listActivities(db, actorOf(req), req.query),
  );

  r.post(
    '/api/v1/activities',
    {
      schema: { tags, summary: 'Register an activity', body: activityCreateSchema, response: { 201: activitySchema, ...errors(400) } },
    },
    async (req, reply) => reply.status(201).send(await service.createActivity(db, actorOf(req), req.body)),
  );
}

/** One activity: read, change, delete. */
function recordRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];

  r.get(
    '/api/v1/activities/:id',
    {
      schema: { tags, summary: 'Get an activity', params: idParams, response: { 200: activitySchema, ...errors(400, 404) } },
    },
    (req) => service.getActivity(db, actorOf(req), req.params.id),
  );

  r.patch(
    '/api/v1/activities/:id',
    {
      schema: {
        tags,
        summary: 'Change an activity; with followUp, also create its next activity (409 if it already has one)',
        params: idParams,
        body: activityUpdateSchema,
        response: { 200: activitySchema, ...errors(400, 404, 409) },
      },
    },
    (req) => service.updateActivity(db, actorOf(req), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/activities/:id',
    {
      schema: {
        tags,
        summary: "Delete an activity (its follow-up is linked to its previous one); its or its customer's responsible, their manager or an admin",
        params: idParams,
        response: { 200: activitySchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.deleteActivity(db, actorOf(req), req.params.id),
  );
}

/** Completing (with its follow-up) and reopening an activity, and the chain it belongs to. */
function stateRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];

  r.post(
    '/api/v1/activities/:id/complete',
    {
      schema: {
        tags,
        summary: 'Mark done and, with followUp, create the next activity of the chain, in one transaction',
        params: idParams,
        body: activityCompleteSchema,
        response: { 200: activityWithNextSchema, ...errors(400, 404, 409) },
      },
    },
    (req) => service.completeActivity(db, actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/activities/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Undo done (its follow-up is kept, not duplicated)',
        params: idParams,
        response: { 200: activitySchema, ...errors(400, 404, 409) },
      },
    },
    (req) => service.reopenActivity(db, actorOf(req), req.params.id),
  );

  r.get(
    '/api/v1/activities/:id/chain',
    {
      schema: {
        tags,
        summary: 'The follow-up chain the activity belongs to, first to last',
        params: idParams,
        response: { 200: listOf(activitySchema), ...errors(400, 404) },
      },
    },
    (req) => service.getChain(db, actorOf(req), req.params.id),
  );
}

/** The activities of one customer or one contact. */
function activitiesOfRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];

  r.get(
    '/api/v1/customers/:id/activities',
    {
      schema: {
        tags,
        summary: "A customer's activities (also as additional customer), open and done, newest first",
        params: idParams,
        querystring: timelineQuerySchema,
        response: { 200: listOf(activitySchema), ...errors(400, 404) },
      },
    },
    (req) => service.listCustomerActivities(db, actorOf(req), req.params.id, req.query),
  );

  r.get(
    '/api/v1/contacts/:id/activities',
    {
      schema: {
        tags,
        summary: "A contact's activities, open and done, newest first",
        params: idParams,
        querystring: timelineQuerySchema,
        response: { 200: listOf(activitySchema), ...errors(400, 404) },
      },
    },
    (req) => service.listContactActivities(db, actorOf(req), req.params.id, req.query),
  );
}
