import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { workspaceSchema, workspaceUpdateSchema } from '../../../shared/workspace';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import * as service from './workspace-settings.service';

export function workspaceRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workspace'];

  r.get(
    '/api/v1/workspace',
    { schema: { tags, summary: "The caller's workspace: its name and defaults", response: { 200: workspaceSchema, ...errors() } } },
    (req) => service.getWorkspace(db, actorOf(req)),
  );

  r.patch(
    '/api/v1/workspace',
    {
      schema: {
        tags,
        summary: "Change the workspace's name, default language, time zone, week start or currency (admin)",
        description:
          "The default language and time zone are given to users added later without their own; users who chose no week start follow the workspace's (`weekStart`: ISO weekday, 1 = Monday … 7 = Sunday). `currency` is an ISO 4217 code.",
        body: workspaceUpdateSchema,
        response: { 200: workspaceSchema, ...errors(400, 403) },
      },
    },
    (req) => service.updateWorkspace(db, actorOf(req), req.body),
  );
}
