import fs from 'node:fs';
import path from 'node:path';
import type { LoadFigures } from './load';

export interface ScenarioResult {
  name: string;
  kind: 'read' | 'write';
  detail: string;
  api: LoadFigures;
  sql: LoadFigures | null;
  /** The statements the SQL phase ran per request (the product's, captured from its services). */
  statements?: string[];
}

export interface RunResult {
  engine: 'embedded' | 'postgres';
  activities: number;
  counts: { customers: number; contacts: number; activities: number; openActivities: number; users: number };
  load: { generateAndInsertS: number; indexS: number; analyzeS: number; totalS: number; rowsPerS: number };
  /** Embedded: opening the loaded data dir in the bench process (before the SQL phase). */
  openMs: number | null;
  server: { healthyMs: number; firstAnswerMs: number; peakRssMb: number; rssMb: number };
  databaseVersion: string;
  /** The signed-in HTTP floor: GET /api/health with a session cookie, same connections and phase (absent in runs before it was measured). */
  floor?: LoadFigures | null;
  notes: Record<string, string | number>;
  scenarios: ScenarioResult[];
  failures: string[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string | null;
  pglite: string;
  /** 1, 5 and 15 minute load averages when the run ended: other work on the machine skews the figures. */
  loadAverageAtEnd: number[];
}

export interface Report {
  /** The code measured: the commit and any source files changed on top of it when the run started. */
  code?: { commit: string; modified: string[] };
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  seconds: number;
  connections: number;
  machine: Machine;
  runs: RunResult[];
}

const fmt = (n: number, digits = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(digits));
const ratio = (api: number, sql: number) => (sql > 0 ? api / sql : 0);

interface Verdict {
  what: string;
  met: boolean;
  detail: string;
}

const check = (what: string, value: number, limit: number, unit: string, atMost: boolean): Verdict => {
  const met = atMost ? value <= limit : value >= limit;
  // How far off: "+35 %" when close, "6.2× over" / "4.1× short" when far.
  const by = atMost ? value / limit : limit / Math.max(value, 1e-9);
  const miss = by < 2 ? `${((by - 1) * 100).toFixed(0)} % ${atMost ? 'over' : 'short'}` : `${by.toFixed(1)}× ${atMost ? 'over' : 'short'}`;
  const shown = `${fmt(value)}${unit === '×' ? '×' : ` ${unit}`}`;
  return { what, met, detail: met ? `met (${shown})` : `**missed**, ${miss} (${shown})` };
};

/** The issue's targets that one engine×size run can be held to. */
export function verdicts(run: RunResult, all: RunResult[]): Map<string, Verdict[]> {
  const out = new Map<string, Verdict[]>();
  const add = (scenario: string, v: Verdict) => out.set(scenario, [...(out.get(scenario) ?? []), v]);
  const big = run.activities >= 1_000_000;
  for (const s of run.scenarios) {
    // A phase that got no answer in time has no figures to hold to a target (0 ms would "meet" them).
    if (s.api.rps === 0) {
      add(s.name, { what: 'answers', met: false, detail: '**no answers** within the phase' });
      continue;
    }
    if (s.kind === 'read' && s.sql) add(s.name, check('API/SQL p50 ≤ 2', ratio(s.api.p50, s.sql.p50), 2, '×', true));
    // Restricted visibility: the restricted user's figure against the manager's for the same read (issue 13).
    const twin = s.name.endsWith('-restricted') ? run.scenarios.find((x) => x.name === s.name.replace(/-restricted$/, '-manager')) : undefined;
    if (twin) add(s.name, check('p50 ≤ 1.5× manager', ratio(s.api.p50, twin.api.p50), 1.5, '×', true));
    if (run.engine === 'postgres') {
      if (s.name === 'todo') {
        add(s.name, check('p99 ≤ 15 ms', s.api.p99, 15, 'ms', true));
        add(s.name, check('≥ 2,000/s', s.api.rps, 2000, '/s', false));
      }
      if (s.name.startsWith('search') && big) add(s.name, check('p95 ≤ 50 ms', s.api.p95, 50, 'ms', true));
      if (s.kind === 'write') add(s.name, check('≥ 500/s', s.api.rps, 500, '/s', false));
      // Growth: the 1M figure against the 100k figure of the same engine.
      const small = all.find((r) => r.engine === run.engine && r.activities === 100_000);
      if (run.activities === 1_000_000 && small) {
        const base = small.scenarios.find((x) => x.name === s.name);
        if (base) add(s.name, check('1M p50 ≤ 1.5× 100k', ratio(s.api.p50, base.api.p50), 1.5, '×', true));
      }
    } else if (s.name === 'todo') {
      add(s.name, check('p99 ≤ 30 ms', s.api.p99, 30, 'ms', true));
    }
  }
  if (run.engine === 'embedded') {
    if (big) add('(server)', check('first answer ≤ 3 s', run.server.firstAnswerMs / 1000, 3, 's', true));
    add('(server)', check('memory ≤ 600 MB', run.server.peakRssMb, 600, 'MB', true));
  }
  return out;
}

export function runTable(run: RunResult, all: RunResult[]): string {
  const v = verdicts(run, all);
  const lines = [
    `| scenario | API req/s | API p50 ms | API p95 ms | API p99 ms | SQL req/s | SQL p50 ms | SQL p99 ms | API/SQL p50 | × floor p50 | server CPU ms/req | errors | targets |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |`,
  ];
  const floor = run.floor ?? null;
  const cpu = (f: LoadFigures) => (f.serverCpuMs == null ? '–' : fmt(f.serverCpuMs, 2));
  if (floor) {
    lines.push(
      `| (floor: GET /api/health signed in) | ${floor.rps} | ${fmt(floor.p50)} | ${fmt(floor.p95)} | ${fmt(floor.p99)} | – | – | – | – | 1.00 | ${cpu(floor)} | ${floor.errors} | |`,
    );
  }
  // A read's p50 as a multiple of the floor's: what it costs on top of being a signed-in request.
  const overFloor = (s: ScenarioResult) => (floor && floor.p50 > 0 && s.kind === 'read' ? fmt(ratio(s.api.p50, floor.p50), 2) : '–');
  for (const s of run.scenarios) {
    const sql = s.sql;
    const targets = (v.get(s.name) ?? []).map((x) => `${x.what}: ${x.detail}`).join('; ');
    lines.push(
      `| ${s.name} | ${s.api.rps} | ${fmt(s.api.p50)} | ${fmt(s.api.p95)} | ${fmt(s.api.p99)} | ${sql ? sql.rps : '–'} | ${sql ? fmt(sql.p50) : '–'} | ${sql ? fmt(sql.p99) : '–'} | ${sql ? fmt(ratio(s.api.p50, sql.p50), 2) : '–'} | ${overFloor(s)} | ${cpu(s.api)} | ${s.api.errors + (sql?.errors ?? 0)} | ${targets} |`,
    );
  }
  const server = (v.get('(server)') ?? []).map((x) => `${x.what}: ${x.detail}`).join('; ');
  lines.push('');
  lines.push(
    `Load ${run.load.totalS.toFixed(0)} s (rows ${run.load.generateAndInsertS.toFixed(0)} s at ${run.load.rowsPerS.toLocaleString('en-US')} activities/s, indexes ${run.load.indexS.toFixed(0)} s, ANALYZE ${run.load.analyzeS.toFixed(0)} s)` +
      `${run.openMs !== null ? `; reopening the data dir ${fmt(run.openMs / 1000, 2)} s` : ''}; server healthy after ${fmt(run.server.healthyMs / 1000, 2)} s, first to-do page (sign-in included) after ${fmt(run.server.firstAnswerMs / 1000, 2)} s; server peak RSS ${run.server.peakRssMb} MB.` +
      (server ? ` Targets: ${server}.` : ''),
  );
  return lines.join('\n');
}

export function title(run: RunResult) {
  return `${run.engine === 'postgres' ? 'PostgreSQL' : 'Embedded (PGlite)'}, ${run.activities.toLocaleString('en-US')} activities (${run.counts.customers.toLocaleString('en-US')} customers, ${run.counts.contacts.toLocaleString('en-US')} contacts, ${run.counts.users} users, ${run.counts.openActivities.toLocaleString('en-US')} open)`;
}

export function textReport(report: Report): string {
  return report.runs.map((run) => `\n## ${title(run)}\n\n${runTable(run, report.runs)}\n`).join('');
}

/** Later partial runs (results/later-*.json), shown after the full run with their own code version. */
function laterRuns(benchDir: string): string {
  const dir = path.join(benchDir, 'results');
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /^later-.*\.json$/.test(f))
        .sort()
    : [];
  return files
    .map((file) => {
      const r = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Report;
      const code = r.code ? `commit ${r.code.commit}${r.code.modified.length ? ` plus uncommitted ${r.code.modified.join(', ')}` : ''}` : 'unknown code';
      return [
        `\n# Later run: \`bench/results/${file}\``,
        '',
        `Run ${r.startedAt} – ${r.finishedAt} on ${code}; ${r.seconds} s per phase; load average at the end ${r.machine.loadAverageAtEnd.join(', ')}.`,
        textReport(r),
      ].join('\n');
    })
    .join('\n');
}

/** bench/RESULTS.md: the machine, a table per engine×size, later runs, then the hand-written analysis (bench/analysis.md). */
export function writeResultsMarkdown(report: Report, benchDir: string, jsonName: string) {
  const m = report.machine;
  const analysisFile = path.join(benchDir, 'analysis.md');
  const analysis = fs.existsSync(analysisFile) ? fs.readFileSync(analysisFile, 'utf8') : '';
  const md = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` from \`bench/results/${jsonName}\` (run ${report.startedAt} – ${report.finishedAt}). ` +
      `${report.connections} connections, ${report.seconds} s per phase.`,
    '',
    report.code
      ? `Code: commit ${report.code.commit}${report.code.modified.length ? ` plus uncommitted changes to ${report.code.modified.join(', ')}` : ''}.`
      : '',
    '',
    `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}, ${m.postgres ?? 'no PostgreSQL'}, PGlite ${m.pglite}. ` +
      'The load generator (autocannon), the server and the database share these cores. ' +
      `Load average when the run ended: ${m.loadAverageAtEnd.join(', ')} (each run's before/after is in the JSON notes).`,
    '',
    'API = HTTP through a running Tend server (session cookie, JSON serialisation, auth lookup included). ' +
      "SQL = the same statements straight against the database: they are captured at run time from the product's own services " +
      '(`listTodo`, `listCustomerActivities`, `listActivities`, `listCustomers`) through a recording Drizzle logger, then replayed with the same parameters ' +
      '(PostgreSQL: a `pg.Pool` of 10 with 10 loops; embedded: the data dir opened in the bench process while the server is stopped). ' +
      'The auth lookup per request is not in the SQL phase: it is part of what the API costs. ' +
      'Floor = `GET /api/health` with the same session cookie, same connections and phase, in the same run (session look-up, `SELECT 1`, a small JSON answer): ' +
      '"× floor" is each read\'s API p50 divided by the floor\'s, what the read costs on top of being a signed-in request at all.',
    textReport(report),
    laterRuns(benchDir),
    '',
    analysis,
  ].join('\n');
  fs.writeFileSync(path.join(benchDir, 'RESULTS.md'), md.endsWith('\n') ? md : `${md}\n`);
}
