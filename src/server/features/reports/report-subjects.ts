import { type SQL, sql } from 'drizzle-orm';
import type { ReportFilters, ReportGrouping, ReportMeasure } from '../../../shared/reports';
import { activityNotInTrash, visibleTo } from '../../access/policy';
import { inForm } from '../../access/visibility';
import { activities, activityStatuses, activityTypes, campaigns, categories, customers, industries, users } from '../../db/schema';
import type { Actor } from '../../db/scope';
import { LAST_INSTANT } from '../todo/buckets';

/** What a report needs to know about the caller and the moment: time zone, week start, today (local date). */
export interface ReportContext {
  actor: Actor;
  timeZone: string;
  weekStart: number;
  today: string;
}

/**
 * One subject of the report generator: the rows it reads (with the visibility rule in SQL), the
 * expression of each grouping's key on those rows, how each measure adds up, and where a key's
 * label comes from. The inner query reads one row per record (`r`); the statement groups `r`.
 */
export interface SubjectSpec {
  /** The records, one row each, with the columns `keyOf` and `measures` use; `keys` are the inner grouping columns. */
  rows(ctx: ReportContext, filters: ReportFilters, keys: SQL[]): SQL;
  /** A grouping's key on the inner row (an id or a date, written as text after grouping), or null when it is read outside (category). */
  keyOf(grouping: ReportGrouping, ctx: ReportContext): SQL | null;
  measures(ctx: ReportContext): Partial<Record<ReportMeasure, SQL>>;
  /** A grouping's label from its key (`k`, text), or null when the key is its own label (dates). */
  labelOf(grouping: ReportGrouping, key: SQL): SQL | null;
  /** How many records a group holds (default: one per row); a group of none is left out. */
  recordCount?: SQL;
}

/** The local date of an activity: an all-day one is stored at midnight UTC of its date. */
export function activityDate(timeZone: string): SQL {
  return sql`(CASE WHEN ${activities.allDay} THEN (${activities.scheduledAt} AT TIME ZONE 'UTC')::date ELSE (${activities.scheduledAt} AT TIME ZONE ${timeZone})::date END)`;
}

/**
 * A date's day, week (its first day, by the week start 1 = Monday … 7 = Sunday) or month (its first
 * day), as a date: grouped as it is, and written as text once per group (`timeKeyText`).
 */
export function timeKey(grouping: 'day' | 'week' | 'month', date: SQL, weekStart: number): SQL {
  if (grouping === 'day') return date;
  if (grouping === 'month') return sql`(${date} - (extract(day FROM ${date})::int - 1))`;
  return sql`(${date} - ((extract(isodow FROM ${date})::int - ${weekStart}::int + 7) % 7))`;
}

/** A time key as the API gives it: YYYY-MM-DD, a month YYYY-MM. */
export function timeKeyText(grouping: 'day' | 'week' | 'month', key: SQL): SQL {
  return sql`to_char(${key}::timestamp, ${grouping === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'})`;
}

/** 14 hours either side of a day covers every time zone; the exact test is on the local date. */
export const WIDEN_MS = 14 * 3600_000;

/**
 * The period on the local date. The date is computed only near the ends: an activity more than 14
 * hours inside the widened bounds falls within the period in every time zone, so the rows of a
 * year are tested by their instant alone (the date costs a time-zone conversion per row).
 */
function activityPeriod(ctx: ReportContext, f: ReportFilters): SQL[] {
  const out: SQL[] = [];
  const date = activityDate(ctx.timeZone);
  const instant = (ms: number) => new Date(ms).toISOString();
  if (f.from) {
    const start = Date.parse(`${f.from}T00:00:00Z`);
    out.push(sql`${activities.scheduledAt} >= ${instant(start - WIDEN_MS)}`);
    out.push(sql`(${activities.scheduledAt} >= ${instant(start + WIDEN_MS)} OR ${date} >= ${f.from}::date)`);
  }
  if (f.to) {
    const end = Date.parse(`${f.to}T00:00:00Z`) + 24 * 3600_000;
    // Past year 9999 no bound is needed (no stored time is that late) and the database takes none.
    if (end + WIDEN_MS <= LAST_INSTANT) out.push(sql`${activities.scheduledAt} < ${instant(end + WIDEN_MS)}`);
    out.push(sql`(${activities.scheduledAt} < ${instant(end - WIDEN_MS)} OR ${date} <= ${f.to}::date)`);
  }
  return out;
}

export function activityFilters(ctx: ReportContext, f: ReportFilters): SQL[] {
  const a = activities;
  const out = activityPeriod(ctx, f);
  if (f.responsibleId) out.push(sql`${a.responsibleId} = ${f.responsibleId}`);
  if (f.typeId) out.push(sql`${a.typeId} = ${f.typeId}`);
  if (f.statusId) out.push(sql`${a.statusId} = ${f.statusId}`);
  if (f.customerId) out.push(sql`${a.customerId} = ${f.customerId}`);
  if (f.campaignId) out.push(sql`${a.campaignId} = ${f.campaignId}`);
  if (f.done !== undefined) out.push(sql`${a.done} = ${f.done}`);
  return out;
}

/** A lookup of a list item's name by its key (text). */
export const nameIn = (table: SQL, key: SQL) => sql`(SELECT n.name FROM ${table} n WHERE n.id = ${key}::uuid)`;

/** The record's local date, computed once in `rows`. */
const LOCAL_DATE = sql`${activities}.local_date`;

const activityKeys: Partial<Record<ReportGrouping, SQL>> = {
  responsible: sql`${activities.responsibleId}`,
  type: sql`${activities.typeId}`,
  status: sql`${activities.statusId}`,
  customer: sql`${activities.customerId}`,
  industry: sql`(SELECT c.industry_id FROM ${customers} c WHERE c.id = ${activities.customerId})`,
  campaign: sql`${activities.campaignId}`,
};

export const activitySubject: SubjectSpec = {
  rows(ctx, filters, keys) {
    // 'set': a restricted caller's visible customers read once and hashed, one test per row of the period.
    const viewer = inForm(ctx.actor, 'set');
    const where = visibleTo(viewer, activities, activityNotInTrash(activities.customerId, ctx.actor), ...activityFilters(ctx, filters));
    const a = activities;
    const extra = keys.length ? sql`, ${sql.join(keys, sql`, `)}` : sql``;
    // The records with their local date computed once (OFFSET 0 keeps the planner from repeating
    // the expression in every key); the subquery takes the table's name, so the keys read its columns.
    return sql`SELECT ${a.id} AS id, ${a.customerId} AS customer_id, ${a.done} AS done, ${LOCAL_DATE} AS local_date${extra}
      FROM (SELECT ${a.id}, ${a.customerId}, ${a.done}, ${a.responsibleId}, ${a.typeId}, ${a.statusId}, ${a.campaignId},
        ${activityDate(ctx.timeZone)} AS local_date FROM ${activities} WHERE ${where} OFFSET 0) ${activities}`;
  },
  keyOf(grouping, ctx) {
    if (grouping === 'day' || grouping === 'week' || grouping === 'month') return timeKey(grouping, LOCAL_DATE, ctx.weekStart);
    return activityKeys[grouping] ?? null;
  },
  measures: (ctx) => ({
    count: sql`count(*)`,
    done: sql`count(*) FILTER (WHERE r.done)`,
    open: sql`count(*) FILTER (WHERE NOT r.done)`,
    // Due before today in the caller's time zone, as the to-do's "overdue".
    overdue: sql`count(*) FILTER (WHERE NOT r.done AND r.local_date < ${ctx.today}::date)`,
  }),
  labelOf(grouping, key) {
    if (grouping === 'type') return nameIn(sql`${activityTypes}`, key);
    if (grouping === 'status') return nameIn(sql`${activityStatuses}`, key);
    return commonLabel(grouping, key);
  },
};

/** Labels every subject shares: the customer's, its industry's and categories', the campaign's. */
export function commonLabel(grouping: ReportGrouping, key: SQL): SQL | null {
  if (grouping === 'responsible') return nameIn(sql`${users}`, key);
  if (grouping === 'customer') return nameIn(sql`${customers}`, key);
  if (grouping === 'industry') return nameIn(sql`${industries}`, key);
  if (grouping === 'category') return nameIn(sql`${categories}`, key);
  if (grouping === 'campaign') return nameIn(sql`${campaigns}`, key);
  return null;
}
