import { eq, sql } from 'drizzle-orm';
import { alias, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { mapFlatRows } from './flat-rows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import { type DatabaseHandle, type Queryable, rows } from './client';
import { namedByText, preparedNameOf, runGenericByText, runNamedByText } from './prepared';

// The migrations' own table: the one a new database has rows in.
const tendMigrations = pgTable('tend_migrations', { tag: text('tag').primaryKey(), appliedAt: timestamp('applied_at', { withTimezone: true }).notNull() });
const later = pgTable('tend_migrations', { tag: text('tag').primaryKey() });

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('a statement named by its text', () => {
  it('is built once, sent under a name of its text, and answers as the unnamed query does', async () => {
    // One connection, to ask it what it holds: a transaction's on node-postgres; PGlite on the main
    // thread names statements only outside a transaction (pglite-named-statements.ts), on its one session.
    const mainThreadPglite = process.env.TEND_TEST_ENGINE === 'embedded' && process.env.TEND_PGLITE_THREAD === '0';
    const onOneConnection = (check: (tx: Queryable) => Promise<void>) => (mainThreadPglite ? check(handle.db) : handle.db.transaction(check));
    await onOneConnection(async (tx) => {
      const query = () => tx.select({ tag: tendMigrations.tag }).from(tendMigrations).where(eq(tendMigrations.tag, '0001_foundation'));
      const named = namedByText(query(), 'test_named');
      const text = query().toSQL().sql;
      expect(named.builtOnce).toBe(true);
      expect(named.name).toMatch(/^test_named_[0-9a-f]{20}$/);
      expect(preparedNameOf(text)).toBe(named.name);
      expect(await named.execute()).toEqual(await query());
      // The connection now holds the statement under that name (on PGlite's main thread behind a
      // number of its own: `tend_<n>_<name>`, see pglite-named-statements.ts).
      const held = await rows<{ name: string; statement: string }>(
        tx,
        sql`SELECT name, statement FROM pg_prepared_statements WHERE right(name, length(${named.name})) = ${named.name}`,
      );
      expect(held).toEqual([{ name: mainThreadPglite ? expect.stringMatching(new RegExp(`^tend_\\d+_${named.name}$`)) : named.name, statement: text }]);
      // Another value, the same text: the same name.
      const other = namedByText(tx.select({ tag: tendMigrations.tag }).from(tendMigrations).where(eq(tendMigrations.tag, 'none')), 'test_named');
      expect(other.name).toBe(named.name);
      expect(await other.execute()).toEqual([]);
    });
  });

  it('maps a flat select’s rows as Drizzle does: dates, decoded expressions, a missing join’s nulls, the same keys in the same order', async () => {
    const other = alias(later, 'later_one');
    const query = () =>
      handle.db
        .select({
          tag: tendMigrations.tag,
          appliedAt: tendMigrations.appliedAt,
          length: sql<number>`length(${tendMigrations.tag})`.mapWith(Number),
          nothing: sql<string | null>`NULL::text`,
          next: other.tag,
        })
        .from(tendMigrations)
        .leftJoin(other, sql`${other.tag} > ${tendMigrations.tag} AND false`)
        .orderBy(tendMigrations.tag)
        .limit(3);
    const prepared = query().prepare('test_flat_rows');
    // Every statement the session prepares maps its rows so (flat-rows.ts, patched in client.ts).
    expect(typeof (prepared as { customResultMapper?: unknown }).customResultMapper).toBe('function');
    const mapped = await prepared.execute();
    // Drizzle's own mapping, for reference: the same statement without ours.
    const reference = query().prepare('test_flat_rows_reference') as unknown as { customResultMapper?: unknown; execute(): Promise<typeof mapped> };
    delete reference.customResultMapper;
    const plain = await reference.execute();
    expect(mapped).toEqual(plain);
    expect(mapped.map((r) => Object.keys(r))).toEqual(plain.map((r) => Object.keys(r)));
    expect(mapped[0]?.appliedAt).toBeInstanceOf(Date);
    expect(typeof mapped[0]?.length).toBe('number');
    expect(mapped[0]?.next).toBeNull();
    // A nested selection keeps Drizzle's own mapping.
    const nested = handle.db
      .select({ m: { tag: tendMigrations.tag } })
      .from(tendMigrations)
      .where(eq(tendMigrations.tag, '0001_foundation'))
      .prepare('test_nested_rows');
    expect((nested as { customResultMapper?: unknown }).customResultMapper).toBeUndefined();
    expect(mapFlatRows(nested)).toBe(false);
    expect(await nested.execute()).toEqual([{ m: { tag: '0001_foundation' } }]);
  });
});

describe('a read on its generic plan', () => {
  // `as`: a text of its own (PGlite on the main thread knows a named statement by its text).
  const modeOf = (db: Queryable, as = 'mode') =>
    db
      .select({ [as]: sql<string>`current_setting('plan_cache_mode')`.as(as) })
      .from(tendMigrations)
      .limit(1);
  const tagOf = (db: Queryable, tag: string) =>
    db
      .select({ tag: sql<string>`lower(${tendMigrations.tag})`.as('generic_tag') })
      .from(tendMigrations)
      .where(eq(tendMigrations.tag, tag));
  /** How the session running generic reads planned a statement (PostgreSQL's pool hands the last connection back first). */
  const plansOf = async (name: string) =>
    runGenericByText(handle.db, 'test_plans', (db) =>
      db
        .select({ generic: sql<number>`generic_plans`.mapWith(Number), custom: sql<number>`custom_plans`.mapWith(Number) })
        .from(sql`pg_prepared_statements`)
        .where(sql`right(name, ${name.length}) = ${name}`),
    );

  it('runs on a session that forces the generic plan, and leaves every other statement to the plan cache', async () => {
    expect(await runGenericByText(handle.db, 'test_mode', modeOf)).toEqual([{ mode: 'force_generic_plan' }]);
    expect(await modeOf(handle.db, 'plain')).toEqual([{ plain: 'auto' }]);
    expect(await runNamedByText(modeOf(handle.db, 'named'), 'test_mode')).toEqual([{ named: 'auto' }]);
    // A generic read that fails leaves the session as it was.
    const failing = (db: Queryable) => db.select({ n: sql<number>`1 / (length(${tendMigrations.tag}) - length(${tendMigrations.tag}))` }).from(tendMigrations);
    const error = await runGenericByText(handle.db, 'test_failing', failing).then(
      () => null,
      (e: Error) => e,
    );
    expect(String(error?.cause ?? error)).toMatch(/division by zero/);
    expect(await modeOf(handle.db, 'plain')).toEqual([{ plain: 'auto' }]);
  });

  it('is planned once: every run after the first reuses the generic plan (the plan cache would plan the first five runs each)', async () => {
    const generic = namedByText(tagOf(handle.db, 'x'), 'generic_test_tag').name;
    for (const tag of ['0001_foundation', 'none', '0002'])
      expect(await runGenericByText(handle.db, 'test_tag', (db) => tagOf(db, tag))).toHaveLength(tag === '0001_foundation' ? 1 : 0);
    expect(await plansOf(generic)).toEqual([{ generic: 3, custom: 0 }]);
  });
});
