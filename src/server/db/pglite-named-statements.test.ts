import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installNamedStatements } from './pglite-named-statements';

// Engine-independent: this is PGlite's query path, tested on an in-memory PGlite in both runs.
let client: PGlite;
let plain: PGlite['query'];
const named = new Set<string>();
const nameOf = (text: string) => (named.has(text) ? 'test' : undefined);
const prepared = (text: string) => {
  named.add(text);
  return text;
};

beforeAll(async () => {
  client = await PGlite.create();
  plain = client.query.bind(client) as PGlite['query'];
  installNamedStatements(client, nameOf);
  await client.exec(`
    CREATE TABLE things (id uuid PRIMARY KEY, name text, n int, big bigint, ok boolean, at timestamptz, tags text[], doc jsonb, note text);
    INSERT INTO things VALUES
      ('00000000-0000-4000-8000-000000000001', 'Østergaard Ærø', 1, 9007199254740991, true, '2026-11-22T10:00:00Z', '{a,b}', '{"k": [1, 2]}', NULL),
      ('00000000-0000-4000-8000-000000000002', 'שָׁלוֹם', -2, NULL, false, NULL, '{}', NULL, ''),
      ('00000000-0000-4000-8000-000000000003', 'plain ascii', 3, 0, NULL, '1999-12-31T23:59:59.123Z', NULL, '"text"', '${'long note with æ '.repeat(20)}');
  `);
});
afterAll(() => client.close());

const preparedNames = async () =>
  (await plain<{ name: string; generic_plans: number; custom_plans: number }>(`SELECT name, generic_plans::int, custom_plans::int FROM pg_prepared_statements`))
    .rows;

describe('named statements on PGlite', () => {
  const select = prepared(`SELECT id, name, n, big, ok, at, tags, doc, note FROM things WHERE n >= $1 ORDER BY n`);

  it('answer exactly as PGlite does, in object and array mode, with custom parsers, nulls, non-ASCII and long text', async () => {
    expect(await client.query(select, [-10])).toEqual(await plain(select, [-10]));
    const drizzleLike = { rowMode: 'array' as const, parsers: { [types.TIMESTAMPTZ]: (v: string) => v } };
    const fast = await client.query(select, [-10], drizzleLike);
    expect(fast).toEqual(await plain(select, [-10], drizzleLike));
    expect(fast.rows).toHaveLength(3);
    expect(fast.rows[0]).toEqual(['00000000-0000-4000-8000-000000000002', 'שָׁלוֹם', -2, null, false, null, [], null, '']);
    expect(fast.fields.map((f) => f.name)).toEqual(['id', 'name', 'n', 'big', 'ok', 'at', 'tags', 'doc', 'note']);
  });

  it('are parsed once and then reuse a generic plan, as on a PostgreSQL server', async () => {
    for (let i = 0; i < 10; i++) await client.query(select, [i % 3]);
    const mine = (await preparedNames()).filter((s) => s.name.startsWith('tend_'));
    expect(mine).toHaveLength(1);
    expect(mine[0].generic_plans).toBeGreaterThan(0);
  });

  it('leave every other statement to PGlite, unnamed', async () => {
    await client.query(`SELECT count(*) FROM things WHERE n > $1`, [0]);
    expect((await preparedNames()).filter((s) => s.name.startsWith('tend_'))).toHaveLength(1);
  });

  it('report errors as PGlite does and leave the connection usable', async () => {
    const divide = prepared(`SELECT 10 / $1::int AS q`);
    const error = await client.query(divide, [0]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '22012', severity: 'ERROR', message: 'division by zero' });
    expect((await client.query<{ q: number }>(divide, [5])).rows).toEqual([{ q: 2 }]);
    expect((await client.query<{ n: number }>(`SELECT 1 AS n`)).rows).toEqual([{ n: 1 }]);
  });

  it('report write counts', async () => {
    const touch = prepared(`UPDATE things SET note = note WHERE n > $1`);
    expect(await client.query(touch, [0])).toMatchObject({ affectedRows: 2, rows: [] });
  });

  it('wait for a transaction in progress instead of running inside it', async () => {
    const count = prepared(`SELECT count(*)::int AS c FROM things`);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = client.transaction(async (tx) => {
      await tx.query(`INSERT INTO things (id, name, n) VALUES ('00000000-0000-4000-8000-000000000009', 'uncommitted', 9)`);
      await held;
      await tx.rollback();
    });
    let answered = false;
    const read = client.query<{ c: number }>(count).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    await transaction;
    expect((await read).rows).toEqual([{ c: 3 }]);
  });

  it('are prepared again when a migration changes what they return', async () => {
    const all = prepared(`SELECT * FROM things WHERE n = $1`);
    expect(Object.keys((await client.query<Record<string, unknown>>(all, [1])).rows[0])).not.toContain('extra');
    await client.exec(`ALTER TABLE things ADD COLUMN extra text DEFAULT 'x'`);
    expect((await client.query<Record<string, unknown>>(all, [1])).rows[0].extra).toBe('x');
  });

  it('leave a PGlite without the internals they drive untouched: its statements run unprepared', async () => {
    const other = await PGlite.create();
    try {
      const own = other.query;
      // A PGlite version that no longer has the exclusive-query queue.
      Object.defineProperty(other, '_runExclusiveQuery', { value: undefined, configurable: true });
      installNamedStatements(other, () => 'everything');
      expect(other.query).toBe(own);
      delete (other as unknown as Record<string, unknown>)._runExclusiveQuery;
      await other.query('SELECT 1');
      expect(await other.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).toMatchObject({ rows: [{ n: 0 }] });
    } finally {
      delete (other as unknown as Record<string, unknown>)._runExclusiveQuery;
      await other.close();
    }
  });
});
