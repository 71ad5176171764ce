import { eq, sql } from 'drizzle-orm';
import { type Queryable, rows } from '../../db/client';
import { activities, customers } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

export interface AreaCustomerRow {
  customerId: string;
  customerName: string;
  status: string;
  responsibleId: string | null;
  nextId: string | null;
  nextSubject: string | null;
  nextAt: Date | string | null;
  nextAllDay: boolean | null;
  lastId: string | null;
  lastSubject: string | null;
  lastDoneAt: Date | string | null;
  overdue: boolean;
}

/** Today's start for the caller: timed tasks compare with the instant, all-day ones with the UTC midnight of the date. */
export interface TodayStarts {
  starts: Date;
  dateStarts: Date;
}

/**
 * The area's enrolled customers the caller may see, each with its next open task of the area
 * (undated ones last) and its last completed one; overdue customers first, then by next due date,
 * then name. One statement: the per-customer look-ups are LATERAL index scans (activities_work_area_idx).
 */
export async function listAreaCustomers(db: Queryable, actor: Actor, areaId: string, today: TodayStarts, page: { limit: number; offset: number }) {
  const c = customers;
  const a = activities;
  const where = visibleTo(actor, c, sql`${areaId}::uuid = ANY(${c.workAreaIds})`, sql`${c.deletedAt} IS NULL`);
  // The area's tasks of this customer that the caller may see (another user's private task stays hidden).
  const areaTasks = (done: boolean) => visibleTo(actor, a, sql`${a.customerId} = ${c.id}`, sql`${a.workAreaId} = ${areaId}::uuid`, eq(a.done, done));
  return rows<AreaCustomerRow>(
    db,
    sql`SELECT ${c.id} AS "customerId", ${c.name} AS "customerName", ${c.status} AS status, ${c.responsibleId} AS "responsibleId",
      n.id AS "nextId", n.subject AS "nextSubject", n.scheduled_at AS "nextAt", n.all_day AS "nextAllDay",
      l.id AS "lastId", l.subject AS "lastSubject", l.done_at AS "lastDoneAt",
      coalesce(CASE WHEN n.all_day THEN n.scheduled_at < ${today.dateStarts} ELSE n.scheduled_at < ${today.starts} END, false) AS overdue
    FROM ${c}
    LEFT JOIN LATERAL (
      SELECT ${a.id} AS id, ${a.subject} AS subject, ${a.scheduledAt} AS scheduled_at, ${a.allDay} AS all_day FROM ${a}
      WHERE ${areaTasks(false)}
      ORDER BY ${a.scheduledAt} ASC NULLS LAST, ${a.id} LIMIT 1) n ON true
    LEFT JOIN LATERAL (
      SELECT ${a.id} AS id, ${a.subject} AS subject, ${a.doneAt} AS done_at FROM ${a}
      WHERE ${areaTasks(true)}
      ORDER BY ${a.doneAt} DESC NULLS LAST, ${a.id} LIMIT 1) l ON true
    WHERE ${where}
    ORDER BY overdue DESC, n.scheduled_at ASC NULLS LAST, ${c.name}, ${c.id}
    LIMIT ${page.limit + 1} OFFSET ${page.offset}`,
  );
}
