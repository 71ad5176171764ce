import { calendarQuerySchema } from '../src/shared/calendar';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listCalendar } from '../src/server/features/calendar/calendar.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** Users side by side in the calendar scenario. */
const CALENDAR_USERS = 10;

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** The steady calendars: this many activities a day (one all-day every third day, a three-day event every week), a fortnight either side of today. */
const STEADY_PER_DAY = 8;
const STEADY_DAYS = 14;

/**
 * Ten more users whose calendars hold as much at every size: the dataset's 50 users get 10× more
 * activities a week at 1M than at 100k (customers scale, users and the history's span do not), so
 * their week answers 10× the rows. Each gets STEADY_PER_DAY activities a day, copied from the
 * dataset's (texts, types, customers and contacts as they are), and every eighth of them is shared
 * with the next calendar user as an additional user. All are done (ticked off ahead, for the future
 * ones), so the workspace's open activities, which the to-do scenarios read, stay as the dataset
 * made them. Made again on each run (a kept dataset's are replaced). Answers the users' ids, in order.
 */
async function addSteadyCalendars(db: BenchDb, workspaceId: string, benchUserId: string): Promise<string[]> {
  await db.query(
    `INSERT INTO users (workspace_id, email, name, password_hash, role, locale, time_zone)
     SELECT u.workspace_id, 'calendar' || k || '@bench.tend.test', 'Calendar ' || k, u.password_hash, 'user', u.locale, u.time_zone
     FROM users u, generate_series(1, ${CALENDAR_USERS}) k WHERE u.id = $1 ON CONFLICT DO NOTHING`,
    [benchUserId],
  );
  const ids = (await db.query<{ id: string }>(`SELECT id FROM users WHERE email LIKE 'calendar%@bench.tend.test' ORDER BY email COLLATE "C"`)).map((r) => r.id);
  // A kept dataset (--keep) has them from an earlier run: their weeks are made again around today.
  await db.query('DELETE FROM activities WHERE responsible_id = ANY($1::uuid[])', [ids]);
  const perUser = (2 * STEADY_DAYS + 1) * STEADY_PER_DAY;
  await db.query(
    `WITH cal AS (SELECT id, time_zone, row_number() OVER (ORDER BY email COLLATE "C") - 1 AS k FROM users WHERE id = ANY($2::uuid[])),
     src AS (SELECT s.*, row_number() OVER (ORDER BY s.id) - 1 AS n FROM (SELECT * FROM activities WHERE workspace_id = $1 AND previous_activity_id IS NULL LIMIT ${10 * perUser}) s),
     slots AS (
       SELECT cal.id AS user_id, d, slot, ((now() AT TIME ZONE cal.time_zone)::date + d) AS day, cal.time_zone, cal.k * ${perUser} + (d + ${STEADY_DAYS}) * ${STEADY_PER_DAY} + slot AS n
       FROM cal, generate_series(-${STEADY_DAYS}, ${STEADY_DAYS}) d, generate_series(0, ${STEADY_PER_DAY - 1}) slot),
     timed AS (
       SELECT slots.*, slot = 0 AND d % 3 = 0 AS all_day,
         CASE WHEN slot = 0 AND d % 3 = 0 THEN day::timestamp AT TIME ZONE 'UTC' ELSE (day + make_interval(hours => 7 + slot)) AT TIME ZONE time_zone END AS at
       FROM slots)
     INSERT INTO activities (workspace_id, type_id, status_id, subject, note, customer_id, contact_id, responsible_id, scheduled_at, ends_at, all_day, done, done_at, created_at, updated_at, created_by_id)
     SELECT $1, src.type_id, (SELECT st.id FROM activity_statuses st WHERE st.workspace_id = $1 AND st.key = 'done'),
       src.subject, src.note, src.customer_id, src.contact_id, t.user_id, t.at,
       CASE WHEN t.all_day THEN NULL WHEN t.slot = 1 AND t.d % 7 = 0 THEN t.at + interval '3 days' ELSE t.at + interval '45 minutes' END,
       t.all_day, true, least(now(), t.at + interval '1 hour'), t.at - interval '3 days', t.at - interval '3 days', t.user_id
     FROM timed t JOIN src ON src.n = t.n`,
    [workspaceId, ids],
  );
  await db.query(
    `INSERT INTO activity_users (activity_id, user_id)
     SELECT a.id, ($1::uuid[])[1 + (array_position($1::uuid[], a.responsible_id) % 10)] FROM activities a
     WHERE a.responsible_id = ANY($1::uuid[]) AND abs(hashtext(a.id::text)) % 8 = 0`,
    [ids],
  );
  // As autovacuum would after such an insert: the visibility map set, so index-only scans stay so.
  await db.exec('VACUUM (ANALYZE) users, activities, activity_users');
  return ids;
}

/** How many activities of `userIds` (responsible or additional) start in the window's dates (a day either side). */
async function weekActivities(db: BenchDb, userIds: string[], from: string, to: string): Promise<number> {
  const [{ n }] = await db.query<{ n: string | number }>(
    `SELECT count(DISTINCT a.id) AS n FROM activities a LEFT JOIN activity_users au ON au.activity_id = a.id
     WHERE (a.responsible_id = ANY($1::uuid[]) OR au.user_id = ANY($1::uuid[])) AND a.scheduled_at >= $2::date - 1 AND a.scheduled_at < $3::date + 2`,
    [userIds, from, to],
  );
  return Number(n);
}

/**
 * "calendar week of 10 users" (issue 14: 1M within 1.5× of 100k): GET /api/v1/calendar for this
 * week, ten users side by side, whose weeks hold as much at every size, as people's weeks do when a
 * workspace's history grows. Not the dataset's own users: it keeps 50 users while activities grow
 * 10×, so their weeks would hold 920 entries each at 1M, a count no calendar shows, and the scenario
 * would measure the rows answered rather than the size of the tables.
 */
export async function calendarScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const now = Date.now();
  const userIds = await addSteadyCalendars(db, dataset.workspaceId, actor.userId);
  const query = { from: dateOf(new Date(now - 3 * 86_400_000)), to: dateOf(new Date(now + 3 * 86_400_000)), userIds: userIds.join(',') };
  notes.calendarWeekActivities = await weekActivities(db, userIds, query.from, query.to);
  return [
    {
      name: 'calendar-week-10-users',
      kind: 'read',
      detail: `GET /api/v1/calendar for a week of ${CALENDAR_USERS} users (${STEADY_PER_DAY} activities a day each at every size, about ${notes.calendarWeekActivities} in the week, additional users included)`,
      http: { method: 'GET', path: `/api/v1/calendar?from=${query.from}&to=${query.to}&userIds=${query.userIds}` },
      sql: await capture(db, (rec) => listCalendar(rec, actor, calendarQuerySchema.parse(query))),
    },
  ];
}
