import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportDefinition, ReportGrouping, ReportResult } from '../../../shared/reports';
import { useFormat } from '../../format';
import { groupLabel } from './labels';

const COLORS = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777'];

/** Chart data: one point per value of the first grouping; the series are the second grouping's values (first measure), else the measures. */
function chartData(
  result: ReportResult,
  definition: ReportDefinition,
  label: (g: ReportGrouping, v: { key: string | null; label: string | null }) => string,
  measureName: (m: string) => string,
) {
  const [first, second] = definition.groupBy as [ReportGrouping | undefined, ReportGrouping | undefined];
  const points = new Map<string, Record<string, string | number>>();
  const series = new Set<string>();
  const measure = definition.measures[0] ?? 'count';
  for (const row of result.rows) {
    const x = first ? label(first, row.groups[0] ?? { key: null, label: null }) : '';
    const point = points.get(x) ?? { x };
    if (second) {
      const name = label(second, row.groups[1] ?? { key: null, label: null });
      series.add(name);
      point[name] = row.values[measure] ?? 0;
    } else {
      for (const m of definition.measures) {
        series.add(measureName(m));
        point[measureName(m)] = row.values[m] ?? 0;
      }
    }
    points.set(x, point);
  }
  return { data: [...points.values()], series: [...series] };
}

export function ReportChart({ result, definition }: { result: ReportResult; definition: ReportDefinition }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (definition.groupBy.length === 0 || result.rows.length === 0) return null;
  const { data, series } = chartData(
    result,
    definition,
    (g, v) => groupLabel(t, format, g, v),
    (m) => t(`reports.measures.${m}`),
  );
  const Chart = definition.chart === 'line' ? LineChart : BarChart;
  const rtl = document.documentElement.dir === 'rtl';
  return (
    <figure className="report-chart" aria-label={t('reports.chartLabel')} data-chart={definition.chart ?? 'bar'}>
      <ResponsiveContainer width="100%" height={320}>
        <Chart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="x" reversed={rtl} />
          <YAxis orientation={rtl ? 'right' : 'left'} tickFormatter={(v: number) => format.number(v)} />
          <Tooltip formatter={(v) => format.number(Number(v))} />
          <Legend />
          {series.map((name, i) =>
            definition.chart === 'line' ? (
              <Line key={name} type="monotone" dataKey={name} stroke={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ) : (
              <Bar key={name} dataKey={name} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ),
          )}
        </Chart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The report as a table: a column per grouping and per measure, totals at the foot. */
export function ReportTable({ result, definition }: { result: ReportResult; definition: ReportDefinition }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = definition.groupBy;
  const number = (v: number | undefined) => format.number(v ?? 0, { maximumFractionDigits: 2 });
  return (
    <div className="report-table">
      <table className="table">
        <caption className="visually-hidden">{t('reports.tableLabel')}</caption>
        <thead>
          <tr>
            {groups.map((g) => (
              <th key={g} scope="col">
                {t(`reports.groupings.${definition.subject === 'sales-projects' && (g === 'type' || g === 'status') ? `sales.${g}` : g}`)}
              </th>
            ))}
            {definition.measures.map((m) => (
              <th key={m} scope="col" className="numeric">
                {t(`reports.measures.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.groups.map((g) => g.key ?? '').join('|')}>
              {groups.map((g, i) => (
                <td key={g}>{groupLabel(t, format, g, row.groups[i] ?? { key: null, label: null })}</td>
              ))}
              {definition.measures.map((m) => (
                <td key={m} className="numeric">
                  {number(row.values[m])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            {groups.map((g, i) => (
              <th key={g} scope="row">
                {i === 0 ? t('reports.total') : ''}
              </th>
            ))}
            {definition.measures.map((m) => (
              <td key={m} className="numeric">
                <strong>{number(result.totals[m])}</strong>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
