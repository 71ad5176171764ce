import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityExportQuerySchema, contactExportQuerySchema, customerExportQuerySchema } from '../../../shared/exports';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import { contentDisposition } from '../documents/documents.domain';
import { CONTENT_TYPES, exportStream } from './export-writers';
import { type ExportRequest, prepareExport } from './export.service';

const FILE = z.unknown().describe('The file, streamed');
const ABOUT =
  "CSV (UTF-8 with BOM; ';' between fields in languages with a decimal comma) or XLSX, headings in your language, dates in your time zone, only what you may see; streamed";

export function exportRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['export'];
  const send = async (req: Parameters<typeof actorOf>[0], reply: FastifyReply, request: ExportRequest) => {
    const table = await prepareExport(db, actorOf(req), request);
    return reply
      .header('content-type', CONTENT_TYPES[table.format])
      .header('content-disposition', contentDisposition(table.fileName, false))
      .header('cache-control', 'no-store')
      .send(exportStream(table, table.format));
  };

  r.get(
    '/api/v1/customers/export',
    {
      schema: {
        tags,
        summary: `The customer list with its filters and order as a file: ${ABOUT}`,
        querystring: customerExportQuerySchema,
        response: { 200: FILE, ...errors(400) },
      },
    },
    (req, reply) => send(req, reply, { entity: 'customers', query: req.query }),
  );
  r.get(
    '/api/v1/contacts/export',
    {
      schema: {
        tags,
        summary: `Contacts (of one customer with customerId) as a file: ${ABOUT}`,
        querystring: contactExportQuerySchema,
        response: { 200: FILE, ...errors(400) },
      },
    },
    (req, reply) => send(req, reply, { entity: 'contacts', query: req.query }),
  );
  r.get(
    '/api/v1/activities/export',
    {
      schema: {
        tags,
        summary: `Activities as a file: the activity search's filters (view=search, the default; a customer's with customerId) or the to-do's (view=todo): ${ABOUT}`,
        querystring: activityExportQuerySchema,
        response: { 200: FILE, ...errors(400, 404) },
      },
    },
    (req, reply) => send(req, reply, { entity: 'activities', query: req.query }),
  );
}
