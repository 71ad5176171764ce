import { activityExportQuerySchema, customerExportQuerySchema } from '../src/shared/exports';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { prepareExport } from '../src/server/features/exports/export.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/**
 * Exports (issue 19): every activity the bench user may see as CSV, and every customer as XLSX,
 * streamed in keyset batches of 2,000. One request reads the whole list, so a phase holds few of
 * them; the server's peak RSS (reported per run) shows whether memory stays flat as the list grows.
 * The SQL phase replays every batch's statement of one export in order.
 */
export async function exportScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  notes.exportActivities = dataset.counts.activities;
  notes.exportCustomers = dataset.counts.customers;
  const drain = async (recording: Database, request: Parameters<typeof prepareExport>[2]) => {
    const table = await prepareExport(recording, actor, request);
    for await (const _batch of table.batches) {
      // read every batch, as the writer does
    }
  };
  const activities = activityExportQuerySchema.parse({ format: 'csv' });
  const customers = customerExportQuerySchema.parse({ format: 'xlsx' });
  return [
    {
      name: 'export-activities-csv',
      kind: 'read',
      detail: `GET /api/v1/activities/export?format=csv (every activity the user may see, ${dataset.counts.activities} in the workspace)`,
      // Alone, 56 s at a million activities on the embedded engine (2 cores): the probe after a phase waits longer.
      http: { method: 'GET', path: '/api/v1/activities/export?format=csv', probeSeconds: 300 },
      sql: await capture(db, (rec) => drain(rec, { entity: 'activities', query: activities })),
    },
    {
      name: 'export-customers-xlsx',
      kind: 'read',
      detail: `GET /api/v1/customers/export?format=xlsx (every customer, ${dataset.counts.customers})`,
      http: { method: 'GET', path: '/api/v1/customers/export?format=xlsx', probeSeconds: 300 },
      sql: await capture(db, (rec) => drain(rec, { entity: 'customers', query: customers })),
    },
  ];
}
