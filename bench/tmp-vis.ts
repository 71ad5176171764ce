import fs from 'node:fs';
import pg from 'pg';
import { loadDataset, sizeFor, benchEmail, BENCH_USER_INDEX } from './dataset';
import { openPostgresBench } from './db';
import { prepareScenarios } from './scenarios';

const n = Number(process.argv[2] ?? 100000);
const base = process.env.DATABASE_URL!;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query('CREATE DATABASE tend_vis');
await admin.end();
const u = new URL(base);
u.pathname = '/tend_vis';
const db = await openPostgresBench(u.toString());
const dataset = await loadDataset(db, sizeFor(n));
const set = await prepareScenarios(db, dataset, { seconds: 1, email: benchEmail(BENCH_USER_INDEX) });
console.log(JSON.stringify(set.notes));
const out: string[] = [];
for (const s of set.scenarios) {
  if (s.kind !== 'read' || !s.as) continue;
  let total = 0;
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    for (const q of s.sql) await db.query(q.text, q.params);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  total = times[7];
  console.log(`${s.name.padEnd(26)} median ${total.toFixed(1)} ms (${s.sql.length} statements)`);
  for (const q of s.sql) {
    const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.params);
    out.push(`\n## ${s.name}\n${q.text}\n-- params: ${JSON.stringify(q.params)}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}`);
  }
}
fs.writeFileSync(`/tmp/vis/explain-${n}.txt`, out.join('\n'));
await db.close();
