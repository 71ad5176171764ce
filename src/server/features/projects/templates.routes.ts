import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { customerDocumentSchema, customerExportQuerySchema, customerImportSchema } from '../../../shared/customer-templates';
import { customerSchema } from '../../../shared/customers';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './templates.service';

/** Template customers (issue 17): a customer exported as a JSON document, and a new customer imported from one. */
export function templateRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];
  r.get(
    '/api/v1/customers/:id/export',
    {
      schema: {
        tags,
        summary:
          'The customer as a JSON document {format: "tend.customer", version: 1, …}: its details, contacts (unless contacts=false), project tree and open tasks with their dates as days after the export day (recurrence kept)',
        params: idParams,
        querystring: customerExportQuerySchema,
        response: { 200: customerDocumentSchema, ...errors(400, 404) },
      },
    },
    (req) => service.exportCustomer(db, actorOf(req), req.params.id, req.query),
  );
  r.post(
    '/api/v1/customers/import',
    {
      schema: {
        tags,
        summary:
          'A new customer from an exported document, under a new name, with its contacts, projects and tasks dated from today, shared with the chosen users and groups, in one transaction. Another format or version answers 400 naming `document`.',
        body: customerImportSchema,
        response: { 201: customerSchema, ...errors(400, 403) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.importCustomer(db, actorOf(req), req.body)),
  );
}
