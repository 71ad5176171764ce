/**
 * Import bench (issue 19): N customer rows (default 100,000) as a CSV with Danish headers, uploaded
 * and run as the import job runs them (batches of 1,000, one transaction each), on the database of
 * DATABASE_URL (PostgreSQL) or a fresh embedded one. Then the same file again (every row an update).
 *
 *   bash scripts/with-postgres.sh npx tsx bench/import.ts --rows=100000
 *
 * The goal: 100,000 rows in under a minute on PostgreSQL. Timings on a shared machine are noisy.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { makeWorkspace } from '../src/server/demo/records';
import { actorOfUser } from '../src/server/features/imports/imports.repository';
import { runImport } from '../src/server/features/imports/imports.run';
import { runImportRequest, uploadImport } from '../src/server/features/imports/imports.service';

function csv(rows: number): Buffer {
  const lines = ['Firmanavn;E-mail;Telefon;Adresse;Postnr.;By;Land'];
  for (let i = 0; i < rows; i++)
    lines.push(`Bench Kunde ${i} ApS;kunde${i}@bench.dk;+45 ${String(20000000 + i)};Vestergade ${i % 200};${1000 + (i % 8000)};Århus;DK`);
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

async function main() {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
  const rows = Number(values.rows);
  const url = process.env.DATABASE_URL ?? null;
  const database = await openDatabase({ databaseUrl: url, dataDir: mkdtempSync(path.join(os.tmpdir(), 'tend-bench-import-')) });
  await migrate(database.db);
  const { adminId: userId } = await makeWorkspace(database.db, { password: 'bench password long', kdfCost: 10 });
  const actor = await actorOfUser(database.db, userId);
  if (!actor) throw new Error('no actor');
  const file = csv(rows);
  console.log(`import bench: ${rows} customer rows (${(file.length / 1e6).toFixed(1)} MB) on ${url ? 'PostgreSQL' : 'PGlite'}`);
  for (const pass of ['first run (creates)', 'same file again (updates)']) {
    const t0 = performance.now();
    const up = await uploadImport(database.db, actor, { entity: 'customers', fileName: 'bench.csv', content: file });
    const t1 = performance.now();
    await runImportRequest(database.db, actor, up.id, { mapping: up.mapping, match: 'email' }, async () => undefined);
    await runImport(database.db, up.id);
    const t2 = performance.now();
    console.log(`${pass}: upload+parse ${((t1 - t0) / 1000).toFixed(1)} s, run ${((t2 - t1) / 1000).toFixed(1)} s, total ${((t2 - t0) / 1000).toFixed(1)} s`);
  }
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
