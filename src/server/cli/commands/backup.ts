import fs from 'node:fs';
import path from 'node:path';
import { backupToFile, type FormatChoice, restoreFromFile } from '../../backup/backup';
import type { CliCommand, CliIo } from '../command';
import { CliError, configFrom, openForCli, parseFlags, UsageError, withDatabase } from '../cli-support';

const FORMATS: FormatChoice[] = ['auto', 'portable', 'native'];

function fileArgument(positionals: string[]): string {
  const file = positionals[0];
  if (!file) throw new UsageError('FILE is required');
  return path.resolve(file);
}

async function backupRun(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { format: { type: 'string' }, force: { type: 'boolean' } }, 1);
  const file = fileArgument(positionals);
  const format = (values.format ?? 'auto') as FormatChoice;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${values.format}')`);
  if (fs.existsSync(file) && !values.force) throw new CliError(`${file} exists; choose another name, or add --force to replace it`);
  return withDatabase(io, async (database, config) => {
    const result = await backupToFile(database, file, format, config.databaseUrl);
    if (result.note) io.stderr.write(`tend backup: ${result.note}\n`);
    io.stdout.write(
      `Backed up the ${database.engine === 'embedded' ? 'embedded' : 'PostgreSQL'} database to ${file} (${result.format} format, ${fs.statSync(file).size} bytes)\n`,
    );
    return 0;
  });
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write the whole database to one file',
  usage: `Usage: tend backup FILE [--format auto|portable|native] [--force]

Writes every table (workspaces, users, customers, contacts, activities and their follow-up chains,
documents, comments, settings, sessions …) to FILE, from one consistent snapshot.
  auto (default)  embedded: PGlite's data directory (gzip'd tarball); PostgreSQL: pg_dump's custom
                  format when pg_dump is on PATH and matches the server, else the portable format
  native          the same, but fails instead of falling back
  portable        Tend's own gzip'd JSON-lines format: restores into an empty database of EITHER
                  engine (the way from embedded to PostgreSQL and back)
With the embedded database, stop the server first (one process at a time uses the data directory).
An existing FILE is kept unless --force.

Examples:
  npx tend backup backups/tend-$(date +%F).tend
  DATABASE_URL=postgres://tend@db/tend npx tend backup --format portable tend.backup
`,
  run: backupRun,
};

async function restoreRun(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseFlags(argv, {}, 1);
  const file = fileArgument(positionals);
  if (!fs.existsSync(file)) throw new CliError(`${file} does not exist`);
  const config = configFrom(io);
  const result = await restoreFromFile(file, config, () => openForCli(config));
  const where = config.databaseUrl ? 'the PostgreSQL database' : `the embedded database in ${config.dataDir}`;
  const rows = result.tables ? ` (${result.rows} rows in ${result.tables} tables)` : '';
  const migrated = result.migrated.length ? `; then applied ${result.migrated.join(', ')}` : '';
  io.stdout.write(`Restored ${file} (${result.format} format) into ${where}${rows}${migrated}\n`);
  return 0;
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup into an empty database',
  usage: `Usage: tend restore FILE

Restores a backup made by tend backup into the database of this environment, which must be empty
(a new database, or one Tend only migrated): a database with any row is refused. The format is
recognised by itself; a backup from an older Tend is migrated to this version afterwards, one from
a newer Tend is refused. A portable backup or a PGlite dump restores into either engine; a pg_dump
file only into a PostgreSQL database without tables. Sessions are kept: people stay signed in.
With the embedded database, stop the server first.

Examples:
  TEND_DATA_DIR=./data-restored npx tend restore tend-2026-12-01.tend
  DATABASE_URL=postgres://tend@db/tend_new npx tend restore tend.backup
`,
  run: restoreRun,
};
