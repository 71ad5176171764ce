import { activityListQuerySchema } from '../src/shared/activities';
import { customerListQuerySchema } from '../src/shared/customers';
import { todoQuerySchema } from '../src/shared/todo';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listActivities } from '../src/server/features/activities/activities.service';
import { listCustomers } from '../src/server/features/customers/customers.service';
import { listTodo } from '../src/server/features/todo/todo.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** The bench's manager (every tenth user from the fifth is one, see dataset.ts). */
export const BENCH_MANAGER_INDEX = 5;
/** Shares the restricted user gets: directly, and through a group above theirs. */
const DIRECT_SHARES = 3000;
const GROUP_SHARES = 2000;

/**
 * Gives the bench user thousands of shares: some customers shared with them directly, more with a
 * group above the one they are in (the visibility rule walks up the group tree). Answers how many
 * customers they see under restricted visibility.
 */
async function shareWithBenchUser(db: BenchDb, dataset: LoadedDataset, userId: string): Promise<number> {
  const ws = dataset.workspaceId;
  // A kept dataset (--keep) has the previous run's: start again (the groups' shares and members go with them).
  for (const name of ['Bench sales north', 'Bench sales']) await db.query('DELETE FROM groups WHERE workspace_id = $1 AND name = $2', [ws, name]);
  await db.query('DELETE FROM customer_shares WHERE workspace_id = $1 AND user_id = $2', [ws, userId]);
  const [parent] = await db.query<{ id: string }>(`INSERT INTO groups (workspace_id, name) VALUES ($1, 'Bench sales') RETURNING id::text AS id`, [ws]);
  const [child] = await db.query<{ id: string }>(
    `INSERT INTO groups (workspace_id, name, parent_id) VALUES ($1, 'Bench sales north', $2) RETURNING id::text AS id`,
    [ws, parent.id],
  );
  await db.query('INSERT INTO group_members (group_id, user_id) VALUES ($1, $2)', [child.id, userId]);
  // Others' customers, picked by a hash of the id (spread over the whole list, the same each run).
  const others = `FROM customers WHERE workspace_id = $1 AND responsible_id IS DISTINCT FROM $2 ORDER BY md5(id::text)`;
  await db.query(
    `INSERT INTO customer_shares (workspace_id, customer_id, user_id, access)
     SELECT $1, id, $2, CASE WHEN n % 2 = 0 THEN 'read' ELSE 'edit' END FROM (SELECT id, row_number() OVER () AS n ${others} LIMIT ${DIRECT_SHARES}) s`,
    [ws, userId],
  );
  await db.query(
    `INSERT INTO customer_shares (workspace_id, customer_id, group_id, access)
     SELECT $1, id, $3, 'read' FROM (SELECT id ${others} OFFSET ${DIRECT_SHARES} LIMIT ${GROUP_SHARES}) s`,
    [ws, userId, parent.id],
  );
  await db.exec('ANALYZE customer_shares');
  const [{ n }] = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM customers c WHERE c.workspace_id = $1 AND (c.responsible_id = $2
       OR EXISTS (SELECT 1 FROM customer_shares s WHERE s.customer_id = c.id AND (s.user_id = $2 OR s.group_id = $3))
       OR EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = c.id AND a.responsible_id = $2)
       OR EXISTS (SELECT 1 FROM activity_users au JOIN activities a ON a.id = au.activity_id WHERE au.user_id = $2 AND a.customer_id = c.id))`,
    [ws, userId, parent.id],
  );
  return Number(n);
}

/**
 * Restricted visibility (issue 13): the to-do of everyone, the customer list and a word search, as
 * the bench user under restricted visibility (thousands of shares) and as a manager (sees all);
 * the target is the restricted figure within 1.5× of the manager's. `as` tells the API phase whose
 * session to use and the workspace's setting to run under.
 */
export async function visibilityScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  word: string,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  notes.restrictedVisibleCustomers = await shareWithBenchUser(db, dataset, actor.userId);
  notes.restrictedShares = DIRECT_SHARES + GROUP_SHARES;
  const restricted: Actor = { ...actor, restricted: true };
  const manager: Actor = { ...actor, userId: dataset.userIds[BENCH_MANAGER_INDEX], role: 'manager', restricted: false };
  const reads = [
    {
      name: 'todo-all',
      path: '/api/v1/todo?responsibleId=all&limit=50',
      run: (rec: Database, a: Actor) => listTodo(rec, a, todoQuerySchema.parse({ responsibleId: 'all', limit: '50' })),
    },
    {
      name: 'customers',
      path: '/api/v1/customers?limit=50',
      run: (rec: Database, a: Actor) => listCustomers(rec, a, customerListQuerySchema.parse({ limit: '50' })),
    },
    {
      name: 'search-word',
      path: `/api/v1/activities?q=${encodeURIComponent(word)}`,
      run: (rec: Database, a: Actor) => listActivities(rec, a, activityListQuerySchema.parse({ q: word })),
    },
  ];
  const scenarios: ReadScenario[] = [];
  for (const as of ['manager', 'restricted'] as const) {
    for (const r of reads) {
      scenarios.push({
        name: `${r.name}-${as}`,
        kind: 'read',
        detail: `GET ${r.path} as ${as === 'manager' ? 'a manager' : `a restricted user (${notes.restrictedShares} shares, ${notes.restrictedVisibleCustomers} customers visible)`}`,
        http: { method: 'GET', path: r.path },
        sql: await capture(db, (rec) => r.run(rec, as === 'manager' ? manager : restricted)),
        as,
      });
    }
  }
  return scenarios;
}
