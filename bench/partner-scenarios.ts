import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listCustomerPartners } from '../src/server/features/partners/partners.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** Partners of the busiest customer (issue 17): a handful, as a customer invites a few people. */
const PARTNERS = 5;

/** Partner users on the busiest customer, made in the database in one statement (they never sign in here). */
async function seedPartners(db: BenchDb, dataset: LoadedDataset): Promise<void> {
  await db.query(
    `INSERT INTO users (workspace_id, email, name, password_hash, role, partner_customer_id)
     SELECT $1, 'partner' || n || '@bench.partner.test', 'Bench Partner ' || n, '!invited', 'partner', $2::uuid
     FROM generate_series(1, ${PARTNERS}) AS n ON CONFLICT DO NOTHING`,
    [dataset.workspaceId, dataset.busiestCustomerId],
  );
}

/** The customer page's Partners section (issue 17): a customer's partners with what is shared with each, as the bench user. */
export async function partnerScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  await seedPartners(db, dataset);
  notes.partners = `${PARTNERS} on the busiest customer`;
  const path = `/api/v1/customers/${dataset.busiestCustomerId}/partners`;
  return [
    {
      name: 'customer-partners',
      kind: 'read',
      detail: `GET ${path} (${PARTNERS} partners, each with the projects and tasks shared with them)`,
      http: { method: 'GET', path },
      sql: await capture(db, (rec) => listCustomerPartners(rec, actor, dataset.busiestCustomerId)),
    },
  ];
}
