/**
 * `npm run bench`: builds datasets from the shared factories, loads them in bulk, and measures each
 * scenario through a running Tend server (autocannon, 10 connections) and as plain SQL, on the
 * embedded database and on a throwaway PostgreSQL 15 server. See bench/RESULTS.md.
 *
 *   --quick                 10k activities, both engines, 0.4 s per phase (SQL and API: ~1.2 s per read scenario) (CI: fails only when a scenario errors)
 *   --engine=embedded|postgres|both
 *   --sizes=100000,1000000  activities per dataset (customers and contacts scale with it)
 *   --duration=10           seconds per measured phase
 *   --explain               load each dataset and print EXPLAIN (ANALYZE, BUFFERS) of every read's statements, no load test
 *   --save-as=NAME          also keep this run as bench/results/NAME.json (later-* runs are shown in RESULTS.md)
 *   --only=a,b              measure only the scenarios whose names start with one of these (a partial run); `todo$`: that name only
 *   --report                only regenerate bench/RESULTS.md from bench/results/latest-full.json
 *   --keep                  keep each loaded dataset in .tmp-bench/ (PostgreSQL: the database on DATABASE_URL's server) and
 *                           reuse it on the next --keep run instead of loading again (see bench/keep.ts)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { POSTGRES_GENERIC_SESSION_OPTIONS, POSTGRES_SESSION_OPTIONS, pgliteExtensions } from '../src/server/db/client';
import { installNamedStatements } from '../src/server/db/pglite-named-statements';
import { isGenericStatement, preparedNameOf } from '../src/server/db/prepared';
import { migrate } from '../src/server/db/migrate';
import { BENCH_PASSWORD, BENCH_USER_INDEX, benchEmail, loadDataset, sizeFor } from './dataset';
import { type BenchDb, type CapturedQuery, openEmbeddedBench, openPostgresBench } from './db';
import { CONNECTIONS, type HttpScenario, httpLoad, type LoadFigures, probeOnce, sqlLoad } from './load';
import { dropKeptDataset, keptDataset, keptEmbeddedDir, saveKeptDataset } from './keep';
import { log } from './progress';
import { type Machine, type Report, type RunResult, type ScenarioResult, textReport, title, writeResultsMarkdown } from './report';
import { cacheFileSizes } from '../src/server/db/pglite-file-sizes.mjs';
import { onlyMatches, prepareScenarios, type ScenarioSet } from './scenarios';
import { BENCH_MANAGER_INDEX } from './visibility-scenarios';
import { buildServer, removeServerBuild, signIn, startServer } from './server';

const benchDir = import.meta.dirname;
const root = path.resolve(benchDir, '..');
const resultsDir = path.join(benchDir, 'results');

interface Options {
  quick: boolean;
  engines: ('embedded' | 'postgres')[];
  sizes: number[];
  seconds: number;
  child: boolean;
  out: string | null;
  server: string | null;
  reportOnly: boolean;
  explain: boolean;
  saveAs: string | null;
  only: string[];
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes('--quick');
  const engine = value('engine') ?? 'both';
  if (!['embedded', 'postgres', 'both'].includes(engine)) throw new Error(`--engine must be embedded, postgres or both (got ${engine})`);
  const sizes = (value('sizes') ?? (quick ? '10000' : '100000,1000000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1000 || n > 10_000_000)) throw new Error('--sizes: whole numbers between 1,000 and 10,000,000');
  const seconds = Number(value('duration') ?? (quick ? 0.4 : 10));
  if (!(seconds > 0 && seconds <= 600)) throw new Error('--duration: seconds between 1 and 600');
  return {
    quick,
    engines: engine === 'both' ? ['embedded', 'postgres'] : [engine as 'embedded' | 'postgres'],
    sizes,
    seconds,
    child: argv.includes('--child'),
    out: value('out') ?? null,
    server: value('server') ?? null,
    reportOnly: argv.includes('--report'),
    explain: argv.includes('--explain'),
    saveAs: value('save-as') ?? null,
    only: (value('only') ?? '').split(',').filter(Boolean),
    keep: argv.includes('--keep'),
  };
}

/** --only: the scenario name prefixes to measure (empty: all). Set once from the arguments. */
let onlyPrefixes: string[] = [];
/** --keep: reuse (or keep) loaded datasets. Set once from the arguments. */
let keepDatasets = false;
const wanted = (set: ScenarioSet): ScenarioSet =>
  onlyPrefixes.length === 0 ? set : { ...set, scenarios: set.scenarios.filter((s) => onlyPrefixes.some((p) => onlyMatches(s.name, p))) };

// A fifth of the phase, at least 0.5 s (0.2 s for --quick's short phases), at most 2 s.
const warmSeconds = (seconds: number) => Math.min(2, Math.max(Math.min(0.5, seconds / 2), seconds / 5));
const loadAverage = () => os.loadavg().map((n) => Math.round(n * 10) / 10);

/** Where the time goes: EXPLAIN (ANALYZE, BUFFERS) of each read's captured statements, twice (the second warm). */
async function explainOne(engine: 'embedded' | 'postgres', activities: number): Promise<void> {
  const { db, dir, dataset } = await openDataset(engine, activities);
  try {
    const set = wanted(await prepareScenarios(db, dataset, { seconds: 1, email: benchEmail(BENCH_USER_INDEX), only: onlyPrefixes }));
    const lines: string[] = [`# EXPLAIN (ANALYZE, BUFFERS), ${engine}, ${activities} activities`, JSON.stringify(set.notes)];
    for (const s of set.scenarios) {
      if (s.kind !== 'read') continue;
      for (const q of s.sql) {
        // Transaction control and settings are run as they are, not explained.
        if (/^\s*(begin|commit|rollback|set)\b/i.test(q.text)) {
          await db.query(q.text, q.params);
          continue;
        }
        await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.params);
        const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.params);
        lines.push(`\n## ${s.name}\n${q.text}\n-- params: ${JSON.stringify(q.params)}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}`);
      }
    }
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `explain-${engine}-${activities}.txt`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    process.stdout.write(`${lines.join('\n')}\n`);
    log(`written to ${path.relative(root, file)}`);
  } finally {
    await db.close();
    if (dir && !keepDatasets) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A new empty database for one run (a PGlite data dir, or a database on the PostgreSQL server), or with --keep the kept one. */
async function openFresh(
  engine: 'embedded' | 'postgres',
  activities: number,
): Promise<{ db: BenchDb; dir: string | null; url: string | null; reuse: boolean }> {
  const kept = keepDatasets && keptDataset(engine, activities) !== null;
  if (engine === 'embedded') {
    const dir = keepDatasets ? keptEmbeddedDir(activities) : fs.mkdtempSync(path.join(os.tmpdir(), `tend-bench-${activities}-`));
    const reuse = kept && fs.existsSync(dir);
    if (keepDatasets && !reuse) fs.rmSync(dir, { recursive: true, force: true });
    return { db: await openEmbeddedBench(dir), dir, url: null, reuse };
  }
  const base = process.env.DATABASE_URL!;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = `tend_bench_${activities}`;
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  const reuse = kept && exists;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return { db: await openPostgresBench(u.toString()), dir: null, url: u.toString(), reuse };
}

/** openFresh, then the dataset: loaded, or with --keep the kept one (migrated to this code's schema). */
async function openDataset(engine: 'embedded' | 'postgres', activities: number) {
  const opened = await openFresh(engine, activities);
  const kept = opened.reuse ? keptDataset(engine, activities) : null;
  if (kept) {
    log(`  reusing the kept dataset (${kept.counts.activities.toLocaleString('en-US')} activities)`);
    await migrate(opened.db.db);
    return { ...opened, dataset: kept };
  }
  if (keepDatasets) dropKeptDataset(engine, activities);
  const dataset = await loadDataset(opened.db, sizeFor(activities));
  if (keepDatasets) saveKeptDataset(engine, activities, dataset);
  return { ...opened, dataset };
}

/** SQL phase: the product's statements with their captured parameters, nothing else; `what` names the run in failures. */
async function sqlPhase(set: ScenarioSet, dir: string | null, url: string | null, seconds: number, failures: string[], what: string) {
  let openMs: number | null = null;
  let runQuery: (q: CapturedQuery) => Promise<unknown>;
  let closeSql: () => Promise<void>;
  if (dir) {
    const t = performance.now();
    const client = await PGlite.create(dir, { extensions: pgliteExtensions });
    openMs = performance.now() - t;
    // As the server does: the product's prepared reads run as named statements here too.
    installNamedStatements(client, preparedNameOf);
    cacheFileSizes(client.Module);
    runQuery = (q) => client.query(q.text, q.params, { rowMode: 'array' });
    closeSql = () => client.close();
  } else {
    const pool = new pg.Pool({ connectionString: url!, max: CONNECTIONS, options: POSTGRES_SESSION_OPTIONS });
    // The product's generic-plan reads on sessions that force it, as the server runs them (client.ts).
    const genericPool = new pg.Pool({ connectionString: url!, max: CONNECTIONS, options: POSTGRES_GENERIC_SESSION_OPTIONS });
    // Named where the product names it (prepared reads), so both sides skip the same planning.
    runQuery = (q) => {
      const name = preparedNameOf(q.text);
      return (isGenericStatement(name) ? genericPool : pool).query({ name, text: q.text, values: q.params, rowMode: 'array' });
    };
    closeSql = async () => {
      await Promise.all([pool.end(), genericPool.end()]);
    };
  }
  const sqlFigures = new Map<string, LoadFigures>();
  try {
    for (const s of set.scenarios) {
      if (s.kind !== 'read') continue;
      const once = async () => {
        for (const q of s.sql) await runQuery(q);
      };
      await sqlLoad(once, warmSeconds(seconds));
      const f = await sqlLoad(once, seconds);
      sqlFigures.set(s.name, f);
      log(
        `  sql  ${s.name.padEnd(19)} ${String(f.rps).padStart(6)}/s  p50 ${f.p50} ms  p99 ${f.p99} ms${f.errors ? `  ERRORS ${f.errors}: ${f.errorSample}` : ''}`,
      );
      if (f.errors) failures.push(`${what} sql ${s.name}: ${f.errors} errors (${f.errorSample})`);
    }
  } finally {
    await closeSql();
  }
  return { openMs, sqlFigures };
}

/** The workspace's customer visibility, switched through the API (as an admin would) only when it changes. */
function workspaceVisibility(baseUrl: string, adminHeaders: Record<string, string>) {
  // Unknown at first: a kept dataset (--keep) may have been left restricted by a run that stopped.
  let current: 'everyone' | 'restricted' | null = null;
  return {
    async set(mode: 'everyone' | 'restricted') {
      if (mode === current) return;
      const res = await fetch(`${baseUrl}/api/v1/workspace`, {
        method: 'PATCH',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ customerVisibility: mode }),
      });
      if (res.status !== 200) throw new Error(`switching customer visibility to ${mode} answered ${res.status}: ${await res.text()}`);
      current = mode;
    },
  };
}

/** API phase: a real server process on loopback; `what` names the run in failures. */
async function apiPhase(
  set: ScenarioSet,
  mainJs: string,
  dir: string | null,
  url: string | null,
  seconds: number,
  failures: string[],
  what: string,
  sqlFigures: Map<string, LoadFigures>,
) {
  const server = await startServer(
    mainJs,
    dir ? { TEND_DATA_DIR: dir, DATABASE_URL: '' } : { DATABASE_URL: url! },
    process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean),
  );
  const scenarios: ScenarioResult[] = [];
  let floor: LoadFigures | null = null;
  let firstAnswerMs = -1;
  let memory = { peakMb: 0, rssMb: 0 };
  try {
    const cookie = await signIn(server.baseUrl, set.email, BENCH_PASSWORD);
    const first = await fetch(`${server.baseUrl}/api/v1/todo?limit=50`, { headers: { cookie } });
    await first.text();
    firstAnswerMs = performance.now() - server.startedAt;
    if (first.status !== 200) failures.push(`${what} first to-do answered ${first.status}`);
    const adminHeaders = { cookie: await signIn(server.baseUrl, benchEmail(0), BENCH_PASSWORD) };
    const managerHeaders = { cookie: await signIn(server.baseUrl, benchEmail(BENCH_MANAGER_INDEX), BENCH_PASSWORD) };
    const visibility = workspaceVisibility(server.baseUrl, adminHeaders);
    floor = await floorPhase(server.pid, server.baseUrl, { cookie }, seconds, failures, what);
    for (const s of set.scenarios) {
      await visibility.set(s.kind === 'read' && s.as === 'restricted' ? 'restricted' : 'everyone');
      const headers = s.kind === 'read' && s.admin ? adminHeaders : s.kind === 'read' && s.as === 'manager' ? managerHeaders : { cookie };
      if (s.kind === 'read') await httpLoad(server.baseUrl, headers, s.http, warmSeconds(seconds));
      const f = await measuredLoad(server.pid, () => httpLoad(server.baseUrl, headers, s.http, seconds));
      const sql = sqlFigures.get(s.name) ?? null;
      scenarios.push({ name: s.name, kind: s.kind, detail: s.detail, api: f, sql, ...(s.kind === 'read' ? { statements: s.sql.map((q) => q.text) } : {}) });
      log(
        `  api  ${s.name.padEnd(19)} ${String(f.rps).padStart(6)}/s  p50 ${f.p50} ms  p99 ${f.p99} ms  server CPU ${f.serverCpuMs ?? '?'} ms/req${f.errors ? `  ERRORS ${f.errors}: ${f.errorSample}` : ''}`,
      );
      if (f.errors) failures.push(`${what} api ${s.name}: ${f.errors} errors (${f.errorSample})`);
      else if (f.requests === 0) {
        // Slower than the phase (a short --quick phase on a loaded machine): one request must still answer.
        const probe = await probeOnce(server.baseUrl, headers, s.http);
        log(`  api  ${s.name}: no answers within the phase; one request alone: ${probe.detail}`);
        if (!probe.ok) failures.push(`${what} api ${s.name}: no answers within the phase, and one request alone: ${probe.detail}`);
      }
    }
    // A kept dataset is left as it was loaded.
    await visibility.set('everyone');
  } catch (error) {
    // What was measured before the failure is still reported.
    failures.push(`${what} api: ${String(error)}\n${server.output().slice(-2000)}`);
  } finally {
    memory = server.memory();
    await server.stop();
  }
  return { server, scenarios, floor, firstAnswerMs, memory };
}

/** A process's CPU time so far (user + system), ms, from /proc/PID/stat (Linux, 100 ticks a second); null elsewhere. */
function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A load phase, with the server process's CPU per answered request: what the server spends, whatever else the machine runs. */
async function measuredLoad(pid: number, phase: () => Promise<LoadFigures>): Promise<LoadFigures> {
  const before = cpuMsOf(pid);
  const f = await phase();
  const after = cpuMsOf(pid);
  const serverCpuMs = before !== null && after !== null && f.requests > 0 ? Math.round(((after - before) / f.requests) * 100) / 100 : null;
  return { ...f, serverCpuMs };
}

/**
 * The signed-in HTTP floor: GET /api/health with the bench user's session cookie, at the same
 * connections for the same phase. It pays what every signed-in request pays (the session look-up,
 * routing, one round trip to the database, a small JSON answer) and nothing else, so each read's p50
 * divided by it says how much the read adds on top of being a request at all.
 */
async function floorPhase(pid: number, baseUrl: string, headers: Record<string, string>, seconds: number, failures: string[], what: string) {
  const http: HttpScenario = { method: 'GET', path: '/api/health' };
  await httpLoad(baseUrl, headers, http, warmSeconds(seconds));
  const f = await measuredLoad(pid, () => httpLoad(baseUrl, headers, http, seconds));
  log(
    `  api  ${'(floor) health'.padEnd(19)} ${String(f.rps).padStart(6)}/s  p50 ${f.p50} ms  p99 ${f.p99} ms${f.errors ? `  ERRORS ${f.errors}: ${f.errorSample}` : ''}`,
  );
  if (f.errors) failures.push(`${what} api floor (/api/health signed in): ${f.errors} errors (${f.errorSample})`);
  return f;
}

/** One engine at one size: load, SQL phase, API phase. */
async function runOne(engine: 'embedded' | 'postgres', activities: number, seconds: number, mainJs: string): Promise<RunResult> {
  log(`\n== ${engine}, ${activities.toLocaleString('en-US')} activities`);
  const { db, dir, url, dataset } = await openDataset(engine, activities);
  const failures: string[] = [];
  try {
    const set = wanted(await prepareScenarios(db, dataset, { seconds, email: benchEmail(BENCH_USER_INDEX), only: onlyPrefixes }));
    const loadAvgBefore = loadAverage();
    const version = String((await db.query<{ v: string }>('SELECT version() AS v'))[0].v)
      .split(' on ')[0]
      .split(',')[0];
    await db.close();

    const { openMs, sqlFigures } = await sqlPhase(set, dir, url, seconds, failures, `${engine} ${activities}`);
    const { server, scenarios, floor, firstAnswerMs, memory } = await apiPhase(set, mainJs, dir, url, seconds, failures, `${engine} ${activities}`, sqlFigures);
    return {
      engine,
      activities,
      counts: { ...dataset.counts, users: dataset.userIds.length },
      load: { ...dataset.timings, rowsPerS: Math.round(dataset.counts.activities / Math.max(0.001, dataset.timings.generateAndInsertS)) },
      openMs,
      server: { healthyMs: server.healthyMs, firstAnswerMs, peakRssMb: memory.peakMb, rssMb: memory.rssMb },
      databaseVersion: version,
      floor,
      notes: { ...set.notes, loadAverageBefore: loadAvgBefore.join(' '), loadAverageAfter: loadAverage().join(' ') },
      scenarios,
      failures,
    };
  } finally {
    if (dir && !keepDatasets) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function machine(runs: RunResult[]): Machine {
  const cpus = os.cpus();
  const pgliteVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: runs.find((r) => r.engine === 'postgres')?.databaseVersion ?? null,
    pglite: pgliteVersion,
    loadAverageAtEnd: loadAverage(),
  };
}

/** PostgreSQL runs go through scripts/with-postgres.sh (the tests' throwaway server), in a child of this script. */
function runPostgresChild(options: Options, mainJs: string): RunResult[] {
  const out = path.join(os.tmpdir(), `tend-bench-pg-${process.pid}.json`);
  const args = [
    path.join(root, 'scripts/with-postgres.sh'),
    process.execPath,
    '--import',
    'tsx',
    path.join(benchDir, 'run.ts'),
    '--child',
    '--engine=postgres',
    `--sizes=${options.sizes.join(',')}`,
    `--duration=${options.seconds}`,
    `--only=${options.only.join(',')}`,
    ...(options.keep ? ['--keep'] : []),
    `--out=${out}`,
    `--server=${mainJs}`,
  ];
  // Bounded: a whole PostgreSQL pass gets an hour at most.
  const child = spawnSync('bash', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], timeout: 3600_000 });
  if (!fs.existsSync(out)) throw new Error(`the PostgreSQL pass wrote no results (exit ${child.status})`);
  const runs = JSON.parse(fs.readFileSync(out, 'utf8')) as RunResult[];
  fs.rmSync(out, { force: true });
  return runs;
}

/** --explain: the plans of the product's reads, on each engine (PostgreSQL through a throwaway server). */
async function explainAll(options: Options) {
  if (options.engines.includes('postgres') && !process.env.DATABASE_URL) {
    const args = [
      path.join(root, 'scripts/with-postgres.sh'),
      process.execPath,
      '--import',
      'tsx',
      path.join(benchDir, 'run.ts'),
      '--explain',
      '--engine=postgres',
      `--sizes=${options.sizes.join(',')}`,
      `--only=${options.only.join(',')}`,
    ];
    spawnSync('bash', args, { cwd: root, stdio: 'inherit', timeout: 3600_000 });
  }
  for (const engine of options.engines) {
    if (engine === 'postgres' && !process.env.DATABASE_URL) continue;
    for (const n of options.sizes) await explainOne(engine, n);
  }
}

/** --child: the PostgreSQL pass, run inside scripts/with-postgres.sh; its results go to --out. */
async function runChildPass(options: Options) {
  const runs: RunResult[] = [];
  for (const n of options.sizes) {
    try {
      runs.push(await runOne('postgres', n, options.seconds, options.server!));
    } catch (error) {
      log(String(error instanceof Error ? error.stack : error));
      runs.push(emptyRun('postgres', n, `postgres ${n}: ${String(error)}`));
    }
  }
  fs.writeFileSync(options.out!, JSON.stringify(runs));
}

/** Writes the run's JSON to bench/results (and, for a full run, latest-full.json and RESULTS.md) and prints the text report. */
function saveReport(options: Options, runs: RunResult[], startedAt: Date, code: { commit: string; modified: string[] }) {
  runs.sort((a, b) => (a.engine === b.engine ? a.activities - b.activities : a.engine === 'postgres' ? -1 : 1));
  const report: Report = {
    code,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    quick: options.quick,
    seconds: options.seconds,
    connections: CONNECTIONS,
    machine: machine(runs),
    runs,
  };
  fs.mkdirSync(resultsDir, { recursive: true });
  const jsonName = `${options.quick ? 'quick-' : ''}${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  fs.writeFileSync(path.join(resultsDir, jsonName), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${textReport(report)}\n`);
  // Only a full run (both engines, 100k and 1M) becomes the committed result; quick and partial runs stay in results/.
  const full =
    !options.quick && options.only.length === 0 && options.engines.length === 2 && options.sizes.includes(100_000) && options.sizes.includes(1_000_000);
  if (options.saveAs) {
    if (!/^[a-z0-9-]+$/.test(options.saveAs)) throw new Error('--save-as: lower-case letters, digits and dashes');
    fs.copyFileSync(path.join(resultsDir, jsonName), path.join(resultsDir, `${options.saveAs}.json`));
  }
  if (full) {
    fs.copyFileSync(path.join(resultsDir, jsonName), path.join(resultsDir, 'latest-full.json'));
    writeResultsMarkdown(report, benchDir, 'latest-full.json');
  }
  return { jsonName, full };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  onlyPrefixes = options.only;
  keepDatasets = options.keep;
  if (options.reportOnly) {
    const report = JSON.parse(fs.readFileSync(path.join(resultsDir, 'latest-full.json'), 'utf8')) as Report;
    writeResultsMarkdown(report, benchDir, 'latest-full.json');
    log('bench/RESULTS.md regenerated from bench/results/latest-full.json');
    return;
  }
  if (options.explain) return explainAll(options);
  if (options.child) return runChildPass(options);

  const startedAt = new Date();
  const code = codeVersion();
  const mainJs = await buildServer();
  const runs: RunResult[] = [];
  for (const engine of options.engines) {
    if (engine === 'postgres' && !process.env.DATABASE_URL) {
      try {
        runs.push(...runPostgresChild(options, mainJs));
      } catch (error) {
        runs.push(emptyRun('postgres', options.sizes[0], String(error)));
      }
      continue;
    }
    for (const n of options.sizes) {
      try {
        runs.push(await runOne(engine, n, options.seconds, mainJs));
      } catch (error) {
        log(String(error instanceof Error ? error.stack : error));
        runs.push(emptyRun(engine, n, `${engine} ${n}: ${String(error)}`));
      }
    }
  }
  removeServerBuild();
  const { jsonName, full } = saveReport(options, runs, startedAt, code);
  const failures = runs.flatMap((r) => r.failures);
  const took = ((Date.now() - startedAt.getTime()) / 1000).toFixed(0);
  log(`\nbench: ${runs.map(title).length} runs in ${took} s; results in bench/results/${jsonName}${full ? ' and bench/RESULTS.md' : ''}`);
  if (failures.length) {
    log(`bench: ${failures.length} scenario(s) failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

/** Which code was measured: the server is bundled from the working tree, so uncommitted changes count. */
function codeVersion(): { commit: string; modified: string[] } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', timeout: 10_000 }).stdout ?? '';
  const modified = git('status', '--porcelain', '--', 'src/server', 'src/shared')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  return { commit: git('rev-parse', '--short', 'HEAD').trim() || 'unknown', modified };
}

function emptyRun(engine: 'embedded' | 'postgres', activities: number, failure: string): RunResult {
  return {
    engine,
    activities,
    counts: { customers: 0, contacts: 0, activities: 0, openActivities: 0, users: 0 },
    load: { generateAndInsertS: 0, indexS: 0, analyzeS: 0, totalS: 0, rowsPerS: 0 },
    openMs: null,
    server: { healthyMs: 0, firstAnswerMs: 0, peakRssMb: 0, rssMb: 0 },
    databaseVersion: '',
    notes: {},
    scenarios: [],
    failures: [failure],
  };
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
