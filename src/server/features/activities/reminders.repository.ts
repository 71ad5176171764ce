import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';

/**
 * Replaces an activity's reminders (when `minutes` is given) and puts every reminder's due time in
 * step with the activity's time. A reminder whose due time moved is handed out again at its new
 * time; one of an activity already past when written is marked delivered (nobody wants a reminder
 * for the call they are logging). An undated task's reminders are kept but asleep (marked delivered,
 * due when written): they wake with a due time when the task gets a date.
 */
export async function syncReminders(tx: Queryable, activityIds: string[], minutes?: number[]) {
  if (activityIds.length === 0) return;
  const ids = sql`ARRAY[${sql.join(
    activityIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  if (minutes) {
    const wanted = sql`${`{${[...new Set(minutes)].join(',')}}`}::int[]`;
    await tx.execute(sql`DELETE FROM activity_reminders WHERE activity_id = ANY(${ids}) AND NOT (minutes_before = ANY(${wanted}))`);
    await tx.execute(sql`
      INSERT INTO activity_reminders (activity_id, minutes_before, due_at, delivered_at)
      SELECT a.id, m, coalesce(a.scheduled_at - make_interval(mins => m), now()),
        CASE WHEN a.scheduled_at IS NULL OR a.scheduled_at <= now() THEN now() END
      FROM activities a, unnest(${wanted}) m WHERE a.id = ANY(${ids})
      ON CONFLICT DO NOTHING`);
  }
  await tx.execute(sql`
    UPDATE activity_reminders r
    SET due_at = coalesce(a.scheduled_at - make_interval(mins => r.minutes_before), r.due_at),
        delivered_at = CASE WHEN a.scheduled_at IS NULL OR a.scheduled_at <= now() THEN coalesce(r.delivered_at, now()) END
    FROM activities a
    WHERE a.id = r.activity_id AND r.activity_id = ANY(${ids})
      AND (r.due_at <> a.scheduled_at - make_interval(mins => r.minutes_before) OR (a.scheduled_at IS NULL AND r.delivered_at IS NULL))`);
}
