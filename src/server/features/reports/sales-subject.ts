import { type SQL, sql } from 'drizzle-orm';
import type { ReportFilters, ReportGrouping } from '../../../shared/reports';
import { customerVisible } from '../../access/visibility';
import { customers, salesProjects, salesStages, sources } from '../../db/schema';
import { inWorkspaceCurrency } from '../sales/money';
import { commonLabel, nameIn, type ReportContext, type SubjectSpec, timeKey } from './report-subjects';

/**
 * A sales project's date in a report: the day it was won or lost (in the caller's time zone), else
 * its expected close, else the day it was created. "Won per month" is then the month it was won.
 */
function projectDate(timeZone: string): SQL {
  const p = salesProjects;
  return sql`coalesce((${p.closedAt} AT TIME ZONE ${timeZone})::date, ${p.expectedCloseDate}, (${p.createdAt} AT TIME ZONE ${timeZone})::date)`;
}

function projectFilters(ctx: ReportContext, f: ReportFilters): SQL[] {
  const p = salesProjects;
  const date = projectDate(ctx.timeZone);
  const out: SQL[] = [];
  if (f.from) out.push(sql`${date} >= ${f.from}::date`);
  if (f.to) out.push(sql`${date} <= ${f.to}::date`);
  if (f.responsibleId) out.push(sql`${p.responsibleId} = ${f.responsibleId}`);
  if (f.stageId) out.push(sql`${p.stageId} = ${f.stageId}`);
  if (f.customerId) out.push(sql`${p.customerId} = ${f.customerId}`);
  if (f.campaignId) out.push(sql`${p.campaignId} = ${f.campaignId}`);
  if (f.done !== undefined) out.push(f.done ? sql`${p.status} <> 'open'` : sql`${p.status} = 'open'`);
  return out;
}

/** Sales projects: `type` groups by source, `status` by stage (the settings list with probability and open/won/lost). */
const projectKeys: Partial<Record<ReportGrouping, SQL>> = {
  responsible: sql`${salesProjects.responsibleId}::text`,
  type: sql`${salesProjects.sourceId}::text`,
  status: sql`${salesProjects.stageId}::text`,
  customer: sql`${salesProjects.customerId}::text`,
  industry: sql`(SELECT c.industry_id::text FROM ${customers} c WHERE c.id = ${salesProjects.customerId})`,
  campaign: sql`${salesProjects.campaignId}::text`,
};

export const salesProjectSubject: SubjectSpec = {
  rows(ctx, filters, keys) {
    const p = salesProjects;
    // The customer's visibility rule, and its customer not in the trash.
    const where = sql.join(
      [
        sql`${p.workspaceId} = ${ctx.actor.workspaceId}`,
        customerVisible(ctx.actor, p.customerId),
        sql`${p.customerId} NOT IN (SELECT dc.id FROM ${customers} dc WHERE dc.workspace_id = ${ctx.actor.workspaceId} AND dc.deleted_at IS NOT NULL)`,
        ...projectFilters(ctx, filters),
      ],
      sql` AND `,
    );
    const extra = keys.length ? sql`, ${sql.join(keys, sql`, `)}` : sql``;
    return sql`SELECT ${p.id} AS id, ${p.customerId} AS customer_id, ${p.status} AS status, coalesce(${inWorkspaceCurrency(ctx.actor.workspaceId, p.amount, p.currency)}, 0) AS amount${extra}
      FROM ${p} WHERE ${where}`;
  },
  keyOf(grouping, ctx) {
    if (grouping === 'day' || grouping === 'week' || grouping === 'month') return timeKey(grouping, projectDate(ctx.timeZone), ctx.weekStart);
    return projectKeys[grouping] ?? null;
  },
  measures: () => ({
    count: sql`count(*)`,
    amount: sql`sum(r.amount)`,
    won: sql`coalesce(sum(r.amount) FILTER (WHERE r.status = 'won'), 0)`,
    lost: sql`coalesce(sum(r.amount) FILTER (WHERE r.status = 'lost'), 0)`,
  }),
  labelOf(grouping, key) {
    if (grouping === 'type') return nameIn(sql`${sources}`, key);
    if (grouping === 'status') return nameIn(sql`${salesStages}`, key);
    return commonLabel(grouping, key);
  },
};
