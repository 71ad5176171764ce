import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, PgliteSession } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, NodePgSession } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { DataDirLock, LockOwner } from './data-dir-lock';
import { lockAndStart, type StartedThread } from './embedded-start';
import { cacheFileSizes } from './pglite-file-sizes.mjs';
import { installNamedStatements } from './pglite-named-statements';
import { PgliteThread, type ThreadConnection } from './pglite-thread';
import { abandonSignal, keepCallerContext } from './abandoned';
import { preparedNameOf, registerGenericHandle } from './prepared';
import * as schema from './schema';
import { mapFlatRowsIn } from './flat-rows';

// Rows mapped with each column's decoder found once per statement (see flat-rows.ts).
mapFlatRowsIn(NodePgSession);
mapFlatRowsIn(PgliteSession);

export type Schema = typeof schema;
/** The one database type features see: the same on PGlite and on a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Tx;
export type Engine = 'embedded' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /** The embedded data directory's single-instance lock (absent on PostgreSQL and in memory). */
  lock?: DataDirLock;
  /** The embedded data directory as a gzip'd tarball (PGlite's own dump; absent on PostgreSQL). */
  dumpDataDir?(): Promise<Uint8Array>;
  /** The embedded database's thread: `listener` is told if it stops unasked (every statement fails from then on). */
  onLost?(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

/** Runs raw SQL and returns its rows (both drivers answer `{ rows }`). */
export async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const pgliteExtensions = { pg_trgm };

export interface EmbeddedOptions {
  /**
   * Run the prepared reads as named statements (pglite-named-statements.ts, below PGlite's public
   * API, tested against the exact PGlite version package.json pins). On by default; off with
   * TEND_PGLITE_NAMED_STATEMENTS=0 should a PGlite upgrade break it.
   */
  namedStatements?: boolean;
  /**
   * Run PGlite on a thread of its own (pglite-worker.mjs), reached through node-postgres as a
   * PostgreSQL server is: on by default; off with TEND_PGLITE_THREAD=0.
   */
  thread?: boolean;
}

export function wrapPglite(client: PGlite, options: EmbeddedOptions = {}): DatabaseHandle {
  cacheFileSizes(client.Module);
  if (options.namedStatements ?? true) installNamedStatements(client, preparedNameOf);
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    engine: 'embedded',
    dumpDataDir: async () => new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()),
    close: () => client.close(),
  };
}

/**
 * A pool whose queries carry the signal of the request that asked them (abandoned.ts). node-postgres
 * sends a query asked before its connection was ready from the context of the connection's answer,
 * which may be another request's: the signal is taken when the query is asked, not when it is sent.
 */
class ThreadPool extends pg.Pool {
  constructor(options: pg.PoolConfig) {
    super(options);
    this.on('connect', tagQueries);
  }

  // pg-pool's query() waits through connect(callback): binding here covers both.
  override connect(...args: unknown[]): never {
    const [callback] = args;
    const bound = typeof callback === 'function' ? [keepCallerContext(callback as (...a: unknown[]) => unknown)] : [];
    return (super.connect as (...a: unknown[]) => never)(...bound);
  }
}

function tagQueries(client: pg.PoolClient) {
  const stream = (client as unknown as { connection: { stream: ThreadConnection } }).connection.stream;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  Object.assign(client, {
    query: (...args: unknown[]) => {
      stream.forRequest = abandonSignal();
      return query(...args);
    },
  });
}

/** The pools that reach the embedded database's thread: one process, one session (see locks.ts). */
const threadPools = new WeakSet<object>();

/** Whether `db` is the embedded database reached on its own thread. */
export function onPgliteThread(db: Queryable): boolean {
  return threadPools.has((db as unknown as { $client: object }).$client);
}

/**
 * The embedded database on its own thread, as node-postgres sees a server. The connections share
 * PGlite's one session: the thread runs one statement at a time and, while a transaction is open,
 * only that connection's (pglite-worker.mjs). Several connections keep the thread's queue full
 * while the main thread reads answers and writes responses; with one it waited for the main thread.
 */
export async function openPgliteThread(options: {
  dataDir?: string;
  loadDataDir?: Uint8Array;
  connections?: number;
  /** A thread started already (embedded-start.ts), instead of starting one here. */
  thread?: Promise<PgliteThread>;
}): Promise<DatabaseHandle> {
  const thread = await (options.thread ?? PgliteThread.start({ dataDir: options.dataDir, loadDataDir: options.loadDataDir }));
  const pool = new ThreadPool({
    max: options.connections ?? 4,
    idleTimeoutMillis: 0,
    user: 'postgres',
    database: 'postgres',
    stream: () => thread.connection(),
  });
  pool.on('error', () => {});
  threadPools.add(pool);
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  const handle: DatabaseHandle = {
    db,
    engine: 'embedded',
    dumpDataDir: async () => (await thread.request('dump')) ?? new Uint8Array(),
    onLost: (listener) => {
      thread.onLost = listener;
    },
    close: async () => {
      await pool.end();
      await thread.close();
    },
  };
  // The thread itself, for tests that open a raw connection to it.
  return Object.assign(handle, { thread });
}

/** Opens the embedded database in `dataDir`, first taking its lock: PGlite is one process per directory. */
export async function openEmbedded(
  dataDir: string,
  holder: LockOwner['kind'] = 'server',
  options: EmbeddedOptions = {},
  started?: StartedThread,
): Promise<DatabaseHandle> {
  const { lock, thread } = started ?? lockAndStart(dataDir, holder, options.thread ?? true);
  try {
    const handle = thread ? await openPgliteThread({ thread }) : wrapPglite(await PGlite.create(dataDir, { extensions: pgliteExtensions }), options);
    return {
      ...handle,
      lock,
      close: async () => {
        await handle.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Every connection runs without JIT compilation. Tend's statements are short reads and writes of a
 * page; a plan whose estimate passes PostgreSQL's JIT thresholds (a restricted user's word search
 * asking month by month, a year's report) spent 1.8 s compiling what ran in milliseconds.
 */
export const POSTGRES_SESSION_OPTIONS = '-c jit=off';

/**
 * The sessions of the reads that run on their generic plan (runGenericByText in prepared.ts). A
 * session setting rather than a SET around each run: BEGIN, SET LOCAL and COMMIT around the word
 * search cost three round trips, and at ten connections on two cores its rate fell from 172–249 to
 * 98–124 a second.
 */
export const POSTGRES_GENERIC_SESSION_OPTIONS = `${POSTGRES_SESSION_OPTIONS} -c plan_cache_mode=force_generic_plan`;

function postgresPool(url: string, max: number, options: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, options });
  // A dropped idle connection must not crash the server: the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

/**
 * The handle's pool, and a second one for the generic-plan reads: connected when such a read first
 * runs, closed after ten idle seconds, and half the size (a search is CPU work in the database,
 * which more connections than cores only queue).
 */
export function openPostgres(url: string, max = 10): DatabaseHandle {
  const pool = postgresPool(url, max, POSTGRES_SESSION_OPTIONS);
  const genericPool = postgresPool(url, Math.max(1, Math.ceil(max / 2)), POSTGRES_GENERIC_SESSION_OPTIONS);
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  registerGenericHandle(db, drizzlePg({ client: genericPool, schema }) as unknown as Database);
  return {
    db,
    engine: 'postgres',
    close: async () => {
      await Promise.all([pool.end(), genericPool.end()]);
    },
  };
}

/** PostgreSQL handles concurrent servers itself; the embedded database is locked to this process. */
export async function openDatabase(
  options: { databaseUrl: string | null; dataDir: string; pgliteNamedStatements?: boolean; pgliteThread?: boolean },
  holder: LockOwner['kind'] = 'server',
  started?: StartedThread,
): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openEmbedded(options.dataDir, holder, { namedStatements: options.pgliteNamedStatements, thread: options.pgliteThread }, started);
}
