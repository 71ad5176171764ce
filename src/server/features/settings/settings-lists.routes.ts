import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { reorderSchema } from '../../../shared/settings';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import type { ListDefinition } from './settings-lists';
import * as service from './settings-lists.service';

type Body = Record<string, unknown>;

/** The same six endpoints for every settings list: read for everyone, change for admins. */
export function settingsListRoutes(app: FastifyInstance, db: Database, definitions: ListDefinition[]) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const def of definitions) {
    const base = `/api/v1/${def.path}`;
    const tags = ['settings'];
    if (!def.listServedElsewhere) {
      r.get(base, { schema: { tags, summary: `List ${def.path}`, response: { 200: listOf(def.item), ...errors() } } }, (req) =>
        service.listItems(db, def, actorOf(req)),
      );
    }
    r.post(
      base,
      { schema: { tags, summary: `Add to ${def.path} (admin)`, body: def.create, response: { 201: def.item, ...errors(400, 403) } } },
      async (req, reply) => reply.status(201).send(await service.createItem(db, def, actorOf(req), req.body as Body)),
    );
    r.post(
      `${base}/reorder`,
      { schema: { tags, summary: `Put ${def.path} in a new order (admin)`, body: reorderSchema, response: { 200: listOf(def.item), ...errors(400, 403) } } },
      (req) => service.reorderItems(db, def, actorOf(req), req.body.ids),
    );
    r.get(`${base}/:id`, { schema: { tags, summary: `Get one of ${def.path}`, params: idParams, response: { 200: def.item, ...errors(400, 404) } } }, (req) =>
      service.getItem(db, def, actorOf(req), req.params.id),
    );
    r.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Change one of ${def.path} (admin)`,
          params: idParams,
          body: def.update,
          response: { 200: def.item, ...errors(400, 403, 404) },
        },
      },
      (req) => service.updateItem(db, def, actorOf(req), req.params.id, req.body as Body),
    );
    r.delete(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: `Delete one of ${def.path} (admin; 409 while in use)`,
          params: idParams,
          response: { 200: def.item, ...errors(400, 403, 404, 409) },
        },
      },
      (req) => service.deleteItem(db, def, actorOf(req), req.params.id),
    );
  }
}
