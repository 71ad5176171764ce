import Papa from 'papaparse';
import {
  IMPORT_FIELDS,
  IMPORT_MAX_ROWS,
  REQUIRED_IMPORT_FIELDS,
  type Import,
  type ImportEntity,
  type ImportField,
  type ImportRun,
} from '../../../shared/imports';
import { assertCan } from '../../access/policy';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { invalid, notFound, problem } from '../../http/errors';
import { iso } from '../../http/serialize';
import { parseFile, proposeMapping, UnreadableFile } from './imports.domain';
import * as repo from './imports.repository';

/** What runs a queued import: the job queue, or (a process without one, the CLI) the caller itself. */
export type StartRun = (importId: string, tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => Promise<(() => void) | undefined>;

const KIND = { customers: 'customer', contacts: 'contact', activities: 'activity' } as const;

/** The failures an import answers with; GET …/failed.csv has all of them. */
const FAILED_SHOWN = 500;

async function view(db: Database, row: NonNullable<Awaited<ReturnType<typeof repo.findImport>>>): Promise<Import> {
  return {
    id: row.id,
    entity: row.entity,
    fileName: row.fileName,
    columns: row.columns,
    sample: row.sample,
    mapping: row.mapping ?? {},
    match: row.match,
    status: row.status,
    total: row.total,
    done: row.done,
    created: row.created,
    updated: row.updated,
    failed: row.failedCount > 0 ? await repo.listFailures(db, row.id, FAILED_SHOWN) : [],
    failedCount: row.failedCount,
    createdAt: iso(row.createdAt),
  };
}

/** Reads an uploaded file and keeps its rows with a proposed mapping; nothing is imported yet. */
export async function uploadImport(db: Database, actor: Actor, input: { entity: ImportEntity; fileName: string; content: Buffer }): Promise<Import> {
  assertCan(actor, 'create', { kind: KIND[input.entity] });
  let parsed: Awaited<ReturnType<typeof parseFile>>;
  try {
    parsed = await parseFile(input.content);
  } catch (error) {
    if (error instanceof UnreadableFile) throw invalid({ file: error.message });
    throw invalid({ file: 'Not a readable CSV or XLSX file' });
  }
  if (parsed.rows.length === 0) throw invalid({ file: 'The file has a header but no rows' });
  if (parsed.rows.length > IMPORT_MAX_ROWS)
    throw invalid({ file: `At most ${IMPORT_MAX_ROWS} rows per file` }, { code: 'too_many', params: { max: IMPORT_MAX_ROWS } });
  const mapping = proposeMapping(input.entity, parsed.columns);
  const id = await repo.insertImport(db, actor, { entity: input.entity, fileName: input.fileName, columns: parsed.columns, rows: parsed.rows, mapping });
  return getImport(db, actor, id);
}

export async function getImport(db: Database, actor: Actor, id: string): Promise<Import> {
  const row = await repo.findImport(db, actor, id);
  if (!row) throw notFound('Record');
  return view(db, row);
}

/** The mapping checked against the file and the entity: 400 naming `mapping.<column>` or `mapping`. */
function checkMapping(entity: ImportEntity, columns: string[], mapping: ImportRun['mapping']) {
  const allowed = new Set<ImportField>(IMPORT_FIELDS[entity]);
  const used = new Map<ImportField, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!columns.includes(column)) throw invalid({ [`mapping.${column}`]: 'No such column in the file' });
    if (!field) continue;
    if (!allowed.has(field)) throw invalid({ [`mapping.${column}`]: `Not a field of ${entity}` }, 'one_of');
    if (used.has(field)) throw invalid({ [`mapping.${column}`]: `"${used.get(field)}" is mapped to ${field} already` }, 'duplicate');
    used.set(field, column);
  }
  for (const field of REQUIRED_IMPORT_FIELDS[entity]) if (!used.has(field)) throw invalid({ mapping: `Map a column to ${field}` }, 'required');
  if (entity === 'contacts' && !used.has('firstName') && !used.has('fullName')) throw invalid({ mapping: 'Map a column to firstName or fullName' }, 'required');
}

/** Starts the run with the mapping the user chose: once (a second run of the same upload is 409). */
export async function runImportRequest(db: Database, actor: Actor, id: string, input: ImportRun, start: StartRun): Promise<Import> {
  const row = await repo.findImport(db, actor, id);
  if (!row) throw notFound('Record');
  assertCan(actor, 'create', { kind: KIND[row.entity] });
  checkMapping(row.entity, row.columns, input.mapping);
  const mapping = Object.fromEntries(row.columns.map((c) => [c, input.mapping[c] ?? null]));
  const afterCommit = await db.transaction(async (tx) => {
    if (!(await repo.markQueued(tx, id, mapping, input.match ?? 'email'))) throw problem('conflict', 'changed_meanwhile', 'The import has run already');
    return start(id, tx);
  });
  const answer = await getImport(db, actor, id);
  afterCommit?.();
  return answer;
}

/** The rows that failed, as they were in the file, with a first column saying why: fix them and import the file again. */
export async function failedCsv(db: Database, actor: Actor, id: string): Promise<{ fileName: string; csv: string }> {
  const row = await repo.findImport(db, actor, id);
  if (!row) throw notFound('Record');
  const failures = await repo.listFailures(db, id);
  const full = failures.length > 0 ? await repo.loadImport(db, id) : null;
  const byRow = new Map<number, string[]>();
  for (const f of failures) byRow.set(f.row, [...(byRow.get(f.row) ?? []), `${f.field}: ${f.message}`]);
  const data = [...byRow].map(([n, reasons]) => [...(full?.rows[n - 2] ?? []), reasons.join('; ')]);
  const csv = Papa.unparse({ fields: [...row.columns, 'Error'], data });
  const base = row.fileName.replace(/\.(csv|xlsx|txt)$/i, '');
  return { fileName: `${base}-failed.csv`, csv: `\uFEFF${csv}\r\n` };
}
