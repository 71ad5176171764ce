import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv } from '../../../test/server-process';
import { Jobs } from '../jobs/jobs';
import { type DatabaseHandle, openPostgres, rows } from './client';
import { migrate } from './migrate';
import { sql } from 'drizzle-orm';

declare module '../jobs/jobs' {
  interface JobTypes {
    'test.startup': Record<string, never>;
  }
}

/**
 * Servers behind a load balancer start together on a new database: each migrates it and creates the
 * job queue's schema and queues. Several connection pools stand for several processes here (before
 * the start-up lock, one in a few such starts died on a duplicate key in PostgreSQL's own catalog).
 */
describe.skipIf(inject('engine') === 'embedded')(
  'servers starting together on an empty PostgreSQL database (skipped on embedded: one process per data directory)',
  () => {
    it('all start: the schema is migrated once and the job queue is created once', { timeout: 120_000 }, async () => {
      const url = (await freshDatabaseEnv()).DATABASE_URL;
      const servers: DatabaseHandle[] = [...Array(5)].map(() => openPostgres(url, 3));
      const queues: Jobs[] = [];
      try {
        const applied = await Promise.all(servers.map((server) => migrate(server.db)));
        expect(applied.filter((tags) => tags.length > 0)).toHaveLength(1);
        expect(applied.flat()).toEqual(applied.find((tags) => tags.length > 0));

        for (const server of servers) {
          const jobs = new Jobs(server, { log: pino({ level: 'silent' }) });
          jobs.register('test.startup', async () => {});
          jobs.schedule('test.startup', '0 3 * * *');
          queues.push(jobs);
        }
        await Promise.all(queues.map((jobs) => jobs.start()));
        expect(queues.every((jobs) => jobs.running)).toBe(true);
        const [queue] = await rows<{ n: number }>(servers[0].db, sql`SELECT count(*)::int AS n FROM pgboss.queue WHERE name = 'test.startup'`);
        expect(queue.n).toBe(1);
      } finally {
        await Promise.all(queues.map((jobs) => jobs.stop()));
        await Promise.all(servers.map((server) => server.close()));
      }
    });
  },
);
