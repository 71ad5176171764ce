import { sql } from 'drizzle-orm';
import { type Queryable, rows } from '../db/client';

/** One table of the application's schema, as a backup reads and writes it. */
export interface TableInfo {
  name: string;
  /** The stored columns (generated ones are computed again on restore). */
  columns: string[];
  generated: string[];
  primaryKey: string[];
}

/** The schema Tend's tables live in; pg-boss's queue (schema pgboss) holds only passing jobs and is not backed up. */
export const SCHEMA = 'public';
/** Rebuilt by the migrations themselves: the backup's header records the level instead. */
const SKIPPED = new Set(['tend_migrations']);

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface ColumnRow {
  table: string;
  column: string;
  generated: string;
  pk: boolean;
}

/**
 * Every table of the schema with its columns and primary key, ordered so that a table comes after
 * the tables it references (self-references and cycles are fine: restore defers the checks).
 */
export async function listTables(db: Queryable): Promise<TableInfo[]> {
  const columns = await rows<ColumnRow>(
    db,
    sql`SELECT c.relname AS "table", a.attname AS "column", a.attgenerated::text AS generated,
          EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS pk
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = ${SCHEMA} AND c.relkind IN ('r', 'p')
        ORDER BY c.relname, a.attnum`,
  );
  const byName = new Map<string, TableInfo>();
  for (const row of columns) {
    if (SKIPPED.has(row.table)) continue;
    const table = byName.get(row.table) ?? { name: row.table, columns: [], generated: [], primaryKey: [] };
    byName.set(row.table, table);
    if (row.generated) table.generated.push(row.column);
    else table.columns.push(row.column);
    if (row.pk) table.primaryKey.push(row.column);
  }
  const references = await rows<{ from: string; to: string }>(
    db,
    sql`SELECT DISTINCT c.conrelid::regclass::text AS "from", c.confrelid::regclass::text AS "to"
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = ${SCHEMA}`,
  );
  return dependencyOrder([...byName.values()], references);
}

function dependencyOrder(tables: TableInfo[], references: { from: string; to: string }[]): TableInfo[] {
  const unquote = (name: string) => name.replace(/^"|"$/g, '').replace(/""/g, '"');
  const needs = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { from, to } of references) if (from !== to) needs.get(unquote(from))?.add(unquote(to));
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  let remaining = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => [...(needs.get(t.name) ?? [])].every((n) => done.has(n) || !needs.has(n)));
    // A cycle: take the rest in name order (the deferred checks still hold them to account).
    const next = ready.length > 0 ? ready : remaining;
    for (const table of next) {
      ordered.push(table);
      done.add(table.name);
    }
    remaining = remaining.filter((t) => !done.has(t.name));
  }
  return ordered;
}

/** The migrations the database has, in the order they were applied; [] on a database Tend never touched. */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const [exists] = await rows<{ t: string | null }>(db, sql`SELECT to_regclass('public.tend_migrations')::text AS t`);
  if (!exists?.t) return [];
  return (await rows<{ tag: string }>(db, sql`SELECT tag FROM tend_migrations ORDER BY tag`)).map((r) => r.tag);
}

/** The tables that hold at least one row (an empty database has none). */
export async function nonEmptyTables(db: Queryable): Promise<string[]> {
  const found: string[] = [];
  for (const table of await listTables(db)) {
    const [row] = await rows<{ any: boolean }>(db, sql.raw(`SELECT EXISTS (SELECT 1 FROM ${SCHEMA}.${quoteIdent(table.name)}) AS any`));
    if (row.any) found.push(table.name);
  }
  return found;
}
