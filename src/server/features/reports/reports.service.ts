import { and, eq, or } from 'drizzle-orm';
import {
  MEASURES,
  type ReportDefinition,
  type ReportResult,
  type ReportRow,
  type SavedReport,
  type savedReportCreateSchema,
  type savedReportPatchSchema,
} from '../../../shared/reports';
import { localDate } from '../../../shared/wall-clock';
import type { z } from 'zod';
import { assertCan } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { forbidden, invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import { addBudgets } from './budgets';
import { READY_MADE } from './ready-made';
import type { ReportContext } from './report-subjects';
import { subjects } from './subjects';
import { type RawReportRow, runReportQuery, savedReports, weekStartOf } from './reports.repository';

/** The rules a schema cannot say: measures of the subject, distinct groupings, a period that runs forward. */
function checkDefinition(def: ReportDefinition): void {
  const allowed: readonly string[] = MEASURES[def.subject];
  const wrong = def.measures.find((m) => !allowed.includes(m));
  if (wrong) throw invalid({ measures: `${wrong} is not a measure of ${def.subject} (${allowed.join(', ')})` });
  if (new Set(def.measures).size !== def.measures.length) throw invalid({ measures: 'Each measure once' });
  if (new Set(def.groupBy).size !== def.groupBy.length) throw invalid({ groupBy: 'Two different groupings' });
  const f = def.filters ?? {};
  if (f.from && f.to && f.to < f.from) throw invalid({ 'filters.to': 'The end of the period comes before its start' });
  if (def.measures.includes('budget') && def.groupBy.some((g) => g !== 'responsible' && g !== 'month')) {
    throw invalid({ measures: 'The budget goes with groupings by responsible and month only' });
  }
}

/** Rows in the reader's order: names alphabetically in their language, days, weeks and months in time order, "none" last. */
function sortRows(rows: ReportRow[], locale: string): ReportRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const text = (g: ReportRow['groups'][number]) => g.label ?? g.key;
  return rows.sort((a, b) => {
    for (const [i, ga] of a.groups.entries()) {
      const gb = b.groups[i] ?? { key: null, label: null };
      const [x, y] = [text(ga), text(gb)];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = collator.compare(x, y) || (ga.key ?? '').localeCompare(gb.key ?? '');
      if (order !== 0) return order;
    }
    return 0;
  });
}

function toResult(def: ReportDefinition, raw: RawReportRow[]): ReportResult {
  const values = (row: RawReportRow) => Object.fromEntries(def.measures.map((m) => [m, Number(row[`m_${m}`] ?? 0)]));
  const rows: ReportRow[] = raw
    // A group of day counts that add up to none holds no record (see activity-counts.ts).
    .filter((row) => !row.total && Number(row.n_records) !== 0)
    .map((row) => ({
      groups: def.groupBy.map((_, i) => ({ key: (row[`k${i}`] as string | null) ?? null, label: (row[`l${i}`] as string | null) ?? null })),
      values: values(row),
    }));
  const total = raw.find((row) => row.total);
  return {
    columns: [...def.groupBy.map((key) => ({ key, kind: 'group' as const })), ...def.measures.map((key) => ({ key, kind: 'measure' as const }))],
    rows,
    totals: total ? values(total) : Object.fromEntries(def.measures.map((m) => [m, 0])),
  };
}

/** Runs a report over what the caller may see; days, weeks and months in the caller's time zone and week start. */
export async function runReport(db: Queryable, actor: Actor, def: ReportDefinition, now = new Date(), options = { counts: true }): Promise<ReportResult> {
  // Reports read activities (and sales projects) through the visibility rule: everyone may run one.
  assertCan(actor, 'read', { kind: 'activity' });
  checkDefinition(def);
  const spec = subjects[def.subject];
  if (!spec) throw invalid({ subject: `${def.subject} reports are not available yet` });
  const ctx: ReportContext = {
    actor,
    timeZone: actor.timeZone,
    weekStart: await weekStartOf(db, actor.userId, actor.workspaceId),
    today: localDate(now, actor.timeZone),
  };
  const result = await addBudgets(db, actor, def, toResult(def, await runReportQuery(db, spec, ctx, def, options.counts)));
  sortRows(result.rows, actor.locale);
  return result;
}

type SavedRow = typeof savedReports.$inferSelect;

function toSaved(row: SavedRow): SavedReport {
  return {
    id: row.id,
    name: row.name,
    ownerId: row.ownerId,
    shared: row.shared,
    readyMade: false,
    definition: row.definition,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const readyMade = (): SavedReport[] => READY_MADE.map((r) => ({ ...r, ownerId: null, shared: true, readyMade: true, createdAt: null, updatedAt: null }));

/** The caller's own reports and those shared with the workspace. */
const readable = (actor: Actor) =>
  and(eq(savedReports.workspaceId, actor.workspaceId), or(eq(savedReports.ownerId, actor.userId), eq(savedReports.shared, true)));

export async function listReports(db: Queryable, actor: Actor): Promise<{ items: SavedReport[]; nextCursor: null }> {
  assertCan(actor, 'read', { kind: 'activity' });
  const found = await db.select().from(savedReports).where(readable(actor)).orderBy(savedReports.name, savedReports.id);
  return { items: [...readyMade(), ...found.map(toSaved)], nextCursor: null };
}

export async function getReport(db: Queryable, actor: Actor, id: string): Promise<SavedReport> {
  assertCan(actor, 'read', { kind: 'activity' });
  const ready = readyMade().find((r) => r.id === id);
  if (ready) return ready;
  if (id.startsWith('ready-')) throw notFound();
  const [row] = await db
    .select()
    .from(savedReports)
    .where(and(readable(actor), eq(savedReports.id, id)));
  if (!row) throw notFound();
  return toSaved(row);
}

export async function createReport(db: Database, actor: Actor, input: z.output<typeof savedReportCreateSchema>): Promise<SavedReport> {
  assertCan(actor, 'read', { kind: 'activity' });
  checkDefinition(input.definition);
  const [row] = await db
    .insert(savedReports)
    .values({ workspaceId: actor.workspaceId, ownerId: actor.userId, name: input.name, shared: input.shared ?? false, definition: input.definition })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toSaved(row);
}

/** Only the owner changes or deletes a report; others who see it (shared, ready-made) get 403. */
async function ownReport(db: Queryable, actor: Actor, id: string): Promise<SavedReport> {
  const report = await getReport(db, actor, id);
  if (report.ownerId !== actor.userId) throw forbidden('Only the owner of a report may change it');
  return report;
}

export async function updateReport(db: Database, actor: Actor, id: string, input: z.output<typeof savedReportPatchSchema>): Promise<SavedReport> {
  await ownReport(db, actor, id);
  if (input.definition) checkDefinition(input.definition);
  const [row] = await db
    .update(savedReports)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(savedReports.id, id), eq(savedReports.ownerId, actor.userId)))
    .returning();
  if (!row) throw notFound();
  return toSaved(row);
}

export async function deleteReport(db: Database, actor: Actor, id: string): Promise<void> {
  await ownReport(db, actor, id);
  await db.delete(savedReports).where(and(eq(savedReports.id, id), eq(savedReports.ownerId, actor.userId)));
}
