import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf } from '../../../shared/common';
import { auditLogQuerySchema } from '../../../shared/history';
import { auditEntrySchema, moveCustomersResultSchema, moveCustomersSchema } from '../../../shared/settings';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { listAuditLog } from './audit-log.service';
import { industryUsage, moveCustomers } from './industries.service';
import { listDefinitions } from './settings-lists';
import { settingsListRoutes } from './settings-lists.routes';

export function settingsRoutes(app: FastifyInstance, db: Database) {
  settingsListRoutes(app, db, listDefinitions);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];

  r.get(
    '/api/v1/industries/:id/usage',
    {
      schema: {
        tags,
        summary: 'How many customers an industry has (for the move confirmation)',
        params: idParams,
        response: { 200: z.object({ customers: z.number() }), ...errors(400, 404) },
      },
    },
    (req) => industryUsage(db, actorOf(req), req.params.id),
  );

  r.post(
    '/api/v1/industries/:id/move-customers',
    {
      schema: {
        tags,
        summary: 'Move all customers of this industry to another (admin)',
        params: idParams,
        body: moveCustomersSchema,
        response: { 200: moveCustomersResultSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => moveCustomers(db, actorOf(req), req.params.id, req.body.toIndustryId),
  );

  r.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags,
        summary: 'Every change in the workspace (settings, users, customers, contacts, activities): who, when, what, newest first (admin)',
        querystring: auditLogQuerySchema,
        response: { 200: listOf(auditEntrySchema), ...errors(400, 403) },
      },
    },
    (req) => listAuditLog(db, actorOf(req), req.query),
  );
}
