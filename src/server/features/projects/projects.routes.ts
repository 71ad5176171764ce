import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf } from '../../../shared/common';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectSchema,
  projectTreeQuerySchema,
  projectTreeSchema,
  projectUpdateSchema,
} from '../../../shared/projects';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './projects.service';

/** Customer projects (issue 17): nested under a customer, seen by whoever sees the customer. */
export function projectRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  r.get(
    '/api/v1/projects',
    {
      schema: {
        tags,
        summary: 'Projects of the customers you may see, by name (filter by customer, archived, name)',
        querystring: projectListQuerySchema,
        response: { 200: listOf(projectSchema), ...errors(400) },
      },
    },
    (req) => service.listProjects(db, actorOf(req), req.query),
  );
  r.post(
    '/api/v1/projects',
    {
      schema: {
        tags,
        summary: 'Add a project to a customer, at the top or under one of its projects (`parentId`)',
        body: projectCreateSchema,
        response: { 201: projectSchema, ...errors(400, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createProject(db, actorOf(req), req.body)),
  );
  r.get('/api/v1/projects/:id', { schema: { tags, summary: 'One project', params: idParams, response: { 200: projectSchema, ...errors(400, 404) } } }, (req) =>
    service.getProject(db, actorOf(req), req.params.id),
  );
  projectChangeRoutes(app, db);
}

/** Changing and deleting a project. */
function projectChangeRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  r.patch(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: "Rename, move within its customer's tree (`parentId`; never under itself or its sub-projects), archive or bring back a project",
        params: idParams,
        body: projectUpdateSchema,
        response: { 200: projectSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => service.updateProject(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: 'Delete an empty project (one with sub-projects or activities answers 409 in_use: archive it instead)',
        params: idParams,
        response: { 204: z.null(), ...errors(400, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await service.deleteProject(db, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/v1/customers/:id/projects',
    {
      schema: {
        tags,
        summary: "A customer's projects as a tree (`children` nested), each with its open and done activities and comments counted",
        params: idParams,
        querystring: projectTreeQuerySchema,
        response: { 200: projectTreeSchema, ...errors(400, 404) },
      },
    },
    (req) => service.customerTree(db, actorOf(req), req.params.id, req.query),
  );
}
