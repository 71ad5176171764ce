import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseHandle } from '../db/client';
import { wrapPglite, pgliteExtensions } from '../db/client';
import { LOCK_FILE, lockDataDir } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';
import { RestoreError, restorePortable, writePortable } from './portable';
import { appliedMigrations, listTables, nonEmptyTables } from './tables';

export type BackupFormat = 'portable' | 'pglite' | 'pg_dump';
export type FormatChoice = 'auto' | 'portable' | 'native';

/** Runs a program; answers its exit code and stderr (null when it is not on PATH). */
function runProgram(program: string, args: string[]): Promise<{ code: number; stderr: string } | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(null) : reject(error)));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }));
  });
}

async function writePortableFile(handle: DatabaseHandle, file: string) {
  const gzip = createGzip();
  const done = pipeline(gzip, fs.createWriteStream(file));
  await writePortable(handle.db, handle.engine, gzip);
  gzip.end();
  await done;
}

/**
 * Writes the whole database to `file` (through `file.partial`, renamed when complete). Native:
 * PGlite's data directory as a gzip'd tarball, or pg_dump's custom format when pg_dump is on PATH
 * and matches the server (otherwise the portable format, said in `note`).
 */
export async function backupToFile(
  handle: DatabaseHandle,
  file: string,
  choice: FormatChoice,
  databaseUrl: string | null,
): Promise<{ format: BackupFormat; note?: string }> {
  const partial = `${file}.partial`;
  try {
    const result = await writeBackup(handle, partial, choice, databaseUrl);
    fs.renameSync(partial, file);
    return result;
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

async function writeBackup(handle: DatabaseHandle, file: string, choice: FormatChoice, url: string | null): Promise<{ format: BackupFormat; note?: string }> {
  if (choice === 'portable') {
    await writePortableFile(handle, file);
    return { format: 'portable' };
  }
  if (handle.dumpDataDir) {
    fs.writeFileSync(file, await handle.dumpDataDir());
    return { format: 'pglite' };
  }
  const dumped = url ? await runProgram('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]) : null;
  if (dumped?.code === 0) return { format: 'pg_dump' };
  if (dumped && choice === 'native') throw new RestoreError(`pg_dump failed: ${dumped.stderr}`);
  await writePortableFile(handle, file);
  return {
    format: 'portable',
    note: dumped ? `pg_dump failed (${dumped.stderr.split('\n')[0]}); wrote the portable format instead` : 'pg_dump is not on PATH; wrote the portable format',
  };
}

/** What a backup file is, from its first bytes. */
export async function detectFormat(file: string): Promise<BackupFormat> {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(8);
  fs.readSync(fd, head, 0, 8, 0);
  fs.closeSync(fd);
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] !== 0x1f || head[1] !== 0x8b)
    throw new RestoreError(`${file} is not a Tend backup (neither the portable format, a PGlite dump nor pg_dump's custom format)`);
  const start = await firstBytes(fs.createReadStream(file).pipe(createGunzip()), 512);
  if (start.subarray(0, 24).toString('utf8').includes('"format":"tend-backup"')) return 'portable';
  if (start.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite';
  throw new RestoreError(`${file} is a gzip file but not a Tend backup`);
}

async function firstBytes(stream: Readable, count: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= count) break;
  }
  stream.destroy();
  return Buffer.concat(chunks);
}

export const portableInput = (file: string): Readable => fs.createReadStream(file).pipe(createGunzip());

/** Opens a PGlite dump in memory (nothing is written to disk). */
export async function openPgliteDump(file: string): Promise<DatabaseHandle> {
  const client = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(file)]), extensions: pgliteExtensions });
  return wrapPglite(client, { namedStatements: false });
}

/** Copies one database into another (empty) through the portable format, without a file between. */
export async function copyDatabase(source: DatabaseHandle, target: DatabaseHandle) {
  const stream = new PassThrough({ highWaterMark: 1 << 20 });
  const writing = writePortable(source.db, source.engine, stream).then(() => stream.end());
  writing.catch(() => {});
  try {
    const [, restored] = await Promise.all([writing, restorePortable(target.db, stream)]);
    return restored;
  } catch (error) {
    // The writer waits for room in the stream: the error ends its snapshot too.
    stream.destroy(error as Error);
    await writing.catch(() => {});
    throw error;
  }
}

export interface RestoreTarget {
  databaseUrl: string | null;
  dataDir: string;
}

export interface RestoreResult {
  format: BackupFormat;
  tables: number;
  rows: number;
  migrated: string[];
}

/** Restores `file` (any of the three formats) into the empty database of `target`; `open` opens it. */
export async function restoreFromFile(file: string, target: RestoreTarget, open: () => Promise<DatabaseHandle>): Promise<RestoreResult> {
  const format = await detectFormat(file);
  if (format === 'pglite' && !target.databaseUrl && !fs.existsSync(path.join(target.dataDir, 'PG_VERSION'))) {
    return { format, tables: 0, rows: 0, ...(await restoreDataDir(file, target.dataDir)) };
  }
  const handle = await open();
  try {
    if (format === 'pg_dump') return { format, tables: 0, rows: 0, migrated: await pgRestore(handle, file, target.databaseUrl) };
    const restored = format === 'portable' ? await restorePortable(handle.db, portableInput(file)) : await copyFromDump(file, handle);
    const counts = Object.values(restored.counts);
    return { format, tables: counts.length, rows: counts.reduce((a, b) => a + b, 0), migrated: restored.migrated };
  } finally {
    await handle.close();
  }
}

/** A PGlite dump into PostgreSQL or into an existing (empty) embedded database: through the portable format. */
async function copyFromDump(file: string, target: DatabaseHandle) {
  const source = await openPgliteDump(file);
  try {
    return await copyDatabase(source, target);
  } finally {
    await source.close();
  }
}

/** A PGlite dump into a new data directory: PGlite loads it as it is, then it is migrated to this version. */
async function restoreDataDir(file: string, dataDir: string): Promise<{ migrated: string[] }> {
  const existed = fs.existsSync(dataDir);
  if (existed && fs.readdirSync(dataDir).some((name) => name !== LOCK_FILE)) {
    throw new RestoreError(`the data directory ${dataDir} is not empty; restore into a new directory (set TEND_DATA_DIR)`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir, 'migration');
  try {
    const client = await PGlite.create(dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]), extensions: pgliteExtensions });
    try {
      return { migrated: await migrate(wrapPglite(client, { namedStatements: false }).db) };
    } finally {
      await client.close();
    }
  } catch (error) {
    for (const name of fs.readdirSync(dataDir)) if (name !== LOCK_FILE) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    throw error;
  } finally {
    lock.release();
    if (!existed && fs.readdirSync(dataDir).length === 0) fs.rmdirSync(dataDir);
  }
}

/** pg_dump's custom format, with pg_restore, into a PostgreSQL database that has no tables yet. */
async function pgRestore(handle: DatabaseHandle, file: string, url: string | null): Promise<string[]> {
  if (handle.engine !== 'postgres' || !url) {
    throw new RestoreError(
      'this is a pg_dump backup: it restores only into PostgreSQL (set DATABASE_URL). To move to the embedded engine, make a portable backup: tend backup --format portable FILE',
    );
  }
  if ((await nonEmptyTables(handle.db)).length > 0) throw new RestoreError('the database is not empty; restore only into a new, empty database');
  if ((await listTables(handle.db)).length > 0 || (await appliedMigrations(handle.db)).length > 0) {
    throw new RestoreError(
      'a pg_dump backup restores into a database without tables: create a new one (createdb), or make a portable backup, which restores into a migrated empty database too',
    );
  }
  const restored = await runProgram('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file]);
  if (!restored) throw new RestoreError('pg_restore is not on PATH: install the PostgreSQL client programs (the same major version as the server)');
  if (restored.code !== 0) throw new RestoreError(`pg_restore failed: ${restored.stderr}`);
  return migrate(handle.db);
}

export { RestoreError };
