import { createHmac } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { open } from '../../crypto/secrets';
import type { Database } from '../../db/client';
import { safeError } from '../../http/log-safety';
import type { Jobs } from '../../jobs/jobs';
import { isPublicAddress } from './address';
import { type ClaimedDelivery, claimDue, recordAttempt } from './webhooks.repository';

declare module '../../jobs/jobs' {
  interface JobTypes {
    'webhooks.deliver': Record<string, never>;
  }
}

export interface DeliverySettings {
  /** TEND_WEBHOOKS_ALLOW_PRIVATE=1: private and loopback targets are called too. */
  allowPrivate?: boolean;
  /** Seconds between the runs that send what is due (default 5). */
  intervalSeconds?: number;
  /** The first retry waits this long, each next one twice as long (default 60 s: 1, 2, 4 … 64 min). */
  retryBaseSeconds?: number;
  /** Tries in all before a delivery is failed for good (default 8). */
  maxAttempts?: number;
  /** A receiver that has not answered by then counts as failed (default 10 s). */
  timeoutMs?: number;
}

export interface Deps {
  secretKey: string | null;
  log: FastifyBaseLogger;
  settings: Required<DeliverySettings>;
}

export const DELIVERY_DEFAULTS: Required<DeliverySettings> = {
  allowPrivate: false,
  intervalSeconds: 5,
  retryBaseSeconds: 60,
  maxAttempts: 8,
  timeoutMs: 10_000,
};
const BATCH = 20;

/** `sha256=<hex HMAC-SHA256 of the raw body with the secret>`: what X-Tend-Signature carries. */
export const signature = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export function bodyOf(d: Pick<ClaimedDelivery, 'id' | 'event' | 'occurred_at' | 'workspace_id' | 'data'>): string {
  const occurredAt = new Date(d.occurred_at).toISOString();
  return JSON.stringify({ id: d.id, event: d.event, occurredAt, workspaceId: d.workspace_id, data: d.data });
}

class RefusedAddress extends Error {}

/**
 * Resolves like the system does, but refuses a non-public address at the moment of connecting:
 * what was checked is what is called (a host name that changed its DNS since it was added fails).
 */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      if (!allowPrivate && list.some((a) => !isPublicAddress(a.address))) {
        return callback(new RefusedAddress(`${hostname} resolves to a private or loopback address`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

/** One POST; answers the status code, or throws with a short reason (timeout, refused, no route). */
function post(url: string, body: string, headers: Record<string, string>, settings: Required<DeliverySettings>): Promise<number> {
  const target = new URL(url);
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (!settings.allowPrivate && net.isIP(literal) && !isPublicAddress(literal)) {
    return Promise.reject(new RefusedAddress('a private or loopback address'));
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Tend-Webhooks/1', ...headers },
        lookup: guardedLookup(settings.allowPrivate),
        timeout: settings.timeoutMs,
      },
      (res) => {
        // The answer's body is not needed: read and dropped, so the connection closes cleanly.
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${settings.timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

function errorText(error: unknown): string {
  if (error instanceof RefusedAddress) return `refused: ${error.message}`;
  const e = error as { code?: string; message?: string };
  return (e.code ? `${e.code}: ${e.message ?? ''}` : (e.message ?? 'failed')).slice(0, 300);
}

async function attempt(db: Database, deps: Deps, d: ClaimedDelivery) {
  const { settings } = deps;
  const body = bodyOf(d);
  let responseCode: number | null = null;
  let error: string | null = null;
  try {
    const secret = open(deps.secretKey, d.secret_sealed);
    const headers = { 'x-tend-signature': signature(secret, body), 'x-tend-event': d.event, 'x-tend-delivery': d.id };
    responseCode = await post(d.url, body, headers, settings);
    if (responseCode < 200 || responseCode >= 300) error = `HTTP ${responseCode}`;
  } catch (e) {
    error = errorText(e);
  }
  const delivered = error === null;
  const retryInSeconds = delivered || d.attempts >= settings.maxAttempts ? null : settings.retryBaseSeconds * 2 ** (d.attempts - 1);
  await recordAttempt(db, d.id, { delivered, responseCode, error, retryInSeconds });
  deps.log[delivered ? 'info' : 'warn'](
    { deliveryId: d.id, event: d.event, attempt: d.attempts, responseCode, error },
    delivered ? 'webhook delivered' : retryInSeconds === null ? 'webhook delivery failed for good' : 'webhook delivery failed, will retry',
  );
}

/** Sends everything due, a batch at a time; answers how many attempts were made. Safe to run in several processes at once. */
export async function deliverDue(db: Database, deps: Deps): Promise<number> {
  const lease = Math.ceil(deps.settings.timeoutMs / 1000) + 50;
  let total = 0;
  for (;;) {
    const claimed = await claimDue(db, BATCH, lease);
    await Promise.all(
      claimed.map((d) => attempt(db, deps, d).catch((e) => deps.log.warn({ err: safeError(e), deliveryId: d.id }, 'webhook attempt not recorded'))),
    );
    total += claimed.length;
    if (claimed.length < BATCH) return total;
  }
}

/**
 * Deliveries run on the job queue: every process asks for a run every `intervalSeconds`; the
 * singleton key keeps one run queued however many ask, and the claim (SKIP LOCKED and a lease)
 * gives each due delivery to one process only. Retries wait in the delivery row (next_attempt_at).
 */
export function registerWebhookJobs(jobs: Jobs, db: Database, secretKey: string | null, log: FastifyBaseLogger, settings: DeliverySettings = {}) {
  const deps: Deps = { secretKey, log, settings: { ...DELIVERY_DEFAULTS, ...settings } };
  jobs.register('webhooks.deliver', async () => void (await deliverDue(db, deps)), { retryLimit: 1, retryDelaySeconds: 5, expireInSeconds: 5 * 60 });
  let timer: NodeJS.Timeout | null = null;
  const ask = () => jobs.enqueue('webhooks.deliver', {}, { singletonKey: 'webhooks' }).catch(() => undefined);
  return {
    start() {
      void ask();
      timer = setInterval(ask, deps.settings.intervalSeconds * 1000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
