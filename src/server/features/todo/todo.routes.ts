import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { todoItemSchema, todoQuerySchema } from '../../../shared/todo';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import { listTodo } from './todo.service';

export function todoRoutes(app: FastifyInstance, db: Database) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/todo',
    {
      schema: {
        tags: ['to-do'],
        summary: 'Open activities that need action, oldest due first, with overdue/today/future in your time zone',
        querystring: todoQuerySchema,
        response: { 200: listOf(todoItemSchema), ...errors(400) },
      },
    },
    (req) => listTodo(db, actorOf(req), req.query),
  );
}
