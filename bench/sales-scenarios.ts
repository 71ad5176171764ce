import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { getCampaignResults } from '../src/server/features/sales/campaigns.service';
import { listSalesProjects } from '../src/server/features/sales/sales-projects.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** One customer in this many has a sales project; one activity in this many belongs to the campaign. */
const PROJECT_EVERY = 5;
const CAMPAIGN_EVERY = 20;

/** A campaign over a twentieth of the activities, and sales projects in every stage for a fifth of the customers. */
async function seedSales(db: BenchDb, dataset: LoadedDataset): Promise<string> {
  const ws = dataset.workspaceId;
  const [campaign] = await db.query<{ id: string }>("INSERT INTO campaigns (workspace_id, name) VALUES ($1, 'Bench campaign') RETURNING id::text AS id", [ws]);
  await db.query(`UPDATE activities SET campaign_id = $2 WHERE workspace_id = $1 AND abs(hashtext(id::text)) % ${CAMPAIGN_EVERY} = 0`, [ws, campaign.id]);
  await db.query(
    `INSERT INTO sales_projects (workspace_id, name, customer_id, responsible_id, stage_id, status, amount, currency, probability, campaign_id, created_at)
     SELECT c.workspace_id, 'Deal ' || c.name, c.id, coalesce(c.responsible_id, $3::uuid), s.id, s.kind, (abs(hashtext(c.id::text)) % 100000)::numeric, 'EUR', s.probability,
       CASE WHEN abs(hashtext(c.id::text)) % 4 = 0 THEN $2::uuid END, c.created_at
     FROM customers c
     CROSS JOIN LATERAL (SELECT id, kind, probability FROM sales_stages WHERE workspace_id = c.workspace_id
       ORDER BY sort_order OFFSET abs(hashtext(c.id::text || 's')) % 6 LIMIT 1) s
     WHERE c.workspace_id = $1 AND abs(hashtext(c.id::text)) % ${PROJECT_EVERY} = 0`,
    [ws, campaign.id, dataset.userIds[0]],
  );
  await db.exec('ANALYZE sales_projects; ANALYZE campaigns; ANALYZE activities');
  return campaign.id;
}

/** The sales project list (first page, newest first) and a campaign's results, as the bench user. */
export async function salesScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const campaignId = await seedSales(db, dataset);
  const [{ n }] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM sales_projects WHERE workspace_id = $1', [dataset.workspaceId]);
  notes.salesProjects = Number(n);
  return [
    {
      name: 'sales-projects-list',
      kind: 'read',
      detail: `GET /api/v1/sales-projects?limit=50 (${notes.salesProjects} projects)`,
      http: { method: 'GET', path: '/api/v1/sales-projects?limit=50' },
      sql: await capture(db, (rec) => listSalesProjects(rec, actor, { limit: 50 })),
    },
    {
      name: 'campaign-results',
      kind: 'read',
      detail: `GET /api/v1/campaigns/{id}/results (one activity in ${CAMPAIGN_EVERY} in the campaign)`,
      http: { method: 'GET', path: `/api/v1/campaigns/${campaignId}/results` },
      sql: await capture(db, (rec) => getCampaignResults(rec, actor, campaignId)),
    },
  ];
}
