import { calendarQuerySchema } from '../src/shared/calendar';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listCalendar } from '../src/server/features/calendar/calendar.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** Users side by side in the calendar scenario (the bench user and the nine after it). */
const CALENDAR_USERS = 10;

/**
 * Makes the ten users additional users of some colleagues' activities (one in 32, spread by a hash
 * of the id), so the week also reads the additional-user branch; answers how many rows that added.
 */
async function addAdditionalUsers(db: BenchDb, userIds: string[]): Promise<number> {
  const list = `ARRAY[${userIds.map((_, i) => `$${i + 1}::uuid`).join(', ')}]`;
  const rows = await db.query<{ n: string | number }>(
    `WITH added AS (
       INSERT INTO activity_users (activity_id, user_id)
       SELECT a.id, (${list})[1 + abs(hashtext(a.id::text)) % ${userIds.length}] FROM activities a
       WHERE abs(hashtext(a.id::text || 'cal')) % 32 = 0
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*) AS n FROM added`,
    userIds,
  );
  await db.exec('ANALYZE activity_users');
  return Number(rows[0].n);
}

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** "calendar week of 10 users": GET /api/v1/calendar for this week, ten users side by side. */
export async function calendarScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const start = dataset.userIds.indexOf(actor.userId);
  const userIds = dataset.userIds.slice(start, start + CALENDAR_USERS);
  notes.calendarAdditionalUserRows = await addAdditionalUsers(db, userIds);
  const now = Date.now();
  const query = { from: dateOf(new Date(now - 3 * 86_400_000)), to: dateOf(new Date(now + 3 * 86_400_000)), userIds: userIds.join(',') };
  const [{ n }] = await db.query<{ n: string | number }>(
    `SELECT count(DISTINCT a.id) AS n FROM activities a LEFT JOIN activity_users au ON au.activity_id = a.id
     WHERE (a.responsible_id = ANY($1::uuid[]) OR au.user_id = ANY($1::uuid[])) AND a.scheduled_at >= $2::date - 1 AND a.scheduled_at < $3::date + 2`,
    [userIds, query.from, query.to],
  );
  notes.calendarWeekActivities = Number(n);
  const path = `/api/v1/calendar?from=${query.from}&to=${query.to}&userIds=${query.userIds}`;
  return [
    {
      name: 'calendar-week-10-users',
      kind: 'read',
      detail: `GET /api/v1/calendar for a week of ${CALENDAR_USERS} users (about ${notes.calendarWeekActivities} activities, additional users included)`,
      http: { method: 'GET', path },
      sql: await capture(db, (rec) => listCalendar(rec, actor, calendarQuerySchema.parse(query))),
    },
  ];
}
