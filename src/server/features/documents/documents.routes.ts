import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_FILES, documentContentQuerySchema, documentListSchema, documentSchema } from '../../../shared/documents';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { AppError, invalid } from '../../http/errors';
import { errors, idParams } from '../../http/route-helpers';
import { cleanContentType, cleanFileName, contentDisposition, showsInline } from './documents.domain';
import type { NewDocument } from './documents.repository';
import * as service from './documents.service';

// main's cross-site defence (http/security.ts, commit 738470e) declares this too: identical declarations
// merge, so this one can go once that is merged.
const MB = DOCUMENT_MAX_BYTES / (1024 * 1024);

/** Over the size limit: 413 naming the field, as a 400 would. */
const tooLarge = () =>
  new AppError('payload_too_large', `A file is larger than ${MB} MB`, { file: `At most ${MB} MB per file` }, undefined, undefined, undefined, {
    file: { code: 'max_value', params: { max: DOCUMENT_MAX_BYTES } },
  });

/** Every file part of the request, read whole; the parser's refusals as answers naming the field `file`. */
export async function readFiles(req: FastifyRequest): Promise<NewDocument[]> {
  const files: NewDocument[] = [];
  try {
    for await (const part of req.files({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: DOCUMENT_MAX_FILES } })) {
      const content = await part.toBuffer();
      if (part.fieldname !== 'file') continue;
      files.push({ name: cleanFileName(part.filename), contentType: cleanContentType(part.mimetype), content, kind: 'file' });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT')
      throw invalid({ file: `At most ${DOCUMENT_MAX_FILES} files at once` }, { code: 'too_many', params: { max: DOCUMENT_MAX_FILES } });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw invalid({ file: 'Send the files as multipart/form-data in the field "file"' }, 'required');
    if (error instanceof AppError) throw error;
    // Anything else the multipart parser (busboy) throws is a broken body: cut short, no boundary, bad part headers.
    throw invalid({ file: 'The upload is not well-formed multipart/form-data' });
  }
  return files;
}

/** Documents on activities: list, upload (multipart, field `file`, at most 25 MB each), download, delete. */
export function documentRoutes(app: FastifyInstance, db: Database) {
  // Multipart only here: every other route keeps taking JSON alone.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: DOCUMENT_MAX_BYTES, files: DOCUMENT_MAX_FILES } });
    activityDocumentRoutes(scope, db);
    documentByIdRoutes(scope, db);
  });
}

function activityDocumentRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];
  r.get(
    '/api/v1/activities/:id/documents',
    { schema: { tags, summary: "An activity's documents, oldest first", params: idParams, response: { 200: documentListSchema, ...errors(400, 404) } } },
    (req) => service.listDocuments(db, actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/activities/:id/documents',
    {
      config: { uploads: true },
      schema: {
        tags,
        summary:
          'Upload files (multipart/form-data, one or more parts named `file`, at most 25 MB each and 20 at once). One file answers the document; several answer `{items}`. A file over 25 MB answers 413 naming `file`, and nothing is stored.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: documentSchema.or(documentListSchema), ...errors(400, 403, 404, 413) },
      },
    },
    async (req, reply) => {
      const stored = await service.uploadDocuments(db, actorOf(req), req.params.id, () => readFiles(req));
      return reply.status(201).send(stored.length === 1 ? stored[0] : { items: stored });
    },
  );
}

function documentByIdRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];
  r.get(
    '/api/v1/documents/:id/content',
    {
      schema: {
        tags,
        summary:
          "A document's bytes with its content type and name (Content-Disposition, RFC 5987 for non-ASCII names). `inline=1` shows images, PDF and plain text in the browser; anything else (HTML, SVG, …) is always a download.",
        params: idParams,
        querystring: documentContentQuerySchema,
        response: { 200: z.unknown().describe("The file's bytes, as uploaded"), ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const { document, content } = await service.documentContent(db, actorOf(req), req.params.id);
      const inline = showsInline(document.contentType, req.query.inline ?? false);
      // A sandbox for anything opened directly (Chrome's PDF viewer does not run in one: PDFs keep the app's policy).
      if (document.contentType !== 'application/pdf') reply.header('content-security-policy', "default-src 'none'; sandbox");
      return reply
        .header('content-type', document.contentType)
        .header('content-disposition', contentDisposition(document.name, inline))
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );
  r.delete(
    '/api/v1/documents/:id',
    { schema: { tags, summary: 'Remove a document from its activity', params: idParams, response: { 204: z.null(), ...errors(400, 403, 404) } } },
    async (req, reply) => {
      await service.deleteDocument(db, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
