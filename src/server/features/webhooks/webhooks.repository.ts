import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { rows } from '../../db/client';
import { webhookDeliveries, webhooks } from '../../db/schema';
import type { Actor } from '../../db/scope';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const inWorkspace = (actor: Actor, id?: string) => and(eq(webhooks.workspaceId, actor.workspaceId), id ? eq(webhooks.id, id) : undefined);

/** The last delivery's status of each webhook, for the list. */
const lastStatus = sql<
  string | null
>`(SELECT d.status FROM ${webhookDeliveries} d WHERE d.webhook_id = ${webhooks.id} ORDER BY d.created_at DESC, d.id DESC LIMIT 1)`;

export const listWebhooks = (db: Queryable, actor: Actor) =>
  db
    .select({ id: webhooks.id, url: webhooks.url, events: webhooks.events, enabled: webhooks.enabled, createdAt: webhooks.createdAt, lastStatus })
    .from(webhooks)
    .where(inWorkspace(actor))
    .orderBy(webhooks.createdAt, webhooks.id);

export async function findWebhook(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: webhooks.id, url: webhooks.url, events: webhooks.events, enabled: webhooks.enabled, createdAt: webhooks.createdAt, lastStatus })
    .from(webhooks)
    .where(inWorkspace(actor, id));
  return row ?? null;
}

export async function insertWebhook(db: Queryable, actor: Actor, values: { url: string; events: string[]; secretSealed: string }) {
  const [row] = await db
    .insert(webhooks)
    .values({ ...values, workspaceId: actor.workspaceId, createdById: actor.userId })
    .returning({ id: webhooks.id });
  return row.id;
}

export async function updateWebhook(db: Queryable, actor: Actor, id: string, values: { events?: string[]; enabled?: boolean }) {
  const found = await db
    .update(webhooks)
    .set({ ...values, updatedAt: sql`now()` })
    .where(inWorkspace(actor, id))
    .returning({ id: webhooks.id });
  return found.length > 0;
}

export async function deleteWebhook(db: Queryable, actor: Actor, id: string) {
  const found = await db.delete(webhooks).where(inWorkspace(actor, id)).returning({ id: webhooks.id });
  return found.length > 0;
}

/** The webhooks of the workspace that take this event (enabled ones). */
export async function subscribed(db: Queryable, workspaceId: string, event: string): Promise<string[]> {
  const found = await db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.enabled, true), sql`${event} = ANY(${webhooks.events})`));
  return found.map((r) => r.id);
}

export async function insertDeliveries(db: Queryable, workspaceId: string, webhookIds: string[], event: string, data: unknown, occurredAt: Date) {
  if (webhookIds.length === 0) return;
  await db.insert(webhookDeliveries).values(webhookIds.map((webhookId) => ({ workspaceId, webhookId, event, data, occurredAt })));
}

/** Newest first, after the cursor's (createdAt, id). */
export function listDeliveries(db: Queryable, actor: Actor, webhookId: string, options: { status?: string; after: [Date, string] | null; limit: number }) {
  const { after, status, limit } = options;
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.workspaceId, actor.workspaceId),
        eq(webhookDeliveries.webhookId, webhookId),
        status ? eq(webhookDeliveries.status, status) : undefined,
        after ? or(lt(webhookDeliveries.createdAt, after[0]), and(eq(webhookDeliveries.createdAt, after[0]), lt(webhookDeliveries.id, after[1]))) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit + 1);
}

export interface ClaimedDelivery {
  id: string;
  workspace_id: string;
  event: string;
  data: unknown;
  occurred_at: Date | string;
  attempts: number;
  url: string;
  secret_sealed: string;
}

/**
 * Takes up to `limit` due deliveries for this process: each is counted as an attempt and held
 * until `leaseSeconds` from now, so no other process (nor this one's next run) sends it meanwhile.
 * SKIP LOCKED lets processes claiming at once take different rows.
 */
export function claimDue(db: Queryable, limit: number, leaseSeconds: number) {
  return rows<ClaimedDelivery>(
    db,
    sql`UPDATE ${webhookDeliveries} d
        SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
        FROM ${webhooks} w
        WHERE w.id = d.webhook_id AND d.id IN (
          SELECT q.id FROM ${webhookDeliveries} q JOIN ${webhooks} qw ON qw.id = q.webhook_id AND qw.enabled
          WHERE q.status = 'pending' AND q.next_attempt_at <= now()
          ORDER BY q.next_attempt_at LIMIT ${limit} FOR UPDATE OF q SKIP LOCKED)
        RETURNING d.id, d.workspace_id, d.event, d.data, d.occurred_at, d.attempts, w.url, w.secret_sealed`,
  );
}

export interface AttemptResult {
  responseCode: number | null;
  error: string | null;
  delivered: boolean;
  /** Seconds until the next try; null: no more tries (failed for good). */
  retryInSeconds: number | null;
}

export async function recordAttempt(db: Queryable, id: string, result: AttemptResult) {
  const { delivered, responseCode, error, retryInSeconds } = result;
  const status = delivered ? 'delivered' : retryInSeconds === null ? 'failed' : 'pending';
  await db
    .update(webhookDeliveries)
    .set({
      status,
      responseCode,
      lastError: error,
      deliveredAt: delivered ? sql`now()` : null,
      nextAttemptAt: status === 'pending' ? sql`now() + make_interval(secs => ${retryInSeconds})` : sql`now()`,
    })
    .where(eq(webhookDeliveries.id, id));
}
