import { todoQuerySchema } from '../src/shared/todo';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listNotifications } from '../src/server/features/notifications/notifications.service';
import { listWorkAreaCustomers, workAreaCustomersQuerySchema } from '../src/server/features/tasks/work-areas.service';
import { cursorOf } from '../src/server/features/todo/todo-sort';
import { listTodo } from '../src/server/features/todo/todo.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

type Capture = (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>;
type Notes = Record<string, string | number>;

/** One customer in this many is enrolled in the work area; one of an enrolled customer's activities in this many is a task of the area. */
const ENROLLED_EVERY = 4;
const AREA_TASK_EVERY = 3;
/** One undated task (no deadline) per this many open activities, for every user. */
const UNDATED_EVERY = 20;
/** One activity in this many had a reminder: a notification for its responsible, read once it is past. */
const NOTIFIED_EVERY = 4;
/** Undated tasks the bench user gets on top: more than a page. */
const BENCH_USER_UNDATED = 60;

const one = async (db: BenchDb, text: string, params: unknown[]) => Number((await db.query<{ n: string | number }>(text, params))[0].n);

/** The workspace's first standard work area: a quarter of the customers enrolled, a third of their activities its tasks. */
async function seedWorkArea(db: BenchDb, ws: string, notes: Notes): Promise<string> {
  const [area] = await db.query<{ id: string }>('SELECT id::text AS id FROM work_areas WHERE workspace_id = $1 ORDER BY sort_order, name LIMIT 1', [ws]);
  await db.query(`UPDATE customers SET work_area_ids = ARRAY[$2::uuid] WHERE workspace_id = $1 AND abs(hashtext(id::text || 'area')) % ${ENROLLED_EVERY} = 0`, [
    ws,
    area.id,
  ]);
  await db.query(
    `UPDATE activities a SET work_area_id = $2::uuid FROM customers c
     WHERE c.id = a.customer_id AND a.workspace_id = $1 AND $2::uuid = ANY(c.work_area_ids) AND abs(hashtext(a.id::text || 'area')) % ${AREA_TASK_EVERY} = 0`,
    [ws, area.id],
  );
  notes.workAreaCustomers = await one(db, 'SELECT count(*) AS n FROM customers WHERE workspace_id = $1 AND $2::uuid = ANY(work_area_ids)', [ws, area.id]);
  notes.workAreaTasks = await one(db, 'SELECT count(*) AS n FROM activities WHERE work_area_id = $1', [area.id]);
  return area.id;
}

const copyAsUndated = `INSERT INTO activities (workspace_id, type_id, subject, note, customer_id, contact_id, responsible_id, created_by_id, created_at, updated_at)
  SELECT workspace_id, $2::uuid, subject, note, customer_id, contact_id, responsible_id, created_by_id, created_at, updated_at FROM activities`;

/**
 * Undated open tasks: a copy without a deadline of one open activity in twenty, each user's own;
 * and for the bench user a full page more (copies of their first activities), whatever the size.
 */
async function seedUndatedTasks(db: BenchDb, ws: string, userId: string, notes: Notes) {
  const [task] = await db.query<{ id: string }>("SELECT id::text AS id FROM activity_types WHERE workspace_id = $1 AND key = 'task'", [ws]);
  await db.query(
    `${copyAsUndated} WHERE workspace_id = $1 AND NOT done AND scheduled_at IS NOT NULL AND abs(hashtext(id::text || 'undated')) % ${UNDATED_EVERY} = 0`,
    [ws, task.id],
  );
  await db.query(`${copyAsUndated} WHERE workspace_id = $1 AND responsible_id = $3 AND scheduled_at IS NOT NULL ORDER BY id LIMIT ${BENCH_USER_UNDATED}`, [
    ws,
    task.id,
    userId,
  ]);
  notes.undatedTasks = await one(db, 'SELECT count(*) AS n FROM activities WHERE workspace_id = $1 AND scheduled_at IS NULL', [ws]);
}

/** A delivered reminder for one activity in four: its responsible's notification, 15 minutes before it, read if that is past. */
async function seedNotifications(db: BenchDb, ws: string) {
  await db.query(
    `INSERT INTO notifications (workspace_id, user_id, activity_id, kind, at, read_at)
     SELECT workspace_id, responsible_id, id, 'reminder', scheduled_at - interval '15 minutes',
            CASE WHEN scheduled_at < now() - interval '1 day' THEN scheduled_at ELSE NULL END
     FROM activities WHERE workspace_id = $1 AND scheduled_at IS NOT NULL AND scheduled_at < now() + interval '7 days'
       AND abs(hashtext(id::text || 'remind')) % ${NOTIFIED_EVERY} = 0`,
    [ws],
  );
}

/** The to-do page where the dated activities end and the undated tasks begin: the cursor after the user's last dated open one. */
async function undatedCursor(db: BenchDb, userId: string): Promise<string> {
  const [last] = await db.query<{ id: string; at: Date | string }>(
    'SELECT id::text AS id, scheduled_at AS at FROM activities WHERE responsible_id = $1 AND NOT done AND scheduled_at IS NOT NULL ORDER BY scheduled_at DESC, id DESC LIMIT 1',
    [userId],
  );
  const row = { id: last.id, done: false, scheduledAt: new Date(last.at), updatedAt: new Date(), customerName: null, typeName: '' };
  return cursorOf({ sort: 'due', order: 'asc', includeDone: false }, row);
}

/**
 * Issue 15's new lists: a work area's customers (the tab), the to-do's undated tasks, and the
 * bell's notifications, on data seeded after the load (as the comments' scenarios do).
 */
export async function taskScenarios(db: BenchDb, dataset: LoadedDataset, actor: Actor, notes: Notes, capture: Capture): Promise<ReadScenario[]> {
  const ws = dataset.workspaceId;
  const areaId = await seedWorkArea(db, ws, notes);
  await seedUndatedTasks(db, ws, actor.userId, notes);
  await seedNotifications(db, ws);
  await db.exec('ANALYZE customers; ANALYZE activities; ANALYZE notifications');
  notes.benchUserNotifications = await one(db, 'SELECT count(*) AS n FROM notifications WHERE user_id = $1', [actor.userId]);
  notes.benchUserUndated = await one(db, 'SELECT count(*) AS n FROM activities WHERE responsible_id = $1 AND scheduled_at IS NULL AND NOT done', [
    actor.userId,
  ]);
  const cursor = await undatedCursor(db, actor.userId);
  const todoQuery = { limit: '50', sort: 'due', order: 'asc', cursor };
  const areaPath = `/api/v1/work-areas/${areaId}/customers?limit=50`;
  return [
    {
      name: 'work-area-customers',
      kind: 'read',
      detail: `GET ${areaPath.replace(areaId, '{id}')} (${notes.workAreaCustomers} enrolled customers, ${notes.workAreaTasks} tasks of the area; next and last task each, overdue first)`,
      http: { method: 'GET', path: areaPath },
      sql: await capture(db, (rec) => listWorkAreaCustomers(rec, actor, areaId, workAreaCustomersQuerySchema.parse({ limit: '50' }))),
    },
    {
      name: 'todo-undated',
      kind: 'read',
      detail: `GET /api/v1/todo?limit=50&cursor=… (the page after the user's last dated activity: ${notes.benchUserUndated} undated tasks)`,
      http: { method: 'GET', path: `/api/v1/todo?${new URLSearchParams(todoQuery).toString()}` },
      sql: await capture(db, (rec) => listTodo(rec, actor, todoQuerySchema.parse(todoQuery))),
    },
    {
      name: 'notifications',
      kind: 'read',
      detail: `GET /api/v1/notifications (the bell: latest 50 and the unread count; the user has ${notes.benchUserNotifications})`,
      http: { method: 'GET', path: '/api/v1/notifications' },
      sql: await capture(db, (rec) => listNotifications(rec, actor)),
    },
  ];
}
