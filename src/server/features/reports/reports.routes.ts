import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf } from '../../../shared/common';
import {
  exportQuerySchema,
  reportDefinitionSchema,
  reportIdParams,
  reportResultSchema,
  savedReportCreateSchema,
  savedReportPatchSchema,
  savedReportSchema,
} from '../../../shared/reports';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import { contentDisposition } from '../documents/documents.domain';
import { exportFileName, reportCsv, reportXlsx } from './report-export';
import * as service from './reports.service';

const tags = ['reports'];

export function reportRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/reports/run',
    {
      schema: {
        tags,
        summary:
          'Run a report: activities or sales projects the caller may see, grouped by up to two keys (days, weeks and months in your time zone and week start), with the chosen measures and totals',
        body: reportDefinitionSchema,
        response: { 200: reportResultSchema, ...errors(400) },
      },
    },
    (req) => service.runReport(db, actorOf(req), req.body),
  );
  r.get(
    '/api/v1/reports',
    {
      schema: {
        tags,
        summary: 'The ready-made reports, your own saved ones and those shared with the workspace',
        response: { 200: listOf(savedReportSchema) },
      },
    },
    (req) => service.listReports(db, actorOf(req)),
  );
  r.post(
    '/api/v1/reports',
    {
      schema: {
        tags,
        summary: 'Save a report (shared: true shows it to the workspace)',
        body: savedReportCreateSchema,
        response: { 201: savedReportSchema, ...errors(400) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createReport(db, actorOf(req), req.body)),
  );
  savedReportRoutes(app, db);
}

function savedReportRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/reports/:id',
    { schema: { tags, summary: 'A saved or ready-made report', params: reportIdParams, response: { 200: savedReportSchema, ...errors(400, 404) } } },
    (req) => service.getReport(db, actorOf(req), req.params.id),
  );
  r.patch(
    '/api/v1/reports/:id',
    {
      schema: {
        tags,
        summary: 'Change a saved report (its owner only)',
        params: reportIdParams,
        body: savedReportPatchSchema,
        response: { 200: savedReportSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.updateReport(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/reports/:id',
    { schema: { tags, summary: 'Delete a saved report (its owner only)', params: reportIdParams, response: { 204: z.null(), ...errors(400, 403, 404) } } },
    async (req, reply) => {
      await service.deleteReport(db, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/v1/reports/:id/export',
    {
      schema: {
        tags,
        summary:
          "Run a saved report and download it as CSV (UTF-8 with BOM; ';' between fields in languages with a decimal comma) or XLSX, named after the report",
        params: reportIdParams,
        querystring: exportQuerySchema,
        response: { 200: z.unknown().describe('The file'), ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const report = await service.getReport(db, actor, req.params.id);
      const result = await service.runReport(db, actor, report.definition);
      const { format } = req.query;
      const body = format === 'csv' ? reportCsv(result, actor.locale) : await reportXlsx(result, actor.locale, report.name);
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply
        .header('content-type', type)
        .header('content-disposition', contentDisposition(exportFileName(report.name, format), false))
        .send(body);
    },
  );
}
