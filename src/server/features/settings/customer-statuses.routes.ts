import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../../shared/common';
import { customerStatusSchema } from '../../../shared/settings';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { customerStatuses } from '../../db/schema';
import { visibleTo } from '../../db/scope';
import { errors } from '../../http/route-helpers';

export function customerStatusRoutes(app: FastifyInstance, db: Database) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/customer-statuses', {
    schema: { tags: ['settings'], summary: 'Customer statuses (lead, prospect, customer, former, …)', response: { 200: listOf(customerStatusSchema), ...errors() } },
  }, async (req) => {
    const rows = await db
      .select({ id: customerStatuses.id, key: customerStatuses.key, name: customerStatuses.name, active: customerStatuses.active, order: customerStatuses.order })
      .from(customerStatuses)
      .where(visibleTo(actorOf(req), customerStatuses))
      .orderBy(asc(customerStatuses.order), asc(customerStatuses.name));
    return { items: rows, nextCursor: null };
  });
}
