import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { userCreateSchema, userSchema, userUpdateSchema } from '../../../shared/users';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './users.service';

export function userRoutes(app: FastifyInstance, db: Database, kdfCost: number) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get(
    '/api/v1/users',
    {
      schema: { tags, summary: "List the workspace's users", response: { 200: listOf(userSchema), ...errors() } },
    },
    (req) => service.listUsers(db, actorOf(req)),
  );

  r.post(
    '/api/v1/users',
    {
      schema: { tags, summary: 'Add a user (admin)', body: userCreateSchema, response: { 201: userSchema, ...errors(400, 403, 409) } },
    },
    async (req, reply) => reply.status(201).send(await service.createUser(db, actorOf(req), req.body, kdfCost)),
  );

  r.get(
    '/api/v1/users/:id',
    {
      schema: { tags, summary: 'Get a user', params: idParams, response: { 200: userSchema, ...errors(400, 404) } },
    },
    (req) => service.getUser(db, actorOf(req), req.params.id),
  );

  r.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Change or deactivate a user (admin)',
        params: idParams,
        body: userUpdateSchema,
        response: { 200: userSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => service.updateUser(db, actorOf(req), req.params.id, req.body, kdfCost),
  );
}
