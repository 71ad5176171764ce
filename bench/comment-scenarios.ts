import { keywordPeriodQuerySchema } from '../src/shared/comments';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { customersWithKeyword } from '../src/server/features/comments/comments.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** One activity in this many gets a comment with one of the keywords. */
const COMMENT_EVERY = 10;
const KEYWORDS = ['Offer sent', 'Price list sent', 'Meeting booked', 'Not interested'];

/** Comments with keywords on a tenth of the customers' activities, at their scheduled time: the keyword's index then spans the dataset's years. */
async function seedComments(db: BenchDb, dataset: LoadedDataset): Promise<string> {
  const ws = dataset.workspaceId;
  const ids: string[] = [];
  for (const [order, name] of KEYWORDS.entries()) {
    const [row] = await db.query<{ id: string }>('INSERT INTO status_keywords (workspace_id, name, sort_order) VALUES ($1, $2, $3) RETURNING id::text AS id', [
      ws,
      name,
      order,
    ]);
    ids.push(row.id);
  }
  await db.query(
    `INSERT INTO activity_comments (workspace_id, activity_id, author_id, text, created_at)
     SELECT workspace_id, id, responsible_id, 'Bench comment', coalesce(scheduled_at, created_at) FROM activities
     WHERE workspace_id = $1 AND customer_id IS NOT NULL AND abs(hashtext(id::text)) % ${COMMENT_EVERY} = 0`,
    [ws],
  );
  await db.query(
    `INSERT INTO activity_comment_keywords (workspace_id, comment_id, keyword_id, activity_id, at)
     SELECT c.workspace_id, c.id, ($2::uuid[])[1 + abs(hashtext(c.id::text)) % ${KEYWORDS.length}], c.activity_id, c.created_at
     FROM activity_comments c WHERE c.workspace_id = $1`,
    [ws, `{${ids.join(',')}}`],
  );
  await db.exec('ANALYZE activity_comments; ANALYZE activity_comment_keywords; ANALYZE status_keywords');
  return ids[0];
}

/** The month holding the middle of the keyword's comments: a period with as many hits as any. */
async function busyMonth(db: BenchDb, keywordId: string): Promise<{ from: string; to: string }> {
  const [row] = await db.query<{ from: string; to: string }>(
    `SELECT to_char(date_trunc('month', at), 'YYYY-MM-DD') AS "from", to_char(date_trunc('month', at) + interval '1 month' - interval '1 day', 'YYYY-MM-DD') AS "to"
     FROM activity_comment_keywords WHERE keyword_id = $1 ORDER BY at OFFSET (SELECT count(*) / 2 FROM activity_comment_keywords WHERE keyword_id = $1) LIMIT 1`,
    [keywordId],
  );
  return row;
}

/** "Which customers got keyword X in a month" (issue 15): a month, and a whole year, as the bench user. */
export async function commentScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const keywordId = await seedComments(db, dataset);
  const month = await busyMonth(db, keywordId);
  const year = { from: `${month.from.slice(0, 4)}-01-01`, to: `${month.from.slice(0, 4)}-12-31` };
  const [{ n }] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM activity_comment_keywords WHERE keyword_id = $1', [keywordId]);
  notes.keywordComments = Number(n);
  notes.keywordMonth = `${month.from}..${month.to}`;
  const scenario = async (name: string, period: { from: string; to: string }): Promise<ReadScenario> => {
    const path = `/api/v1/status-keywords/${keywordId}/customers?from=${period.from}&to=${period.to}`;
    return {
      name,
      kind: 'read',
      detail: `GET ${path} (${notes.keywordComments} comments with the keyword in all; first page of 50 customers by name)`,
      http: { method: 'GET', path },
      sql: await capture(db, (rec) => customersWithKeyword(rec, actor, keywordId, keywordPeriodQuerySchema.parse(period))),
    };
  };
  return [await scenario('keyword-customers-month', month), await scenario('keyword-customers-year', year)];
}
