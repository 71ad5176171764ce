import { sql } from 'drizzle-orm';
import { type Queryable, rows } from '../../db/client';

export interface Delivered {
  notificationId: string;
  userId: string;
  activityId: string;
  at: Date;
}

/**
 * Claims the reminders due by `now` and turns each into the responsible's notification, in the
 * caller's transaction. Claiming sets `delivered_at` on rows locked with SKIP LOCKED, so two
 * processes scanning at once split the work and never hand one out twice; the notification's
 * unique key is a second guard. A done activity's due reminders are claimed without a notification.
 */
export async function deliverDue(tx: Queryable, now: Date, limit = 500): Promise<Delivered[]> {
  const at = now.toISOString();
  return rows<Delivered>(
    tx,
    sql`
    WITH due AS (
      SELECT activity_id, minutes_before FROM activity_reminders
      WHERE delivered_at IS NULL AND due_at <= ${at}::timestamptz
      ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE activity_reminders r SET delivered_at = ${at}::timestamptz FROM due
      WHERE r.activity_id = due.activity_id AND r.minutes_before = due.minutes_before
      RETURNING r.activity_id, r.due_at
    )
    INSERT INTO notifications (workspace_id, user_id, activity_id, kind, at)
    SELECT a.workspace_id, a.responsible_id, a.id, 'reminder', c.due_at
    FROM claimed c JOIN activities a ON a.id = c.activity_id
    WHERE NOT a.done
    ON CONFLICT DO NOTHING
    RETURNING id AS "notificationId", user_id AS "userId", activity_id AS "activityId", at`,
  );
}
