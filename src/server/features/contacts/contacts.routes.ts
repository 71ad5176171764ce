import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { contactCreateSchema, contactListQuerySchema, contactSchema, contactUpdateSchema } from '../../../shared/contacts';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './contacts.service';

export function contactRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];

  r.get(
    '/api/v1/contacts',
    {
      schema: { tags, summary: 'List contacts', querystring: contactListQuerySchema, response: { 200: listOf(contactSchema), ...errors(400) } },
    },
    (req) => service.listContacts(db, actorOf(req), req.query),
  );

  r.post(
    '/api/v1/contacts',
    {
      schema: { tags, summary: 'Create a contact for a customer', body: contactCreateSchema, response: { 201: contactSchema, ...errors(400) } },
    },
    async (req, reply) => reply.status(201).send(await service.createContact(db, actorOf(req), req.body)),
  );

  r.get(
    '/api/v1/contacts/:id',
    {
      schema: { tags, summary: 'Get a contact', params: idParams, response: { 200: contactSchema, ...errors(400, 404) } },
    },
    (req) => service.getContact(db, actorOf(req), req.params.id),
  );

  r.patch(
    '/api/v1/contacts/:id',
    {
      schema: { tags, summary: 'Change a contact', params: idParams, body: contactUpdateSchema, response: { 200: contactSchema, ...errors(400, 404) } },
    },
    (req) => service.updateContact(db, actorOf(req), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/contacts/:id',
    {
      schema: {
        tags,
        summary: "Delete a contact (its customer's responsible, their manager or an admin)",
        params: idParams,
        response: { 200: contactSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.deleteContact(db, actorOf(req), req.params.id),
  );
}
