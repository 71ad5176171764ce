import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarFeedCreatedSchema, calendarFeedStatusSchema, FEED_DAYS_AHEAD, FEED_DAYS_BACK } from '../../../shared/calendar-feed';
import { errorSchema } from '../../../shared/common';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import * as service from './calendar-feed.service';

const tags = ['calendar'];

/** The caller's secret calendar address (create, rotate, revoke) and the public feed behind it. */
export function calendarFeedRoutes(app: FastifyInstance, db: Database, publicUrl: string) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/me/calendar-feed',
    { schema: { tags, summary: 'Whether you have a calendar address now, and since when', response: { 200: calendarFeedStatusSchema, ...errors() } } },
    (req) => service.feedStatus(db, actorOf(req)),
  );

  r.post(
    '/api/v1/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'A new secret iCalendar address of your calendar; the previous address stops answering (404)',
        description: 'The address is shown once: only a hash of its secret is kept. Subscribe to it in Google Calendar, Outlook or Apple Calendar.',
        response: { 200: calendarFeedCreatedSchema, ...errors() },
      },
    },
    (req) => service.createFeed(db, actorOf(req), publicUrl),
  );

  r.delete(
    '/api/v1/me/calendar-feed',
    { schema: { tags, summary: 'Stop your calendar feed: its address answers 404 from now on', response: { 204: z.null(), ...errors() } } },
    async (req, reply) => {
      await service.revokeFeed(db, actorOf(req));
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${service.FEED_PATH}/:file`,
    {
      config: { public: true, secretUrl: true },
      schema: {
        tags,
        summary: 'The calendar feed (text/calendar, no sign-in): the address from POST /api/v1/me/calendar-feed',
        description: `One VEVENT per activity of the owner (responsible or additional user) from ${FEED_DAYS_BACK} days back to ${FEED_DAYS_AHEAD} days ahead, in the owner's time zone; 404 for an unknown, replaced or revoked address or a deactivated owner.`,
        params: z.object({ file: z.string() }),
        response: { 200: z.string().describe('text/calendar'), 404: errorSchema },
      },
    },
    async (req, reply) => {
      const body = await service.feedCalendar(db, req.params.file, publicUrl);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="tend.ics"')
        .send(body);
    },
  );
}
