import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { customerProductAddSchema, taskCreateSchema, tasksAnswerSchema, workAreaCustomerSchema } from '../../../shared/tasks';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { settingsListRoutes } from '../settings/settings-lists.routes';
import { taskListDefinitions } from './task-lists';
import * as service from './tasks.service';
import { listWorkAreaCustomers, workAreaCustomersQuerySchema } from './work-areas.service';

/** Customer tasks: the work-area and template lists, tasks from templates, products' bundles, the work-area tab. */
export function taskRoutes(app: FastifyInstance, db: Database) {
  settingsListRoutes(app, db, taskListDefinitions);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  r.post(
    '/api/v1/tasks',
    {
      schema: {
        tags,
        summary: 'Create a task from a template on a customer',
        body: taskCreateSchema,
        response: { 201: activitySchema, ...errors(400, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createTask(db, actorOf(req), req.body)),
  );
  r.post(
    '/api/v1/customers/:id/products',
    {
      schema: {
        tags,
        summary: "Add a product to a customer: creates its active templates' tasks at once",
        params: idParams,
        body: customerProductAddSchema,
        response: { 201: tasksAnswerSchema, ...errors(400, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.addCustomerProduct(db, actorOf(req), req.params.id, req.body)),
  );
  r.get(
    '/api/v1/work-areas/:id/customers',
    {
      schema: {
        tags,
        summary: "A work area's enrolled customers with their next open and last completed task, overdue first",
        params: idParams,
        querystring: workAreaCustomersQuerySchema,
        response: { 200: listOf(workAreaCustomerSchema), ...errors(400, 404) },
      },
    },
    (req) => listWorkAreaCustomers(db, actorOf(req), req.params.id, req.query),
  );
}
