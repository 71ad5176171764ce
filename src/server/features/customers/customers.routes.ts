import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import {
  customerCreateSchema,
  customerDuplicatesQuerySchema,
  customerListItemSchema,
  customerListQuerySchema,
  customerSchema,
  customerUpdateSchema,
  duplicateCandidateSchema,
  statusChangeSchema,
} from '../../../shared/customers';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { builtAnswerSerializer } from '../../http/built-answer';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './customers.service';

export function customerRoutes(app: FastifyInstance, db: Database) {
  customerRecordRoutes(app, db);
  customerDuplicateRoutes(app, db);
  customerHistoryRoutes(app, db);
}

/** The customer list, and one customer: create, read, change, trash. */
function customerRecordRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];

  r.get(
    '/api/v1/customers',
    {
      schema: {
        tags,
        summary: 'List customers (or the trash with deleted=true); with q the best matches first, each saying why it matched',
        querystring: customerListQuerySchema,
        response: { 200: listOf(customerListItemSchema), ...errors(400) },
      },
      // Each item built field by field (toCustomer; see builtAnswerSerializer).
      serializerCompiler: builtAnswerSerializer,
    },
    (req) => service.listCustomers(db, actorOf(req), req.query),
  );

  r.post(
    '/api/v1/customers',
    {
      schema: { tags, summary: 'Create a customer', body: customerCreateSchema, response: { 201: customerSchema, ...errors(400) } },
    },
    async (req, reply) => reply.status(201).send(await service.createCustomer(db, actorOf(req), req.body)),
  );

  r.get(
    '/api/v1/customers/:id',
    {
      schema: { tags, summary: 'Get a customer', params: idParams, response: { 200: customerSchema, ...errors(400, 404) } },
    },
    (req) => service.getCustomer(db, actorOf(req), req.params.id),
  );

  r.patch(
    '/api/v1/customers/:id',
    {
      schema: { tags, summary: 'Change a customer', params: idParams, body: customerUpdateSchema, response: { 200: customerSchema, ...errors(400, 404, 409) } },
    },
    (req) => service.updateCustomer(db, actorOf(req), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/customers/:id',
    {
      schema: {
        tags,
        summary: 'Move a customer to the trash (its responsible, their manager or an admin)',
        params: idParams,
        response: { 200: customerSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.trashCustomer(db, actorOf(req), req.params.id),
  );
}

/** Restoring from the trash, the status history, and permanent deletion. */
function customerHistoryRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];

  r.post(
    '/api/v1/customers/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a customer from the trash, with its contacts and activities',
        params: idParams,
        response: { 200: customerSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.restoreCustomer(db, actorOf(req), req.params.id),
  );

  r.get(
    '/api/v1/customers/:id/status-history',
    {
      schema: {
        tags,
        summary: "The customer's status changes: who, when, why (newest first)",
        params: idParams,
        response: { 200: listOf(statusChangeSchema), ...errors(400, 404) },
      },
    },
    (req) => service.listStatusHistory(db, actorOf(req), req.params.id),
  );

  r.delete(
    '/api/v1/customers/:id/permanent',
    {
      schema: {
        tags,
        summary: 'Delete a customer in the trash for good, with its contacts and activities (admin)',
        params: idParams,
        response: { 200: customerSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.purgeCustomer(db, actorOf(req), req.params.id),
  );
}

/** The duplicate warning shown before a customer is created. */
function customerDuplicateRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];

  r.get(
    '/api/v1/customers/duplicates',
    {
      schema: {
        tags,
        summary: 'Live customers the one being entered may duplicate: a name alike (legal forms ignored), the same email or phone',
        querystring: customerDuplicatesQuerySchema,
        response: { 200: listOf(duplicateCandidateSchema), ...errors(400) },
      },
    },
    (req) => service.findDuplicates(db, actorOf(req), req.query),
  );
}
