import { type SQL, sql } from 'drizzle-orm';
import type { ReportDefinition, ReportGrouping } from '../../../shared/reports';
import { type Queryable, rows } from '../../db/client';
import { customerCategories, savedReports, users, workspaces } from '../../db/schema';
import { activityCountsSubject, countsReady, countsServe } from './activity-counts';
import { type ReportContext, type SubjectSpec, timeKeyText } from './report-subjects';

/** One row of the statement: the keys (`k0`, `k1`), their labels (`l0`, `l1`), a value per measure (`m_<name>`), and whether it is the totals row. */
export type RawReportRow = Record<string, string | number | boolean | null> & { total: boolean };

interface Parts {
  innerKeys: SQL[];
  outerKeys: SQL[];
  joins: SQL[];
}

/** Each grouping's key: computed on the record's row (`g0`, `g1`), or for categories, one row per category of the record's customer. */
function keyParts(spec: SubjectSpec, ctx: ReportContext, groupBy: ReportGrouping[]): Parts {
  const parts: Parts = { innerKeys: [], outerKeys: [], joins: [] };
  groupBy.forEach((grouping, i) => {
    const inner = spec.keyOf(grouping, ctx);
    if (inner) {
      parts.innerKeys.push(sql`${inner} AS ${sql.raw(`g${i}`)}`);
      parts.outerKeys.push(sql.raw(`r.g${i}`));
    } else {
      const alias = sql.raw(`cc${i}`);
      parts.joins.push(sql`LEFT JOIN ${customerCategories} ${alias} ON ${alias}.customer_id = r.customer_id`);
      parts.outerKeys.push(sql`${alias}.category_id::text`);
    }
  });
  return parts;
}

/**
 * The report as one statement: the records the caller may see (the subject's rows, with the
 * visibility rule), grouped by up to two keys, with a totals row. Without categories, GROUPING SETS
 * give the rows and the totals in one pass; a category grouping counts a record once per category of
 * its customer, so there the totals are read from the records themselves (each once).
 */
export function reportStatement(spec: SubjectSpec, ctx: ReportContext, def: ReportDefinition): SQL {
  const { innerKeys, outerKeys, joins } = keyParts(spec, ctx, def.groupBy);
  const all = spec.measures(ctx);
  // Measures not read from the records (budget) are added by the service; count keeps the statement valid.
  const measures = sql.join(
    [sql`${spec.recordCount ?? sql`count(*)`} AS n_records`, ...def.measures.flatMap((m) => (all[m] ? [sql`${all[m]}::float8 AS ${sql.raw(`m_${m}`)}`] : []))],
    sql`, `,
  );
  const inner = spec.rows(ctx, def.filters ?? {}, innerKeys);
  // Keys are grouped as ids and dates, and written as text once per group.
  const keyCols = outerKeys.map((k, i) => {
    const g = def.groupBy[i];
    const text = g === 'day' || g === 'week' || g === 'month' ? timeKeyText(g, k) : sql`${k}::text`;
    return sql`${text} AS ${sql.raw(`k${i}`)}`;
  });
  let body: SQL;
  if (outerKeys.length === 0) {
    body = sql`SELECT ${measures}, true AS total FROM (${inner}) r`;
  } else if (joins.length === 0) {
    body = sql`SELECT ${sql.join(keyCols, sql`, `)}, ${measures}, GROUPING(${sql.join(outerKeys, sql`, `)}) <> 0 AS total
      FROM (${inner}) r GROUP BY GROUPING SETS ((${sql.join(outerKeys, sql`, `)}), ())`;
  } else {
    const nulls = outerKeys.map((_, i) => sql.raw(`NULL::text AS k${i}`));
    body = sql`WITH r AS (${inner})
      SELECT ${sql.join(keyCols, sql`, `)}, ${measures}, false AS total FROM r ${sql.join(joins, sql` `)} GROUP BY ${sql.join(outerKeys, sql`, `)}
      UNION ALL SELECT ${sql.join(nulls, sql`, `)}, ${measures}, true AS total FROM r`;
  }
  const labels = def.groupBy.map((g, i) => {
    const label = spec.labelOf(g, sql.raw(`q.k${i}`));
    return sql`${label ?? sql.raw(`q.k${i}`)} AS ${sql.raw(`l${i}`)}`;
  });
  // Rows are put in the reader's alphabetical order by the service (Intl.Collator), not by the database's collation.
  return sql`SELECT q.*${labels.length ? sql`, ${sql.join(labels, sql`, `)}` : sql``} FROM (${body}) q`;
}

/**
 * Runs the report in one transaction (the day counts it may fold and read, then the statement).
 * Without JIT compilation, as every connection (db/client.ts): a year's rows passed PostgreSQL's JIT
 * thresholds, and compiling took longer than running (7.6 of 12 s for a restricted user at 100k).
 */
export function runReportQuery(db: Queryable, spec: SubjectSpec, ctx: ReportContext, def: ReportDefinition, counts = true): Promise<RawReportRow[]> {
  return db.transaction(async (tx) => {
    // Activities from their day counts when those serve the report (activity-counts.ts; `counts`: false in tests, to compare).
    const read = counts && countsServe(ctx, def) && (await countsReady(tx, ctx, def)) ? activityCountsSubject : spec;
    return rows<RawReportRow>(tx, reportStatement(read, ctx, def));
  });
}

/** The week start the caller follows: their own, else the workspace's. */
export async function weekStartOf(db: Queryable, userId: string, workspaceId: string): Promise<number> {
  const [row] = await rows<{ week_start: number }>(
    db,
    sql`SELECT coalesce(u.week_start, w.week_start)::int AS week_start FROM ${users} u JOIN ${workspaces} w ON w.id = u.workspace_id
      WHERE u.id = ${userId} AND w.id = ${workspaceId}`,
  );
  return row?.week_start ?? 1;
}

export { savedReports };
