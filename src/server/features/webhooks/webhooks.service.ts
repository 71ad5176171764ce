import { randomBytes } from 'node:crypto';
import type { DeliveryListQuery, WebhookCreate, WebhookEvent, WebhookUpdate } from '../../../shared/webhooks';
import { assertCan } from '../../access/policy';
import { SecretKeyMissingError, seal } from '../../crypto/secrets';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { invalid, notFound, problem } from '../../http/errors';
import { type Resolve, hostProblem } from './address';
import * as repo from './webhooks.repository';

export interface WebhookDeps {
  /** TEND_SECRET_KEY: seals the signing secrets; without it no webhook can be added. */
  secretKey: string | null;
  /** TEND_WEBHOOKS_ALLOW_PRIVATE=1: private and loopback targets are allowed (tests, a closed network). */
  allowPrivate: boolean;
  resolve?: Resolve;
}

type WebhookListRow = Awaited<ReturnType<typeof repo.listWebhooks>>[number];

function toWebhook(row: WebhookListRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), lastStatus: (row.lastStatus ?? null) as 'pending' | 'delivered' | 'failed' | null };
}

function toDelivery(row: repo.DeliveryRow) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    event: row.event,
    status: row.status as 'pending' | 'delivered' | 'failed',
    attempts: row.attempts,
    responseCode: row.responseCode,
    lastError: row.lastError,
    occurredAt: row.occurredAt.toISOString(),
    lastAttemptAt: iso(row.lastAttemptAt),
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
    deliveredAt: iso(row.deliveredAt),
  };
}

/** A 400 naming `url` when the target is not on the public internet (unless allowed). */
export async function checkTarget(deps: WebhookDeps, url: string) {
  if (deps.allowPrivate) return;
  const found = await hostProblem(new URL(url).hostname, deps.resolve);
  if (found) throw invalid({ url: found.message }, 'public_address');
}

function sealSecret(secretKey: string | null, secret: string) {
  try {
    return seal(secretKey, secret);
  } catch (error) {
    if (!(error instanceof SecretKeyMissingError)) throw error;
    throw problem('conflict', 'secret_key_missing', 'Webhook secrets cannot be stored: the administrator must set TEND_SECRET_KEY on the server first');
  }
}

export async function listWebhooks(db: Queryable, actor: Actor) {
  assertCan(actor, 'read', { kind: 'webhook' });
  return { items: (await repo.listWebhooks(db, actor)).map(toWebhook), nextCursor: null };
}

async function getWebhook(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findWebhook(db, actor, id);
  if (!row) throw notFound();
  return toWebhook(row);
}

/** The secret is answered here only: it is stored sealed and never shown again. */
export async function createWebhook(db: Database, actor: Actor, deps: WebhookDeps, input: WebhookCreate) {
  assertCan(actor, 'create', { kind: 'webhook' });
  await checkTarget(deps, input.url);
  const secret = input.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
  const id = await repo.insertWebhook(db, actor, { url: input.url, events: input.events, secretSealed: sealSecret(deps.secretKey, secret) });
  return { ...(await getWebhook(db, actor, id)), secret };
}

export async function updateWebhook(db: Database, actor: Actor, id: string, input: WebhookUpdate) {
  assertCan(actor, 'change', { kind: 'webhook' });
  if (!(await repo.updateWebhook(db, actor, id, input))) throw notFound();
  return getWebhook(db, actor, id);
}

export async function deleteWebhook(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'delete', { kind: 'webhook' });
  const webhook = await getWebhook(db, actor, id);
  if (!(await repo.deleteWebhook(db, actor, id))) throw notFound();
  return webhook;
}

export async function listDeliveries(db: Queryable, actor: Actor, webhookId: string, query: DeliveryListQuery) {
  assertCan(actor, 'read', { kind: 'webhook' });
  const cursor = decodeCursor(query.cursor, ['instant', 'id']);
  if (!(await repo.findWebhook(db, actor, webhookId))) throw notFound();
  const after: [Date, string] | null = cursor ? [new Date(cursor[0] as string), cursor[1] as string] : null;
  const found = await repo.listDeliveries(db, actor, webhookId, { status: query.status, after, limit: query.limit });
  const { items, nextCursor } = page(found, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return { items: items.map(toDelivery), nextCursor };
}

/** Queues a `webhook.test` delivery to this webhook alone (enabled or not is its own business: a disabled one waits). */
export async function sendTestEvent(db: Database, actor: Actor, webhookId: string) {
  assertCan(actor, 'change', { kind: 'webhook' });
  if (!(await repo.findWebhook(db, actor, webhookId))) throw notFound();
  await repo.insertDeliveries(db, actor.workspaceId, [webhookId], 'webhook.test', { webhookId, message: 'A test event from Tend' }, new Date());
  return { ok: true as const };
}

/**
 * Features call this inside the transaction of their change: one outbox row per webhook of the
 * workspace subscribed to the event, so a change that rolls back sends nothing. `data` is only
 * computed when someone listens (most workspaces have no webhooks: one small query).
 */
export async function emitWebhookEvent(
  tx: Queryable,
  actor: Pick<Actor, 'workspaceId' | 'webhooks'>,
  event: WebhookEvent,
  data: () => unknown | Promise<unknown>,
) {
  // The request's look-up found no enabled webhook in the workspace: nobody to tell, no query.
  if (actor.webhooks === false) return;
  const { workspaceId } = actor;
  const ids = await repo.subscribed(tx, workspaceId, event);
  if (ids.length === 0) return;
  await repo.insertDeliveries(tx, workspaceId, ids, event, await data(), new Date());
}
