import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORT_MAX_BYTES, importEntitySchema, importRunSchema, importSchema } from '../../../shared/imports';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { AppError, invalid } from '../../http/errors';
import { errors, idParams } from '../../http/route-helpers';
import { contentDisposition } from '../documents/documents.domain';
import { importStarter } from './imports.jobs';
import * as service from './imports.service';

const MB = IMPORT_MAX_BYTES / (1024 * 1024);

/** The upload's file and its `entity` field, the file read whole; the parser's refusals as answers naming the field. */
async function readUpload(req: FastifyRequest) {
  let file: { name: string; content: Buffer } | null = null;
  let entity: unknown;
  try {
    for await (const part of req.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename || 'import.csv', content };
      } else if (part.fieldname === 'entity') entity = part.value;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', `The file is larger than ${MB} MB`, { file: `At most ${MB} MB` }, undefined, undefined, undefined, {
        file: { code: 'max_value', params: { max: IMPORT_MAX_BYTES } },
      });
    if (code === 'FST_FILES_LIMIT') throw invalid({ file: 'One file at a time' }, { code: 'too_many', params: { max: 1 } });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw invalid({ file: 'Send the file as multipart/form-data in the field "file"' }, 'required');
    if (error instanceof AppError) throw error;
    // Anything else the multipart parser (busboy) throws is a broken body: cut short, no boundary, bad part headers.
    throw invalid({ file: 'The upload is not well-formed multipart/form-data' });
  }
  const parsed = importEntitySchema.safeParse(entity);
  if (!parsed.success) throw invalid({ entity: 'One of customers, contacts, activities' }, entity === undefined ? 'required' : 'one_of');
  if (!file || file.content.length === 0) throw invalid({ file: 'Required' }, 'required');
  return { entity: parsed.data, fileName: file.name.slice(0, 200), content: file.content };
}

/** Import of customers, contacts and activities from CSV or XLSX (issue 19): upload, run with a mapping, follow, download the failed rows. */
export function importRoutes(app: FastifyInstance, db: Database) {
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['imports'];
    r.post(
      '/api/v1/imports',
      {
        config: { uploads: true },
        schema: {
          tags,
          summary:
            'Upload a CSV (any of , ; tab | as delimiter; UTF-8, Windows-1252 or ISO-8859-2) or XLSX file (multipart/form-data: `file`, and `entity`: customers | contacts | activities). Answers the columns, the first rows and a proposed mapping; nothing is imported until …/run.',
          consumes: ['multipart/form-data'],
          response: { 201: importSchema, ...errors(400, 403, 413) },
        },
      },
      async (req, reply) => reply.status(201).send(await service.uploadImport(db, actorOf(req), await readUpload(req))),
    );
  });
  importRunRoutes(app, db);
}

/** Run, follow, and download the failed rows of an upload. */
function importRunRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  const start = importStarter(app.jobs, db, app.log);
  r.post(
    '/api/v1/imports/:id/run',
    {
      schema: {
        tags,
        summary:
          "Run the import in the background with this mapping (column → field, null to leave out) and match ('email': a row with an email updates the record with that email, one without by name; 'name'). Follow it with GET /imports/{id}.",
        params: idParams,
        body: importRunSchema,
        response: { 202: importSchema, ...errors(400, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.status(202).send(await service.runImportRequest(db, actorOf(req), req.params.id, req.body, start)),
  );
  r.get(
    '/api/v1/imports/:id',
    {
      schema: {
        tags,
        summary: "An import's progress and result: status, total, done, created, updated, failed rows",
        params: idParams,
        response: { 200: importSchema, ...errors(400, 404) },
      },
    },
    (req) => service.getImport(db, actorOf(req), req.params.id),
  );
  r.get(
    '/api/v1/imports/:id/failed.csv',
    {
      schema: {
        tags,
        summary: 'The rows that failed as CSV (UTF-8 with BOM): the file’s columns and an Error column saying why. Fix them and import the file again.',
        params: idParams,
        response: { 200: z.string().describe('CSV'), ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const { fileName, csv } = await service.failedCsv(db, actorOf(req), req.params.id);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', contentDisposition(fileName, false)).send(csv);
    },
  );
}
