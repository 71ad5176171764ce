import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq, or, sql } from 'drizzle-orm';
import { type ImportEntity, IMPORT_ENTITIES, type ImportMatch } from '../../../shared/imports';
import { readConfig } from '../../config';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { users, workspaces } from '../../db/schema';
import * as repo from '../../features/imports/imports.repository';
import { runImport } from '../../features/imports/imports.run';
import { runImportRequest, uploadImport } from '../../features/imports/imports.service';
import { AppError } from '../../http/errors';
import type { CliCommand, CliIo } from '../command';

const USAGE = `Usage: tend import --workspace <id or name> --user <email> --entity customers|contacts|activities FILE [--match email|name]

Imports a CSV (any of , ; tab | as delimiter; UTF-8, Windows-1252 or ISO-8859-2) or XLSX file as the
user, with the mapping proposed from the file's header names. Rows that name an existing record (by
email, rows without one by name; or by name with --match name) update it. Prints the progress and
the result; the exit code is 1 when rows failed (they are listed with row, field and reason).

Example:
  npx tend import --workspace "Acme" --user ann@acme.test --entity customers kunder.csv
`;

type Open = (io: CliIo) => Promise<DatabaseHandle>;

const openFromEnv: Open = async (io) => openDatabase(readConfig(io.env, []));

interface Args {
  workspace: string;
  user: string;
  entity: ImportEntity;
  match: ImportMatch;
  file: string;
}

/** The arguments, or the message naming the flag that is wrong. */
function parse(argv: string[]): Args | string {
  let parsed: ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' }>; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { workspace: { type: 'string' }, user: { type: 'string' }, entity: { type: 'string' }, match: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { workspace, user, entity = 'customers', match = 'email' } = parsed.values as Record<string, string | undefined>;
  if (!workspace) return '--workspace is required';
  if (!user) return '--user is required';
  if (!(IMPORT_ENTITIES as readonly string[]).includes(entity)) return '--entity must be customers, contacts or activities';
  if (match !== 'email' && match !== 'name') return '--match must be email or name';
  if (parsed.positionals.length !== 1) return 'Name one FILE to import';
  return { workspace, user, entity: entity as ImportEntity, match, file: parsed.positionals[0] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findUser(db: DatabaseHandle['db'], workspace: string, email: string) {
  const byWorkspace = UUID.test(workspace) ? or(eq(workspaces.id, workspace), eq(workspaces.name, workspace)) : eq(workspaces.name, workspace);
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(byWorkspace, sql`lower(${users.email}) = ${email.toLowerCase()}`));
  return row ? repo.actorOfUser(db, row.id) : null;
}

async function runIn(handle: DatabaseHandle, args: Args, io: CliIo): Promise<number> {
  const db = handle.db;
  const actor = await findUser(db, args.workspace, args.user);
  if (!actor) {
    io.stderr.write(`No active user ${args.user} in the workspace ${args.workspace}\n`);
    return 1;
  }
  const content = await readFile(args.file);
  const uploaded = await uploadImport(db, actor, { entity: args.entity, fileName: path.basename(args.file), content });
  io.stdout.write(`${uploaded.total} rows; columns: ${uploaded.columns.map((c) => `${c} → ${uploaded.mapping[c] ?? '-'}`).join(', ')}\n`);
  await runImportRequest(db, actor, uploaded.id, { mapping: uploaded.mapping, match: args.match }, async () => undefined);
  let shown = -1;
  await runImport(db, uploaded.id, {
    onProgress: ({ done, total }) => {
      const percent = Math.floor((done / total) * 100);
      if (percent < shown + 10 && done !== total) return;
      shown = percent;
      io.stdout.write(`${done}/${total} rows (${percent}%)\n`);
    },
  });
  const result = await repo.findImport(db, { ...actor, role: 'admin' }, uploaded.id);
  const failures = await repo.listFailures(db, uploaded.id);
  io.stdout.write(`${result?.created ?? 0} created, ${result?.updated ?? 0} updated, ${failures.length} failed\n`);
  for (const f of failures) io.stdout.write(`row ${f.row}: ${f.field}: ${f.message}\n`);
  return failures.length > 0 || result?.status !== 'done' ? 1 : 0;
}

/** `tend import` with the database it opens (tests pass theirs). */
export function importCommandWith(open: Open): CliCommand {
  return {
    name: 'import',
    summary: 'Import customers, contacts or activities from a CSV or XLSX file',
    usage: USAGE,
    async run(argv, io) {
      const args = parse(argv);
      if (typeof args === 'string') {
        io.stderr.write(`${args}\n\n${USAGE}\n`);
        return 2;
      }
      let handle: DatabaseHandle | null = null;
      try {
        handle = await open(io);
        return await runIn(handle, args, io);
      } catch (error) {
        const message = error instanceof AppError && error.fields ? Object.values(error.fields).join('; ') : (error as Error).message;
        io.stderr.write(`Import failed: ${message}\n`);
        return 1;
      } finally {
        await handle?.close();
      }
    },
  };
}

export const importCommand: CliCommand = importCommandWith(openFromEnv);
