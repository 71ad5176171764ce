import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import { type DatabaseHandle, rows } from './client';
import { MigrationError, migrate, readMigrations } from './migrate';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('database', () => {
  it('is fully migrated and a second migration run applies nothing', async () => {
    expect(await migrate(handle.db)).toEqual([]);
    const applied = await rows<{ tag: string }>(handle.db, sql`SELECT tag FROM tend_migrations ORDER BY tag`);
    expect(applied.map((r) => r.tag)).toEqual(readMigrations().map((m) => m.tag));
  });

  it('refuses a database migrated by a newer version, with a clear message', async () => {
    await handle.db.execute(sql`INSERT INTO tend_migrations (tag) VALUES ('9999_from_the_future')`);
    await expect(migrate(handle.db)).rejects.toThrow(MigrationError);
    await expect(migrate(handle.db)).rejects.toThrow(/newer version of Tend.*9999_from_the_future/);
    await handle.db.execute(sql`DELETE FROM tend_migrations WHERE tag = '9999_from_the_future'`);
  });

  it('folds case and accents the same way on both engines', async () => {
    const fold = async (text: string) => (await rows<{ f: string }>(handle.db, sql`SELECT tend_fold(${text}) AS f`))[0].f;
    expect(await fold('Østergaard Ærø Åse')).toBe('ostergaard aero ase');
    expect(await fold('GYŐRI Árvíztűrő Tükörfúrógép')).toBe('gyori arvizturo tukorfurogep');
    expect(await fold('Bråthen Sæther Øyvind')).toBe('brathen saether oyvind');
    expect(await fold('שָׁלוֹם כהן')).toBe('שלום כהן');
    expect(await fold('Straße')).toBe('strasse');
  });
});
