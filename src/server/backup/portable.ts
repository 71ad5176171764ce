import { once } from 'node:events';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { type Database, type Engine, type Queryable, rows, type Tx } from '../db/client';
import { migrate, readMigrations } from '../db/migrate';
import { appliedMigrations, listTables, nonEmptyTables, quoteIdent, SCHEMA, type TableInfo } from './tables';

/**
 * Tend's portable backup: gzip'd JSON lines, the same on both engines, restorable into an empty
 * database of either. Line 1 is the header; then per table a ["table", name, columns] line and one
 * ["row", {column: value}] line per row in primary-key order (values as PostgreSQL's to_jsonb
 * writes them: bytea as "\\x…" hex, timestamps with their offset); last ["end", {table: count}],
 * so a cut-off file is detected.
 */
export const PORTABLE_FORMAT = 'tend-backup';
export const PORTABLE_VERSION = 1;

export interface PortableHeader {
  format: typeof PORTABLE_FORMAT;
  version: number;
  /** The migrations the database had: restore brings the new database to this level first. */
  migrations: string[];
  engine: Engine;
  createdAt: string;
  tables: string[];
}

export class RestoreError extends Error {}

const BATCH_ROWS = 500;
/** A batch is sent once its rows add up to this many characters (documents make big rows). */
const BATCH_CHARS = 8_000_000;

async function write(out: Writable, line: string) {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

const table = (name: string) => `${SCHEMA}.${quoteIdent(name)}`;

/** One table's rows in primary-key order, in batches (keyset on the key, so a big table is never held whole). */
async function writeTable(db: Queryable, info: TableInfo, out: Writable): Promise<number> {
  const json = info.generated.length ? `to_jsonb(t) - ARRAY[${info.generated.map((g) => `'${g.replace(/'/g, "''")}'`).join(',')}]::text[]` : 'to_jsonb(t)';
  const key = (info.primaryKey.length ? info.primaryKey : info.columns).map((c) => `t.${quoteIdent(c)}`).join(', ');
  let last: string | null = null;
  let count = 0;
  for (;;) {
    const after: string =
      last === null ? '' : `WHERE (${key}) > (SELECT ${key} FROM jsonb_populate_record(NULL::${table(info.name)}, ${sqlString(last)}::jsonb) t)`;
    const batch: { r: string }[] = await rows<{ r: string }>(
      db,
      sql.raw(`SELECT (${json})::text AS r FROM ${table(info.name)} t ${after} ORDER BY ${key} LIMIT ${BATCH_ROWS}`),
    );
    for (const { r } of batch) await write(out, `["row",${r}]`);
    count += batch.length;
    if (batch.length < BATCH_ROWS) return count;
    last = batch[batch.length - 1].r;
  }
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Writes the whole database to `out` (not ended) from one consistent snapshot. */
export async function writePortable(db: Database, engine: Engine, out: Writable): Promise<Record<string, number>> {
  return db.transaction(
    async (tx) => {
      const tables = await listTables(tx);
      const header: PortableHeader = {
        format: PORTABLE_FORMAT,
        version: PORTABLE_VERSION,
        migrations: await appliedMigrations(tx),
        engine,
        createdAt: new Date().toISOString(),
        tables: tables.map((t) => t.name),
      };
      await write(out, JSON.stringify(header));
      const counts: Record<string, number> = {};
      for (const info of tables) {
        await write(out, JSON.stringify(['table', info.name, info.columns]));
        counts[info.name] = await writeTable(tx, info, out);
      }
      await write(out, JSON.stringify(['end', counts]));
      return counts;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Reads and checks the header line; answers it and the remaining lines. */
export async function readHeader(input: Readable): Promise<{ header: PortableHeader; lines: AsyncIterator<string> }> {
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: PortableHeader | null = null;
  try {
    header = first.done ? null : (JSON.parse(first.value) as PortableHeader);
  } catch {
    header = null;
  }
  if (header?.format !== PORTABLE_FORMAT) throw new RestoreError('this is not a Tend backup (no tend-backup header)');
  if (header.version !== PORTABLE_VERSION) {
    throw new RestoreError(`this backup is format version ${header.version}; this version of Tend reads version ${PORTABLE_VERSION}`);
  }
  return { header, lines };
}

/**
 * The migrations to apply before the rows go in: exactly the backup's level. A backup from a newer
 * Tend (migrations this one does not know) or a database already past that level is refused.
 */
async function prepareSchema(db: Database, header: PortableHeader) {
  const known = readMigrations();
  const unknown = header.migrations.filter((tag) => !known.some((m) => m.tag === tag));
  if (unknown.length) throw new RestoreError(`this backup was made by a newer version of Tend (it has ${unknown.join(', ')}); restore it with that version`);
  const applied = await appliedMigrations(db);
  const beyond = applied.filter((tag) => !header.migrations.includes(tag));
  if (beyond.length) {
    throw new RestoreError(
      `the database is already migrated past the backup's level (${beyond.join(', ')}); restore into a new, empty database: tend restore migrates it itself`,
    );
  }
  const nonEmpty = await nonEmptyTables(db);
  if (nonEmpty.length) {
    throw new RestoreError(
      `the database is not empty (rows in ${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ', …' : ''}); restore only into a new, empty database`,
    );
  }
  await migrate(
    db,
    known.filter((m) => header.migrations.includes(m.tag)),
  );
}

/** Foreign keys checked at commit, triggers off while rows go in (the derived tables come from the backup too). */
async function loosen(tx: Tx, tables: TableInfo[]) {
  const strict = await rows<{ table: string; name: string }>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS "table", c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = ${SCHEMA} AND NOT c.condeferrable`,
  );
  for (const c of strict) await tx.execute(sql.raw(`ALTER TABLE ${c.table} ALTER CONSTRAINT ${quoteIdent(c.name)} DEFERRABLE INITIALLY DEFERRED`));
  for (const info of tables) await tx.execute(sql.raw(`ALTER TABLE ${table(info.name)} DISABLE TRIGGER USER`));
  await tx.execute(sql`SET CONSTRAINTS ALL DEFERRED`);
  return async () => {
    // The deferred checks run now (a broken reference fails the restore); then the schema is as before.
    await tx.execute(sql`SET CONSTRAINTS ALL IMMEDIATE`);
    for (const info of tables) await tx.execute(sql.raw(`ALTER TABLE ${table(info.name)} ENABLE TRIGGER USER`));
    for (const c of strict) await tx.execute(sql.raw(`ALTER TABLE ${c.table} ALTER CONSTRAINT ${quoteIdent(c.name)} NOT DEFERRABLE`));
  };
}

async function insertBatch(tx: Tx, info: TableInfo, columns: string[], batch: string[]) {
  if (batch.length === 0) return;
  const list = columns.map(quoteIdent).join(', ');
  await tx.execute(
    sql`${sql.raw(`INSERT INTO ${table(info.name)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM jsonb_populate_recordset(NULL::${table(info.name)}, `)}${`[${batch.join(',')}]`}${sql.raw('::jsonb)')}`,
  );
}

/** Sequences (serial and identity columns) continue after the restored rows. */
async function resetSequences(tx: Tx) {
  const owned = await rows<{ seq: string; tbl: string; col: string }>(
    tx,
    sql`SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
        FROM pg_class s
        JOIN pg_namespace n ON n.oid = s.relnamespace
        JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
        JOIN pg_class t ON t.oid = d.refobjid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE s.relkind = 'S' AND n.nspname = ${SCHEMA}`,
  );
  for (const { seq, tbl, col } of owned) {
    await tx.execute(sql.raw(`SELECT setval('${seq.replace(/'/g, "''")}', COALESCE((SELECT max(${quoteIdent(col)}) FROM ${tbl}), 0) + 1, false)`));
  }
}

async function loadRows(tx: Tx, tables: TableInfo[], lines: AsyncIterator<string>): Promise<Record<string, number>> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  let current: { info: TableInfo; columns: string[] } | null = null;
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (current) await insertBatch(tx, current.info, current.columns, batch);
    batch = [];
    chars = 0;
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (line.startsWith('["row",')) {
      if (!current) throw new RestoreError('the backup is damaged (a row before its table)');
      batch.push(line.slice(7, -1));
      chars += line.length;
      counts[current.info.name] = (counts[current.info.name] ?? 0) + 1;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    await flush();
    const [kind, name, columns] = JSON.parse(line) as [string, unknown, string[]];
    if (kind === 'end') return checkCounts(name as Record<string, number>, counts);
    const info = byName.get(String(name));
    if (kind !== 'table' || !info) throw new RestoreError(`the backup has a table this database lacks: ${String(name)}`);
    const missing = columns.filter((c) => !info.columns.includes(c));
    if (missing.length) throw new RestoreError(`the backup has columns ${name}.${missing.join(', ')} that this database lacks`);
    current = { info, columns };
    counts[info.name] = 0;
  }
  throw new RestoreError('the backup is cut off (its end line is missing)');
}

function checkCounts(expected: Record<string, number>, counts: Record<string, number>) {
  for (const [name, count] of Object.entries(expected)) {
    if ((counts[name] ?? 0) !== count) throw new RestoreError(`the backup is damaged: ${name} should have ${count} rows, it has ${counts[name] ?? 0}`);
  }
  return counts;
}

/**
 * Restores a portable backup into an empty database of either engine, all in one transaction
 * (a failed restore leaves the database as it was), then brings it to this version's level.
 */
export async function restorePortable(db: Database, input: Readable): Promise<{ header: PortableHeader; counts: Record<string, number>; migrated: string[] }> {
  const { header, lines } = await readHeader(input);
  await prepareSchema(db, header);
  const counts = await db.transaction(async (tx) => {
    const tables = await listTables(tx);
    const tighten = await loosen(tx, tables);
    const loaded = await loadRows(tx, tables, lines);
    await tighten();
    await resetSequences(tx);
    return loaded;
  });
  return { header, counts, migrated: await migrate(db) };
}
