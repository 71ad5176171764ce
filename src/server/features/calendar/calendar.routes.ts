import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarAnswerSchema, calendarQuerySchema, calendarUsersAnswerSchema } from '../../../shared/calendar';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { builtAnswerSerializer } from '../../http/built-answer';
import { errors } from '../../http/route-helpers';
import { listCalendar, listCalendarUsers } from './calendar.service';

export function calendarRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "Activities of one or several users' calendars in a window of at most 42 days apart (userIds default to you), each with the users it sits with; another user's private activity as busy time only",
        querystring: calendarQuerySchema,
        response: { 200: calendarAnswerSchema, ...errors(400, 403, 404) },
      },
      // A week of ten calendars answers hundreds of entries, each built field by field (see builtAnswerSerializer).
      serializerCompiler: builtAnswerSerializer,
    },
    (req) => listCalendar(db, actorOf(req), req.query),
  );

  r.get(
    '/api/v1/calendar/users',
    {
      schema: {
        tags: ['calendar'],
        summary: "The users whose calendars you may see (the workspace's calendar visibility; managers and admins see all), with colour and access",
        response: { 200: calendarUsersAnswerSchema, ...errors() },
      },
    },
    (req) => listCalendarUsers(db, actorOf(req)),
  );
}
