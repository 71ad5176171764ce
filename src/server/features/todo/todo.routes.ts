import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { todoCountsSchema, todoFilterSchema, todoItemSchema, todoQuerySchema } from '../../../shared/todo';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { builtAnswerSerializer } from '../../http/built-answer';
import { errors } from '../../http/route-helpers';
import { countTodo, listTodo } from './todo.service';

export function todoRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/todo',
    {
      schema: {
        tags: ['to-do'],
        summary:
          'Open activities that need action, with overdue/today/future in your time zone; sorted by due date (default), customer, type or last change; done ones (includeDone) after them',
        querystring: todoQuerySchema,
        response: { 200: listOf(todoItemSchema), ...errors(400, 404) },
      },
      // The busiest read: its service builds each item field by field (see builtAnswerSerializer).
      serializerCompiler: builtAnswerSerializer,
    },
    (req) => listTodo(db, actorOf(req), req.query),
  );

  r.get(
    '/api/v1/todo/counts',
    {
      schema: {
        tags: ['to-do'],
        summary: 'How many activities of the whole to-do (every page, the same filters) are overdue, today, future and done, in your time zone',
        querystring: todoFilterSchema,
        response: { 200: todoCountsSchema, ...errors(400, 404) },
      },
    },
    (req) => countTodo(db, actorOf(req), req.query),
  );
}
