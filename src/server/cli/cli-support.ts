import readline from 'node:readline';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Config, ConfigError, readConfig } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { DataDirLockedError } from '../db/data-dir-lock';
import { MigrationError } from '../db/migrate';
import { AppError } from '../http/errors';
import type { CliIo } from './command';
import { RestoreError } from '../backup/portable';

/** Wrong usage (exit 2): the message names the flag or argument. */
export class UsageError extends Error {}
/** A refusal or failure the operator can act on (exit 1): its message is shown, never a stack trace. */
export class CliError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags strictly: an unknown flag or a missing value is a UsageError naming it. */
export function parseFlags<O extends Options>(argv: string[], options: O, positionals = 0) {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionals > 0 });
    if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument '${parsed.positionals[positionals]}'`);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/** A required string flag: absent or blank is a UsageError naming it. */
export function required(values: Record<string, unknown>, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${flag} is required`);
  return value.trim();
}

/**
 * A secret (a password) from the environment variable `envName` or else the first line of stdin,
 * never from argv (other users of the machine can read a process's arguments).
 */
export async function readSecret(io: CliIo, envName: string, what: string): Promise<string> {
  const fromEnv = io.env[envName];
  if (fromEnv) return fromEnv;
  if ((io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write(`${what} (input is shown; prefer ${envName} or a pipe): `);
  const lines = readline.createInterface({ input: io.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new CliError(`no ${what.toLowerCase()}: set ${envName} or give it on the first line of stdin`);
}

export function configFrom(io: CliIo): Config {
  return readConfig(io.env, []);
}

/** Opens the database the server uses (same environment); the embedded one only while no server holds it. */
export async function openForCli(config: Config): Promise<DatabaseHandle> {
  try {
    return await openDatabase(config, 'migration');
  } catch (error) {
    if (error instanceof DataDirLockedError)
      throw new CliError(`${error.message}. Stop the server first: one process at a time uses an embedded data directory.`);
    throw error;
  }
}

/** Runs `body` with the database open and closes it afterwards. */
export async function withDatabase<T>(io: CliIo, body: (database: DatabaseHandle, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom(io);
  const database = await openForCli(config);
  try {
    return await body(database, config);
  } finally {
    await database.close();
  }
}

/** The message of an error the operator caused or can fix; null for a bug (shown with its stack). */
export function knownMessage(error: unknown): string | null {
  if (error instanceof CliError || error instanceof ConfigError || error instanceof MigrationError || error instanceof RestoreError) return error.message;
  if (error instanceof AppError && error.status < 500) {
    const fields = Object.entries(error.fields ?? {}).map(([field, why]) => `${field}: ${why}`);
    return [error.message, ...fields].join('\n');
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EEXIST' || code === 'ECONNREFUSED') return (error as Error).message;
  return null;
}
