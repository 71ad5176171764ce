import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/client';

export function healthRoutes(app: FastifyInstance, handle: DatabaseHandle) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Is the server up and its database reachable (no sign-in needed)',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgres']) }) },
      },
    },
    async () => {
      await handle.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, database: handle.engine };
    },
  );
}
