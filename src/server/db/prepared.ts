import type { Database } from './client';

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
 * the to-do list's time in the database). On PGlite it is named too (see pglite-prepared.ts).
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
