import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Queryable } from './client';

interface Executable<Params, Result> {
  execute(params: Params): Promise<Result>;
  getQuery(): { sql: string };
}

/** Statement text → name, for every statement prepared here (the benchmark replays them by name too). */
const preparedNames = new Map<string, string>();

/**
 * A read that runs on every page load, built and prepared once per database handle and then only
 * executed. Drizzle skips rebuilding the SQL; on PostgreSQL the statement is named, so each
 * connection parses it once and, after a few runs, reuses a generic plan (planning was about half of
 * the to-do list's time in the database). On PGlite it is named too (see pglite-named-statements.ts).
 *
 * Only for statements whose shape never changes and that run outside a transaction: the prepared
 * statement is bound to the handle it was built on, not to a transaction's connection.
 */
export function preparedRead<Params, Result>(name: string, build: (db: Database) => Executable<Params, Result>) {
  const byHandle = new WeakMap<Database, Executable<Params, Result>>();
  return (db: Database, params: Params): Promise<Result> => {
    let statement = byHandle.get(db);
    if (!statement) {
      statement = build(db);
      byHandle.set(db, statement);
      preparedNames.set(statement.getQuery().sql, name);
    }
    return statement.execute(params);
  };
}

/** The name a statement text was prepared under, if it was. */
export function preparedNameOf(text: string): string | undefined {
  return preparedNames.get(text);
}

/** Pages larger than this are built per request rather than prepared (one statement per size). */
export const PREPARED_PAGE_MAX = 100;

/**
 * preparedRead for a page: one statement per page size, its LIMIT written into the SQL. With
 * `LIMIT $n` PostgreSQL costs the generic plan for a tenth of the matching rows, finds it dearer than
 * the custom plans and goes on planning every call (the to-do list at a million activities did).
 */
export function preparedPage<Params, Result>(name: string, build: (db: Database, limit: number, statementName: string) => Executable<Params, Result>) {
  const bySize = new Map<number, (db: Database, params: Params) => Promise<Result>>();
  return (db: Database, size: number, params: Params): Promise<Result> => {
    if (!Number.isInteger(size) || size < 1 || size > PREPARED_PAGE_MAX + 1) throw new Error(`preparedPage: a page of ${size} rows is not prepared`);
    let read = bySize.get(size);
    if (!read) {
      const statementName = `${name}_${size}`;
      // An SQL chunk where Drizzle's limit() takes a number: Drizzle writes a chunk in as it is, a number as `$n`.
      const written = sql.raw(String(size)) as unknown as number;
      read = preparedRead(statementName, (handle) => build(handle, written, statementName));
      bySize.set(size, read);
    }
    return read(db, params);
  };
}

/** A page size written into the statement's text instead of `LIMIT $n` (see preparedPage for why). */
export const literalLimit = (size: number): number => sql.raw(String(Math.trunc(size))) as unknown as number;

interface Nameable<Result> {
  toSQL(): { sql: string };
  prepare(name: string): { execute(): Promise<Result> };
}

/** What Drizzle's node-postgres prepared query holds (drizzle-orm 0.45): its text, and the name node-postgres sends. */
interface NodePgPrepared {
  queryString?: unknown;
  rawQueryConfig?: { name?: string };
  queryConfig?: { name?: string };
}

const nameOfText = (prefix: string, text: string) => `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/**
 * Builds the query once and names it by its text. Drizzle builds a query's SQL again for every
 * toSQL() and prepare(), and a word search's SQL took longer to build than its answer to decode
 * (a tenth of the server's time per search): the prepared query is built under a stand-in name,
 * then given its own. Should Drizzle keep these fields elsewhere, the query is built twice instead
 * (prepared.test.ts says which).
 */
export function namedByText<Result>(query: Nameable<Result>, prefix: string): { name: string; builtOnce: boolean; execute(): Promise<Result> } {
  const prepared = query.prepare(`${prefix}_pending`);
  const inside = prepared as NodePgPrepared;
  if (typeof inside.queryString === 'string' && inside.rawQueryConfig && inside.queryConfig) {
    const name = nameOfText(prefix, inside.queryString);
    inside.rawQueryConfig.name = name;
    inside.queryConfig.name = name;
    preparedNames.set(inside.queryString, name);
    return { name, builtOnce: true, execute: () => prepared.execute() };
  }
  const text = query.toSQL().sql;
  const name = nameOfText(prefix, text);
  preparedNames.set(text, name);
  return { name, builtOnce: false, execute: () => query.prepare(name).execute() };
}

/**
 * Runs a query built per request as a statement named by a hash of its text: PostgreSQL parses and
 * plans it once per connection and then, for most shapes, reuses a generic plan. For reads whose
 * planning costs as much as running them — a restricted viewer's customer list plans the visibility
 * rule twice (4 ms of planning for 4 ms of work at a million activities). The text holds no values
 * (they are parameters), so the shapes are few: the filters and sort in use and the page size, which
 * must be written in with literalLimit. On PGlite too (see pglite-named-statements.ts).
 */
export function runNamedByText<Result>(query: Nameable<Result>, prefix: string): Promise<Result> {
  return namedByText(query, prefix).execute();
}

/**
 * The prefix of the statements that run on their generic plan, planned once per connection whatever
 * PostgreSQL's plan cache would choose: on a PostgreSQL server they go to a pool whose sessions force
 * it (client.ts), on the embedded engine the session forces it around each of their runs
 * (pglite-worker.mjs, pglite-named-statements.ts).
 */
export const GENERIC_PREFIX = 'generic_';

export const isGenericStatement = (name: string | undefined): boolean => name?.startsWith(GENERIC_PREFIX) ?? false;

/** PostgreSQL handles → the handle on their pool of generic-plan sessions (registered by client.ts). */
const genericHandles = new WeakMap<object, Queryable>();

export function registerGenericHandle(db: Database, generic: Database): void {
  genericHandles.set(db, generic);
}

/** The handle a generic-plan read runs on: PostgreSQL's pool of generic-plan sessions, or `db` itself. */
export function genericHandleOf<D extends Queryable>(db: D): D {
  return (genericHandles.get(db) as D | undefined) ?? db;
}

/**
 * runNamedByText for a read whose custom plans cost more to make than to run, and whose generic
 * plan PostgreSQL's plan cache may or may not choose. After five runs it keeps the generic plan only
 * if its estimate is below the custom plans' average, so the choice turned with each ANALYZE's
 * sample: the word search at a million activities was planned on every call after one (4.3 ms of
 * planning for 2.8 ms of work) and not after the next, the reason its p95 moved between 42 and 108 ms
 * from run to run. `build` makes the query on the handle it is given. A transaction's statements
 * stay on its own connection, under the plan cache's choice.
 */
export function runGenericByText<Result>(db: Queryable, prefix: string, build: (db: Queryable) => Nameable<Result>): Promise<Result> {
  return namedByText(build(genericHandleOf(db)), `${GENERIC_PREFIX}${prefix}`).execute();
}
