import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { activityExportQuerySchema, contactExportQuerySchema, customerExportQuerySchema, EXPORT_ENTITIES, type ExportEntity } from '../../../shared/exports';
import { actorColumns } from '../../auth/authenticate';
import { readConfig } from '../../config';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { users, workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';
import { exportStream } from '../../features/exports/export-writers';
import { type ExportRequest, prepareExport } from '../../features/exports/export.service';
import type { CliCommand, CliIo } from '../command';

const USAGE = `Usage: tend export --workspace <id or name> --user <email> --entity customers|contacts|activities --format csv|xlsx [--filter key=value …] [FILE|-]

Writes the list as the user sees it in the app (their language, time zone and visibility: restricted
customers and private activities left out) to FILE, or to standard output with - or no FILE. Rows are
read and written in batches, so a million activities need no more memory than a thousand.

  --workspace   the workspace's id or exact name
  --user        the email of the user whose view is exported
  --entity      customers, contacts or activities
  --format      csv (UTF-8 with BOM) or xlsx
  --filter      a list filter, as in the API (e.g. status=lead, view=todo, from=2026-01-01); repeatable
  --batch-size  rows per query (default 2000)

Example:
  npx tend export --workspace "Acme" --user ann@acme.test --entity activities --format xlsx --filter from=2026-01-01 activities.xlsx
`;

class UsageError extends Error {}

interface ExportArgs {
  workspace: string;
  user: string;
  entity: ExportEntity;
  format: 'csv' | 'xlsx';
  filters: Record<string, string>;
  batchSize?: number;
  file: string;
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

function argsOf(argv: string[]): ExportArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        user: { type: 'string' },
        entity: { type: 'string' },
        format: { type: 'string' },
        filter: { type: 'string', multiple: true },
        'batch-size': { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values as Record<string, string | string[] | undefined>;
  const entity = need(v.entity as string | undefined, '--entity');
  if (!(EXPORT_ENTITIES as readonly string[]).includes(entity)) throw new UsageError(`--entity: one of ${EXPORT_ENTITIES.join(', ')}`);
  const format = need(v.format as string | undefined, '--format');
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format: csv or xlsx');
  const filters: Record<string, string> = {};
  for (const pair of (v.filter as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--filter: key=value, not "${pair}"`);
    filters[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const size = v['batch-size'] as string | undefined;
  const batchSize = size === undefined ? undefined : Number(size);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new UsageError('--batch-size: a whole number above 0');
  if (parsed.positionals.length > 1) throw new UsageError('at most one FILE');
  return {
    workspace: need(v.workspace as string | undefined, '--workspace'),
    user: need(v.user as string | undefined, '--user'),
    entity: entity as ExportEntity,
    format,
    filters,
    batchSize,
    file: parsed.positionals[0] ?? '-',
  };
}

const SCHEMAS = { customers: customerExportQuerySchema, contacts: contactExportQuerySchema, activities: activityExportQuerySchema };

function requestOf(a: ExportArgs): ExportRequest {
  const result = SCHEMAS[a.entity].safeParse({ ...a.filters, format: a.format });
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => `--filter ${String(i.path[0] ?? '')}: ${i.message}`).join('\n'));
  }
  return { entity: a.entity, query: result.data } as ExportRequest;
}

/** The user as the app sees them when signed in (the same columns, visibility included). */
async function actorFor(database: DatabaseHandle, workspace: string, email: string): Promise<Actor | null> {
  const byId = z.uuid().safeParse(workspace).success ? eq(workspaces.id, workspace) : undefined;
  const rows = await database.db
    .select(actorColumns)
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(byId ?? eq(workspaces.name, workspace), eq(users.email, email.trim().toLowerCase()), eq(users.active, true), sql`${users.role} <> 'partner'`))
    .limit(2);
  // Two workspaces of the same name, each with this user: the id must say which.
  return rows.length === 1 ? (rows[0] as Actor) : null;
}

async function runExport(open: (env: NodeJS.ProcessEnv) => Promise<DatabaseHandle>, argv: string[], io: CliIo): Promise<number> {
  const args = argsOf(argv);
  const request = requestOf(args);
  const database = await open(io.env);
  try {
    const actor = await actorFor(database, args.workspace, args.user);
    if (!actor) {
      io.stderr.write(`export: no active user ${args.user} in one workspace "${args.workspace}" (with two of that name, give its id)\n`);
      return 1;
    }
    const table = await prepareExport(database.db, actor, request, { batchSize: args.batchSize });
    const out = args.file === '-' ? io.stdout : createWriteStream(args.file);
    // stdout stays open for the caller; a file is closed when the last row is written.
    await pipeline(exportStream(table, table.format), out, { end: args.file !== '-' });
    if (args.file !== '-') io.stderr.write(`export: wrote ${args.file}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

/** `tend export` on the database this command is given (tests pass theirs). */
export function makeExportCommand(open: (env: NodeJS.ProcessEnv) => Promise<DatabaseHandle>): CliCommand {
  return {
    name: 'export',
    summary: 'Export customers, contacts or activities as CSV or XLSX, as a user sees them',
    usage: USAGE,
    async run(argv, io) {
      try {
        return await runExport(open, argv, io);
      } catch (error) {
        if (error instanceof UsageError) {
          io.stderr.write(`export: ${error.message}\n\n${USAGE}\n`);
          return 2;
        }
        const known = error as { statusCode?: number; message?: string };
        io.stderr.write(`export: ${known.message ?? String(error)}\n`);
        return 1;
      }
    },
  };
}

/** With the embedded database, stop the server first: one data directory serves one process. */
export const exportCommand: CliCommand = makeExportCommand((env) => openDatabase(readConfig(env), 'migration'));
