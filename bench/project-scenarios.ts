import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { customerTree } from '../src/server/features/projects/projects.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** Projects in the tree of the customer with the most activities: 20 top-level, each with 9 sub-projects, some with their own. */
const TOP = 20;
const SUB = 9;

/** A project tree under the busiest customer, its activities spread over the projects (issue 17). */
async function seedProjects(db: BenchDb, dataset: LoadedDataset): Promise<string> {
  const ws = dataset.workspaceId;
  const [busiest] = await db.query<{ id: string }>(
    'SELECT customer_id::text AS id FROM activities WHERE workspace_id = $1 AND customer_id IS NOT NULL GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1',
    [ws],
  );
  await db.query(`INSERT INTO projects (workspace_id, customer_id, name) SELECT $1, $2, 'Project ' || g FROM generate_series(1, ${TOP}) g`, [ws, busiest.id]);
  await db.query(
    `INSERT INTO projects (workspace_id, customer_id, parent_id, name)
     SELECT $1, $2, p.id, p.name || '.' || g FROM projects p, generate_series(1, ${SUB}) g WHERE p.customer_id = $2 AND p.parent_id IS NULL`,
    [ws, busiest.id],
  );
  await db.query(
    `UPDATE activities a SET project_id = (SELECT id FROM projects p WHERE p.customer_id = $1 ORDER BY p.id OFFSET abs(hashtext(a.id::text)) % ${TOP * (SUB + 1)} LIMIT 1)
     WHERE a.customer_id = $1`,
    [busiest.id],
  );
  await db.exec('ANALYZE projects; ANALYZE activities');
  return busiest.id;
}

/** A customer's project tree with each project's open, done and comment counts, as the bench user. */
export async function projectScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const customerId = await seedProjects(db, dataset);
  const [{ n }] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM activities WHERE project_id IS NOT NULL AND customer_id = $1', [
    customerId,
  ]);
  notes.projectTreeActivities = Number(n);
  const path = `/api/v1/customers/${customerId}/projects`;
  return [
    {
      name: 'project-tree',
      kind: 'read',
      detail: `GET ${path} (${TOP * (SUB + 1)} projects, ${notes.projectTreeActivities} activities counted)`,
      http: { method: 'GET', path },
      sql: await capture(db, (rec) => customerTree(rec, actor, customerId, {})),
    },
  ];
}
