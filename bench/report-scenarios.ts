import { type ReportDefinition, reportDefinitionSchema } from '../src/shared/reports';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { runReport } from '../src/server/features/reports/reports.service';
import { BENCH_MANAGER_INDEX } from './visibility-scenarios';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The report generator (issue 18): a year of the workspace's activities, per salesperson per month
 * (count, done, open, overdue), and per type per week; the first as the bench user, the manager and
 * with restricted visibility (the visibility rule inside the grouping statement).
 */
export async function reportScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const now = new Date();
  const filters = { from: day(new Date(now.getTime() - 365 * 86_400_000)), to: day(now) };
  const [row] = await db.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM activities WHERE workspace_id = $1 AND scheduled_at >= $2::date AND scheduled_at < $3::date + 1',
    [actor.workspaceId, filters.from, filters.to],
  );
  notes.reportYearActivities = Number(row?.n ?? 0);
  const actors: Record<'manager' | 'restricted', Actor> = {
    restricted: { ...actor, restricted: true },
    manager: { ...actor, userId: dataset.userIds[BENCH_MANAGER_INDEX] ?? actor.userId, role: 'manager', restricted: false },
  };
  const scenario = async (name: string, definition: ReportDefinition, as?: ReadScenario['as']): Promise<ReadScenario> => {
    const body = JSON.stringify(definition);
    return {
      name,
      kind: 'read',
      detail: `POST /api/v1/reports/run ${body} (${notes.reportYearActivities} activities in the year)`,
      http: { method: 'POST', path: '/api/v1/reports/run', next: () => ({ body }) },
      sql: await capture(db, (rec) => runReport(rec, as ? actors[as] : actor, reportDefinitionSchema.parse(definition))),
      ...(as ? { as } : {}),
    };
  };
  const perMonth: ReportDefinition = { subject: 'activities', filters, groupBy: ['responsible', 'month'], measures: ['count', 'done', 'open', 'overdue'] };
  const perWeek: ReportDefinition = { subject: 'activities', filters, groupBy: ['type', 'week'], measures: ['count'] };
  return [
    await scenario('report-year-salesperson-month', perMonth),
    await scenario('report-year-salesperson-month-manager', perMonth, 'manager'),
    await scenario('report-year-salesperson-month-restricted', perMonth, 'restricted'),
    await scenario('report-year-type-week', perWeek),
  ];
}
