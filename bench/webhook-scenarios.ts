import { deliveryListQuerySchema } from '../src/shared/webhooks';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listDeliveries } from '../src/server/features/webhooks/webhooks.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

const URL = 'https://hooks.bench.invalid/tend';

/**
 * One webhook (turned off, so the write scenarios queue nothing and no delivery is attempted)
 * with a logged delivery per customer and per tenth activity, mostly delivered, some failed;
 * made once (a kept dataset, --keep, reuses it).
 */
async function seedWebhook(db: BenchDb, dataset: LoadedDataset): Promise<string> {
  const [found] = await db.query<{ id: string }>('SELECT id FROM webhooks WHERE workspace_id = $1 AND url = $2', [dataset.workspaceId, URL]);
  if (found) return found.id;
  const [hook] = await db.query<{ id: string }>(
    `INSERT INTO webhooks (workspace_id, url, events, secret_sealed, enabled) VALUES ($1, $2, ARRAY['customer.created', 'activity.created'], 'v1.bench', false) RETURNING id`,
    [dataset.workspaceId, URL],
  );
  const status = `CASE WHEN abs(hashtext(x.id::text)) % 20 = 0 THEN 'failed' ELSE 'delivered' END`;
  await db.query(
    `INSERT INTO webhook_deliveries (workspace_id, webhook_id, event, data, occurred_at, status, attempts, last_attempt_at, delivered_at, response_code, last_error, created_at)
     SELECT $1, $2, x.event, jsonb_build_object('id', x.id, 'name', x.name), x.at, ${status}, CASE WHEN ${status} = 'failed' THEN 8 ELSE 1 END, x.at,
       CASE WHEN ${status} = 'failed' THEN NULL ELSE x.at END, CASE WHEN ${status} = 'failed' THEN 500 ELSE 200 END,
       CASE WHEN ${status} = 'failed' THEN 'HTTP 500' END, x.at
     FROM (SELECT c.id, c.name, c.created_at AS at, 'customer.created' AS event FROM customers c WHERE c.workspace_id = $1
           UNION ALL
           SELECT a.id, a.subject, a.created_at, 'activity.created' FROM activities a WHERE a.workspace_id = $1 AND abs(hashtext(a.id::text || 'w')) % 10 = 0) x`,
    [dataset.workspaceId, hook.id],
  );
  await db.exec('ANALYZE webhook_deliveries');
  return hook.id;
}

/** Settings → Webhooks' delivery log (issue 19), as the admin: the first page of 50, newest first. */
export async function webhookScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  const webhookId = await seedWebhook(db, dataset);
  const [{ n }] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM webhook_deliveries WHERE webhook_id = $1', [webhookId]);
  notes.webhookDeliveries = Number(n);
  const admin: Actor = { ...actor, userId: dataset.userIds[0], role: 'admin' };
  return [
    {
      name: 'webhook-deliveries',
      kind: 'read',
      detail: `GET /api/v1/webhooks/{id}/deliveries (a webhook's log of ${notes.webhookDeliveries} deliveries, admin; first page of 50, newest first)`,
      http: { method: 'GET', path: `/api/v1/webhooks/${webhookId}/deliveries?limit=50` },
      sql: await capture(db, (rec) => listDeliveries(rec, admin, webhookId, deliveryListQuerySchema.parse({ limit: '50' }))),
      admin: true,
    },
  ];
}
