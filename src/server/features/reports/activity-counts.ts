import { type SQL, sql } from 'drizzle-orm';
import type { ReportDefinition, ReportFilters, ReportGrouping } from '../../../shared/reports';
import { addDays, offsetSecondsAt } from '../../../shared/wall-clock';
import { activityNotInTrash, visibleTo } from '../../access/policy';
import { type Queryable, rows } from '../../db/client';
import { activities, activityDayCounts, customers } from '../../db/schema';
import { activityDate, activityFilters, activitySubject, type ReportContext, type SubjectSpec } from './report-subjects';

/**
 * Activity reports from the day counts (migration 0047) instead of the activities: a year of a
 * million activities is some 50,000 rows of counts. The counts hold every activity that is not
 * private, per local day (in the workspace's time zone), responsible, type, status, campaign and
 * done. What the reader may see differs from them in two ways, both read from the activities:
 * the private activities the reader takes part in are added, and those of customers in the trash
 * are taken away. A restricted reader (who sees only some customers), a grouping or filter on
 * customers, or a reader whose clock differs from the workspace's over the period read the
 * activities themselves (activitySubject).
 */
const COUNTED: ReadonlySet<ReportGrouping> = new Set(['responsible', 'type', 'status', 'campaign', 'day', 'week', 'month']);

export function countsServe(ctx: ReportContext, def: ReportDefinition): boolean {
  return def.subject === 'activities' && !ctx.actor.restricted && def.groupBy.every((g) => COUNTED.has(g)) && !def.filters?.customerId;
}

const DAY_MS = 86_400_000;
const MAX_COMPARED_DAYS = 3 * 366;
const sameClockCache = new Map<string, boolean>();

/** Whether two time zones give every instant of the period (a day either side) the same local date: the same UTC offset throughout. */
export function sameClock(a: string, b: string, f: ReportFilters | undefined): boolean {
  if (a === b) return true;
  if (!f?.from || !f.to) return false;
  const key = `${a}|${b}|${f.from}|${f.to}`;
  const known = sameClockCache.get(key);
  if (known !== undefined) return known;
  const start = Date.parse(`${addDays(f.from, -1)}T00:00:00Z`);
  const end = Date.parse(`${addDays(f.to, 2)}T00:00:00Z`);
  let same = (end - start) / DAY_MS <= MAX_COMPARED_DAYS;
  const offsets = (t: number) => [offsetSecondsAt(new Date(t), a), offsetSecondsAt(new Date(t), b)];
  let before = offsets(start);
  for (let day = start; same && day < end; day += DAY_MS) {
    const after = offsets(day + DAY_MS);
    same = after[0] === after[1];
    // A change of either zone's offset within the day: compared hour by hour there.
    if (same && (after[0] !== before[0] || after[1] !== before[1])) {
      for (let hour = day; same && hour < day + DAY_MS; hour += 3_600_000) {
        const [x, y] = offsets(hour);
        same = x === y;
      }
    }
    before = after;
  }
  if (sameClockCache.size > 1000) sameClockCache.clear();
  sameClockCache.set(key, same);
  return same;
}

/**
 * Makes the workspace's counts ready to read for this report, in its transaction, and answers
 * whether they serve it: counted again when the workspace's time zone changed (or never counted),
 * the change rows folded. A reader whose clock differs from the workspace's reads the activities.
 */
export async function countsReady(tx: Queryable, ctx: ReportContext, def: ReportDefinition): Promise<boolean> {
  const ws = ctx.actor.workspaceId;
  const [zones] = await rows<{ counted: string | null; workspace: string }>(
    tx,
    sql`SELECT z.time_zone AS counted, w.time_zone AS workspace FROM workspaces w LEFT JOIN activity_count_zones z ON z.workspace_id = w.id WHERE w.id = ${ws}`,
  );
  if (!zones) return false;
  if (zones.counted !== zones.workspace) await tx.execute(sql`SELECT tend_activity_counts_rebuild(${ws}, ${zones.workspace})`);
  if (!sameClock(zones.workspace, ctx.timeZone, def.filters)) return false;
  await tx.execute(sql`SELECT tend_activity_counts_compact(${ws})`);
  return true;
}

function countFilters(f: ReportFilters): SQL[] {
  const c = activityDayCounts;
  const out: SQL[] = [];
  if (f.from) out.push(sql`${c.day} >= ${f.from}::date`);
  if (f.to) out.push(sql`${c.day} <= ${f.to}::date`);
  if (f.responsibleId) out.push(sql`${c.responsibleId} = ${f.responsibleId}`);
  if (f.typeId) out.push(sql`${c.typeId} = ${f.typeId}`);
  if (f.statusId) out.push(sql`${c.statusId} = ${f.statusId}`);
  if (f.campaignId) out.push(sql`${c.campaignId} = ${f.campaignId}`);
  if (f.done !== undefined) out.push(sql`${c.done} = ${f.done}`);
  return out;
}

/** Activities one by one, as counts of 1 (`sign`: -1 to take them away). */
function activityRows(ctx: ReportContext, sign: 1 | -1, where: SQL): SQL {
  const a = activities;
  return sql`SELECT ${activityDate(ctx.timeZone)} AS local_date, ${a.done} AS done, ${sign}::int AS n, ${a.responsibleId} AS responsible_id,
    ${a.typeId} AS type_id, ${a.statusId} AS status_id, ${a.campaignId} AS campaign_id FROM ${activities} WHERE ${where}`;
}

export const activityCountsSubject: SubjectSpec = {
  ...activitySubject,
  rows(ctx, filters, keys) {
    const c = activityDayCounts;
    const a = activities;
    const ws = ctx.actor.workspaceId;
    const counted = sql`SELECT ${c.day} AS local_date, ${c.done} AS done, ${c.n} AS n, ${c.responsibleId} AS responsible_id, ${c.typeId} AS type_id,
      ${c.statusId} AS status_id, ${c.campaignId} AS campaign_id FROM ${activityDayCounts} WHERE ${sql.join([sql`${c.workspaceId} = ${ws}`, ...countFilters(filters)], sql` AND `)}`;
    // The reader's own private activities (the rule says whose), in the period.
    const own = activityRows(
      ctx,
      1,
      visibleTo(ctx.actor, activities, sql`${a.private}`, activityNotInTrash(a.customerId, ctx.actor), ...activityFilters(ctx, filters)),
    );
    // Counted, but hidden while their customer is in the trash.
    const trashed = activityRows(
      ctx,
      -1,
      sql.join(
        [
          sql`${a.workspaceId} = ${ws}`,
          sql`NOT ${a.private}`,
          sql`${a.customerId} IN (SELECT dc.id FROM ${customers} dc WHERE dc.workspace_id = ${ws} AND dc.deleted_at IS NOT NULL)`,
          ...activityFilters(ctx, filters),
        ],
        sql` AND `,
      ),
    );
    const extra = keys.length ? sql`, ${sql.join(keys, sql`, `)}` : sql``;
    return sql`SELECT ${a}.local_date AS local_date, ${a}.done AS done, ${a}.n AS n${extra}
      FROM (${counted} UNION ALL ${own} UNION ALL ${trashed}) ${activities}`;
  },
  measures: (ctx) => ({
    count: sql`sum(r.n)`,
    done: sql`sum(r.n) FILTER (WHERE r.done)`,
    open: sql`sum(r.n) FILTER (WHERE NOT r.done)`,
    overdue: sql`sum(r.n) FILTER (WHERE NOT r.done AND r.local_date < ${ctx.today}::date)`,
  }),
  recordCount: sql`coalesce(sum(r.n), 0)`,
};
