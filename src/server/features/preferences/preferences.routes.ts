import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { preferencesPutSchema, preferencesSchema } from '../../../shared/preferences';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors } from '../../http/route-helpers';
import * as service from './preferences.service';

export function preferenceRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get(
    '/api/v1/me/preferences',
    { schema: { tags, summary: 'Your display preferences (the to-do sort), defaults filled in', response: { 200: preferencesSchema, ...errors() } } },
    (req) => service.getPreferences(db, actorOf(req)),
  );

  r.put(
    '/api/v1/me/preferences',
    {
      schema: {
        tags,
        summary: 'Save your display preferences; fields left out keep their value',
        body: preferencesPutSchema,
        response: { 200: preferencesSchema, ...errors(400) },
      },
    },
    (req) => service.putPreferences(db, actorOf(req), req.body),
  );
}
