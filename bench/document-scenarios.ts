import { activityListQuerySchema } from '../src/shared/activities';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listActivities } from '../src/server/features/activities/activities.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** One activity in this many gets a document. */
const DOCUMENT_EVERY = 20;
const KINDS = ['Tilbud', 'Kontrakt', 'Faktura', 'Rammeaftale', 'Referat', 'Prisliste'];
/** A part of a name that about one document in six has, and one that a handful have (a number inside the name). */
const COMMON = 'rammeaftale';
const RARE = '4711';

/**
 * Documents on a twentieth of the activities, made in the database in two statements: a name of a
 * kind and a number ("Rammeaftale 84711.pdf"), and one byte of content each (the search never reads contents).
 */
async function seedDocuments(db: BenchDb, dataset: LoadedDataset): Promise<void> {
  // A kept dataset (--keep) has them from its first run.
  if ((await db.query('SELECT 1 FROM documents WHERE workspace_id = $1 LIMIT 1', [dataset.workspaceId])).length > 0) return;
  await db.query(
    `INSERT INTO documents (workspace_id, activity_id, name, content_type, size, kind, created_by_id, created_at)
     SELECT workspace_id, id,
       ($2::text[])[1 + abs(hashtext(id::text)) % ${KINDS.length}] || ' ' || (abs(hashtext(id::text || 'n')) % 100000)::text || '.pdf',
       'application/pdf', 1, 'file', responsible_id, coalesce(scheduled_at, created_at)
     FROM activities WHERE workspace_id = $1 AND abs(hashtext(id::text || 'd')) % ${DOCUMENT_EVERY} = 0`,
    [dataset.workspaceId, `{${KINDS.join(',')}}`],
  );
  await db.query(`INSERT INTO document_contents (document_id, content) SELECT id, '\\x00'::bytea FROM documents WHERE workspace_id = $1`, [
    dataset.workspaceId,
  ]);
  await db.exec('ANALYZE documents; ANALYZE document_contents');
}

/** Activity search by a document's name (issue 16): a common part of names and a rare one, first page of 50, as the bench user. */
export async function documentScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  await seedDocuments(db, dataset);
  const matches = async (part: string) =>
    Number((await db.query<{ n: string | number }>('SELECT count(*) AS n FROM documents WHERE search_name LIKE tend_fold($1)', [`%${part}%`]))[0].n);
  notes.documents = Number((await db.query<{ n: string | number }>('SELECT count(*) AS n FROM documents'))[0].n);
  notes.documentNameCommon = `${COMMON}: ${await matches(COMMON)} documents`;
  notes.documentNameRare = `${RARE}: ${await matches(RARE)} documents`;
  const scenario = async (name: string, part: string): Promise<ReadScenario> => {
    const path = `/api/v1/activities?documentName=${part}`;
    return {
      name,
      kind: 'read',
      detail: `GET ${path} (${notes.documents} documents in all; first page of 50, newest first)`,
      http: { method: 'GET', path },
      sql: await capture(db, (rec) => listActivities(rec, actor, activityListQuerySchema.parse({ documentName: part }))),
    };
  };
  return [await scenario('search-document-name', COMMON), await scenario('search-document-name-rare', RARE)];
}
