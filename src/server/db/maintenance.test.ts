import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_JOBS, TEST_KDF_COST } from '../../../test/helpers';
import { createTestDatabase } from '../../../test/test-db';
import { buildApp } from '../app';
import { scheduleEmbeddedVacuum } from '../serve';
import { type DatabaseHandle, rows } from './client';
import { vacuumEveryTable } from './maintenance';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** What the planner knows of a table: its row count and its columns' statistics. */
async function statisticsOf(table: string) {
  const [rel] = await rows<{ reltuples: number }>(
    database.db,
    sql`SELECT reltuples::int AS reltuples FROM pg_class WHERE oid = ${`public.${table}`}::regclass`,
  );
  const columns = await rows<{ attname: string }>(database.db, sql`SELECT attname FROM pg_stats WHERE schemaname = 'public' AND tablename = ${table}`);
  return { rows: rel?.reltuples, columns: columns.length };
}

describe('vacuumEveryTable', () => {
  it('gives every table of the application its statistics, on either engine', async () => {
    await database.db.execute(sql`CREATE TABLE maintenance_probe (id int PRIMARY KEY, note text)`);
    await database.db.execute(sql`INSERT INTO maintenance_probe SELECT g, 'note ' || g FROM generate_series(1, 3000) g`);
    await database.db.execute(sql`DELETE FROM maintenance_probe WHERE id % 3 = 0`);
    const tables = await vacuumEveryTable(database.db);
    expect(tables).toEqual(expect.arrayContaining(['public.maintenance_probe', 'public.activities', 'public.customers']));
    expect(await statisticsOf('maintenance_probe')).toEqual({ rows: 2000, columns: 2 });
    const [seen] = await rows<{ vacuumed: boolean }>(
      database.db,
      sql`SELECT last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables WHERE relname = 'maintenance_probe'`,
    );
    expect(seen?.vacuumed).toBe(true);
    await database.db.execute(sql`DROP TABLE maintenance_probe`);
  });
});

describe('the nightly vacuum', () => {
  it('is scheduled on the embedded engine only (a PostgreSQL server vacuums itself), and runs as a job', async () => {
    const app = await buildApp({ database, kdfCost: TEST_KDF_COST, mail: { smtpUrl: null, from: 'Tend <tend@tend.test>' }, jobs: TEST_JOBS });
    try {
      scheduleEmbeddedVacuum(app, database);
      await app.ready();
      const schedules = await rows<{ name: string; cron: string }>(database.db, sql`SELECT name, cron FROM pgboss.schedule WHERE name = 'db.vacuum-embedded'`);
      if (database.engine === 'postgres') {
        expect(schedules).toEqual([]);
        return;
      }
      expect(schedules).toEqual([{ name: 'db.vacuum-embedded', cron: '0 3 * * *' }]);
      await database.db.execute(sql`CREATE TABLE maintenance_probe (id int PRIMARY KEY)`);
      await database.db.execute(sql`INSERT INTO maintenance_probe SELECT generate_series(1, 500)`);
      expect((await statisticsOf('maintenance_probe')).columns).toBe(0);
      const id = await app.jobs.enqueue('db.vacuum-embedded', {});
      const deadline = Date.now() + 20_000;
      let state: string | undefined;
      while (state !== 'completed' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [{ state } = { state: undefined }] = await rows<{ state: string }>(database.db, sql`SELECT state FROM pgboss.job WHERE id = ${id}::uuid`);
      }
      expect(state).toBe('completed');
      expect(await statisticsOf('maintenance_probe')).toEqual({ rows: 500, columns: 1 });
      await database.db.execute(sql`DROP TABLE maintenance_probe`);
    } finally {
      await app.close();
    }
  });
});
