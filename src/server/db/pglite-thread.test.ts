import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openPgliteThread, rows } from './client';
import { PgliteThread } from './pglite-thread';
import { onBehalfOf } from './abandoned';

// Engine-independent: the embedded engine as the server runs it (PGlite on its own thread), on an
// in-memory database in both runs.
let handle: DatabaseHandle;
const names = async (db = handle) => (await rows<{ name: string }>(db.db, sql`SELECT name FROM things ORDER BY name`)).map((r) => r.name);

beforeAll(async () => {
  handle = await openPgliteThread({ connections: 4 });
  await handle.db.execute(sql`CREATE TABLE things (id serial PRIMARY KEY, name text UNIQUE NOT NULL)`);
}, 30_000);
afterAll(() => handle.close());

describe('the embedded database on its own thread', () => {
  it("runs with a 32 MB buffer cache (the server's memory at a million activities)", async () => {
    expect(await rows(handle.db, sql`SHOW shared_buffers`)).toEqual([{ shared_buffers: '32MB' }]);
  });

  it('keeps the main thread free while a statement runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await handle.db.execute(sql`SELECT pg_sleep(0.5)`);
    clearInterval(timer);
    // PGlite on the main thread would run the half second without a single tick.
    expect(ticks).toBeGreaterThan(20);
  });

  it("shows no connection another one's open transaction, and lets it commit or roll back alone", async () => {
    let inside!: () => void;
    const insideReached = new Promise<void>((resolve) => {
      inside = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const writer = handle.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO things (name) VALUES ('uncommitted')`);
      inside();
      await released;
    });
    await insideReached;
    // Asked on other connections while the transaction is open: answered once it has ended.
    const reading = names();
    const rolledBack = handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO things (name) VALUES ('never')`);
        throw new Error('changed my mind');
      })
      .catch((error: Error) => error.message);
    release();
    await writer;
    expect(await reading).toEqual(['uncommitted']);
    expect(await rolledBack).toBe('changed my mind');
    expect(await names()).toEqual(['uncommitted']);
  });

  it('answers many connections at once with the same named statement, each its own rows', async () => {
    await handle.db.execute(sql`INSERT INTO things (name) SELECT 'n' || i FROM generate_series(1, 40) i`);
    const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
    const one = (i: number) => pool.query<{ name: string }>({ name: 'thing_by_name', text: 'SELECT name FROM things WHERE name = $1', values: [`n${i}`] });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => one(i + 1)));
    expect(answers.map((a) => a.rows[0]?.name)).toEqual(Array.from({ length: 40 }, (_, i) => `n${i + 1}`));
    await handle.db.execute(sql`DELETE FROM things WHERE name LIKE 'n%'`);
  });

  it('reports errors with their PostgreSQL fields and goes on answering', async () => {
    const error = await handle.db
      .execute(sql`INSERT INTO things (name) VALUES ('uncommitted')`)
      .catch((e: unknown) => e as { cause?: { code?: string; constraint?: string } });
    expect(error).toMatchObject({ cause: { code: '23505', constraint: 'things_name_key' } });
    const syntax = await handle.db.execute(sql.raw('SELEC 1')).catch((e: unknown) => e as { cause?: { code?: string } });
    expect(syntax).toMatchObject({ cause: { code: '42601' } });
    expect(await names()).toEqual(['uncommitted']);
  });

  it("drops a waiting statement whose request's client has gone, and runs the others", async () => {
    // Holds the thread (sent outside any request: never dropped).
    const busy = handle.db.execute(sql`SELECT pg_sleep(0.8)`).then(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const gone = new AbortController();
    // Drizzle sends a statement when it is awaited: inside the request's context, as a route does.
    const abandoned = onBehalfOf(gone.signal, async () => await handle.db.execute(sql`INSERT INTO things (name) VALUES ('abandoned')`)).then(
      () => 'ran',
      (error: { cause?: { code?: string } }) => error.cause?.code,
    );
    const waited = onBehalfOf(new AbortController().signal, async () => await handle.db.execute(sql`INSERT INTO things (name) VALUES ('waited')`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    gone.abort();
    // Answered as PostgreSQL answers a cancelled query, without running, when its turn came.
    expect(await abandoned).toBe('57014');
    await busy;
    await waited;
    expect(await names()).toEqual(['uncommitted', 'waited']);
    // The connection the dropped statement was on goes on answering.
    const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.query<{ n: number }>(`SELECT ${i} AS n`)));
    expect(answers.map((a) => a.rows[0]?.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await handle.db.execute(sql`DELETE FROM things WHERE name = 'waited'`);
  });

  it('ends the transaction of a request whose client has gone while its BEGIN waited, and gives its connection back', async () => {
    const busy = handle.db.execute(sql`SELECT pg_sleep(0.5)`).then(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // More abandoned transactions than the pool has connections: each must come back to the pool.
    const left = Array.from({ length: 6 }, (_, i) => {
      const gone = new AbortController();
      const written = onBehalfOf(gone.signal, async () =>
        handle.db.transaction(async (tx) => {
          await tx.execute(sql`INSERT INTO things (name) VALUES (${`left ${i}`})`);
        }),
      ).then(
        () => 'ran',
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
      return { gone, written };
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const { gone } of left) gone.abort();
    await busy;
    expect(await Promise.all(left.map((l) => l.written))).toEqual(Array(6).fill('57014'));
    expect(await names()).toEqual(['uncommitted']);
    // Every connection is free again: as many transactions at once as the pool has, and more.
    await Promise.all(Array.from({ length: 8 }, (_, i) => handle.db.transaction((tx) => tx.execute(sql`SELECT ${i}::int`))));
  });

  it("drops only the statements of the request whose client has gone, however the pool's connections pass between requests", async () => {
    const requests = Array.from({ length: 24 }, () => new AbortController());
    const outcomes = await Promise.all(
      requests.map((client, i) =>
        onBehalfOf(client.signal, async () => {
          for (let step = 0; step < 4; step++) {
            if (i % 3 === 0 && step === 1) client.abort();
            try {
              await handle.db.execute(sql`SELECT pg_sleep(0.002), ${i}::int AS i`);
            } catch (error) {
              return `${i}: ${(error as { cause?: { code?: string } }).cause?.code} at ${step}`;
            }
          }
          return `${i}: done`;
        }),
      ),
    );
    // Every third request left after its first statement: some of its later ones may have been
    // dropped; every other request ran all of its statements.
    for (const [i, outcome] of outcomes.entries()) {
      if (i % 3 === 0) expect(outcome).toMatch(new RegExp(`^${i}: (done|57014 at [123])$`));
      else expect(outcome).toBe(`${i}: done`);
    }
  });

  it('rolls back what a connection that breaks off left open, and the others go on', async () => {
    const thread = (handle as unknown as { thread?: PgliteThread }).thread;
    expect(thread).toBeInstanceOf(PgliteThread);
    const client = new pg.Client({ user: 'postgres', database: 'postgres', stream: () => thread!.connection() });
    client.on('error', () => {}); // it is broken off on purpose
    await client.connect();
    await client.query('BEGIN');
    await client.query(`INSERT INTO things (name) VALUES ('orphan')`);
    const later = names();
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect(await later).toEqual(['uncommitted']);
    await handle.db.execute(sql`INSERT INTO things (name) VALUES ('orphan')`);
    expect(await names()).toEqual(['orphan', 'uncommitted']);
  });
});

describe('the embedded database thread stopping unasked', () => {
  it('tells its listener once (the server exits then, serve.ts), and every statement fails', async () => {
    const lost = await openPgliteThread({});
    const told: string[] = [];
    lost.onLost!((error) => told.push(error.message));
    const thread = (lost as unknown as { thread: { worker: { terminate(): Promise<number> } } }).thread;
    await thread.worker.terminate();
    expect(told).toEqual([expect.stringMatching(/embedded database's thread stopped/)]);
    await expect(lost.db.execute(sql`SELECT 1`)).rejects.toThrow();
    await lost.close().catch(() => {});
    expect(told).toHaveLength(1);
  }, 30_000);

  it('says nothing when it is closed', async () => {
    const closed = await openPgliteThread({});
    const told: string[] = [];
    closed.onLost!((error) => told.push(error.message));
    await closed.close();
    expect(told).toEqual([]);
  }, 30_000);
});

describe('the embedded database on its own thread, on disk', () => {
  it('keeps what was committed across a restart, and dumps the data directory', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-thread-'));
    try {
      const first = await openPgliteThread({ dataDir });
      await first.db.execute(sql`CREATE TABLE kept (v text)`);
      await first.db.execute(sql`INSERT INTO kept VALUES ('æøå שלום')`);
      await first.close();
      const second = await openPgliteThread({ dataDir });
      expect(await rows(second.db, sql`SELECT v FROM kept`)).toEqual([{ v: 'æøå שלום' }]);
      const dump = await second.dumpDataDir!();
      expect([dump[0], dump[1]]).toEqual([0x1f, 0x8b]);
      await second.close();
      const restored = await openPgliteThread({ loadDataDir: dump });
      expect(await rows(restored.db, sql`SELECT v FROM kept`)).toEqual([{ v: 'æøå שלום' }]);
      await restored.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("knows each table's size on disk as it grows, is cut, rewritten and emptied (the size cache, pglite-file-sizes.mjs)", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-sizes-'));
    const sizes = async (db: DatabaseHandle) => {
      const [row] = await rows<{ file: string; size: string; n: number }>(
        db.db,
        sql`SELECT pg_relation_filepath('grows') AS file, pg_relation_size('grows')::text AS size, (SELECT count(*)::int FROM grows) AS n`,
      );
      return { reported: Number(row!.size), onDisk: fs.statSync(path.join(dataDir, row!.file)).size, rows: row!.n };
    };
    try {
      const db = await openPgliteThread({ dataDir });
      await db.db.execute(sql`CREATE TABLE grows (id serial PRIMARY KEY, body text)`);
      for (let i = 0; i < 5; i++) await db.db.execute(sql`INSERT INTO grows (body) SELECT repeat('x', 200) FROM generate_series(1, 3000)`);
      await db.db.execute(sql`CHECKPOINT`);
      const grown = await sizes(db);
      expect(grown.rows).toBe(15_000);
      expect(grown.reported).toBeGreaterThan(3_000_000);
      expect(grown.reported).toBe(grown.onDisk);
      await db.db.execute(sql`DELETE FROM grows WHERE id % 2 = 0`);
      await db.db.execute(sql`VACUUM FULL grows`);
      await db.db.execute(sql`CHECKPOINT`);
      const rewritten = await sizes(db);
      expect(rewritten).toMatchObject({ rows: 7_500, reported: rewritten.onDisk });
      expect(rewritten.reported).toBeLessThan(grown.reported);
      // A plain VACUUM cuts the emptied pages off the file's end (ftruncate), then it grows again.
      await db.db.execute(sql`DELETE FROM grows WHERE id > 2000`);
      await db.db.execute(sql`VACUUM grows`);
      const cut = await sizes(db);
      expect(cut.reported).toBeLessThan(rewritten.reported);
      expect(cut.reported).toBe(cut.onDisk);
      await db.db.execute(sql`INSERT INTO grows (body) SELECT repeat('y', 200) FROM generate_series(1, 3000)`);
      await db.db.execute(sql`CHECKPOINT`);
      const regrown = await sizes(db);
      expect(regrown.reported).toBeGreaterThan(cut.reported);
      expect(regrown.reported).toBe(regrown.onDisk);
      await db.db.execute(sql`TRUNCATE grows`);
      await db.db.execute(sql`INSERT INTO grows (body) VALUES ('after')`);
      await db.db.execute(sql`CHECKPOINT`);
      expect(await sizes(db)).toEqual({ rows: 1, reported: 8192, onDisk: 8192 });
      await db.close();
      const reopened = await openPgliteThread({ dataDir });
      expect(await sizes(reopened)).toEqual({ rows: 1, reported: 8192, onDisk: 8192 });
      await reopened.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
