import {
  DEFAULT_SYNC_DAYS,
  daysBefore,
  type Mailbox,
  type MailboxCreate,
  type MailboxUpdate,
  SYNC_ERROR_CODES,
  type SyncErrorCode,
} from '../../../shared/mailboxes';
import { assertCan } from '../../access/policy';
import { SecretKeyMissingError, seal } from '../../crypto/secrets';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { notFound, problem } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import type { Jobs } from '../../jobs/jobs';
import * as repo from './mailboxes.repository';

export interface MailboxDeps {
  secretKey: string | null;
  jobs: Jobs;
}

const STATUSES = new Set<string>(['idle', 'queued', 'syncing', 'error']);

/** The answer never holds the password, sealed or not. */
export function toMailbox(row: repo.MailboxRow): Mailbox {
  return {
    id: row.id,
    host: row.host,
    port: row.port,
    tls: row.tls,
    username: row.username,
    folders: row.folders,
    syncSince: row.syncSince,
    aliases: row.aliases,
    status: (STATUSES.has(row.status) ? row.status : 'idle') as Mailbox['status'],
    lastSyncAt: isoOrNull(row.lastSyncAt),
    lastError: row.lastError,
    lastErrorCode: SYNC_ERROR_CODES.includes(row.lastErrorCode as SyncErrorCode) ? (row.lastErrorCode as SyncErrorCode) : row.lastErrorCode ? 'failed' : null,
    progress: row.status === 'syncing' ? (row.progress ?? null) : null,
    createdAt: iso(row.createdAt),
  };
}

/** 409 naming the fix: only the administrator can set the key, so the user is told to ask. */
function sealPassword(secretKey: string | null, password: string): string {
  try {
    return seal(secretKey, password);
  } catch (error) {
    if (!(error instanceof SecretKeyMissingError)) throw error;
    throw problem('conflict', 'secret_key_missing', 'Mailbox passwords cannot be stored: the administrator must set TEND_SECRET_KEY on the server first');
  }
}

export async function listMailboxes(db: Database, actor: Actor): Promise<Mailbox[]> {
  assertCan(actor, 'read', { kind: 'mailbox', ownership: 'own' });
  return (await repo.listOwn(db, actor)).map(toMailbox);
}

export async function getMailbox(db: Database, actor: Actor, id: string): Promise<Mailbox> {
  assertCan(actor, 'read', { kind: 'mailbox', ownership: 'own' });
  const row = await repo.findOwn(db, actor, id);
  if (!row) throw notFound('Mailbox');
  return toMailbox(row);
}

export async function createMailbox(db: Database, deps: MailboxDeps, actor: Actor, input: MailboxCreate): Promise<Mailbox> {
  assertCan(actor, 'create', { kind: 'mailbox' });
  const { password, syncSince, ...fields } = input;
  const since = syncSince === undefined ? daysBefore(new Date(), DEFAULT_SYNC_DAYS) : syncSince;
  const row = await repo.insert(db, actor, { ...fields, syncSince: since, passwordSealed: sealPassword(deps.secretKey, password) });
  await requestSync(db, deps, row.id);
  return toMailbox((await repo.findOwn(db, actor, row.id)) ?? row);
}

export async function updateMailbox(db: Database, deps: MailboxDeps, actor: Actor, id: string, input: MailboxUpdate): Promise<Mailbox> {
  assertCan(actor, 'change', { kind: 'mailbox', ownership: 'own' });
  const { password, ...fields } = input;
  const passwordSealed = password === undefined ? undefined : sealPassword(deps.secretKey, password);
  const row = await db.transaction(async (tx) => {
    const before = await repo.findOwn(tx, actor, id);
    if (!before) throw notFound('Mailbox');
    const moved = ['host', 'port', 'username'].some((k) => k in fields && fields[k as keyof typeof fields] !== before[k as keyof typeof before]);
    // Another account's UIDs mean nothing here: its folders are read from the start (the journal skips what it has).
    if (moved) await repo.forgetFolders(tx, id);
    return repo.update(tx, actor, id, { ...fields, ...(passwordSealed ? { passwordSealed } : {}) });
  });
  if (!row) throw notFound('Mailbox');
  return toMailbox(row);
}

export async function deleteMailbox(db: Database, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'delete', { kind: 'mailbox', ownership: 'own' });
  if (!(await repo.remove(db, actor, id))) throw notFound('Mailbox');
}

/** Queues a sync of the caller's mailbox now (a run already going is left to finish). */
export async function syncNow(db: Database, deps: MailboxDeps, actor: Actor, id: string): Promise<Mailbox> {
  assertCan(actor, 'change', { kind: 'mailbox', ownership: 'own' });
  if (!(await repo.findOwn(db, actor, id))) throw notFound('Mailbox');
  await requestSync(db, deps, id);
  return toMailbox((await repo.findOwn(db, actor, id)) as repo.MailboxRow);
}

/**
 * Without a running job queue (API-only tests, a server shutting down), the mailbox waits for the
 * next periodic run: the request that asked still succeeds.
 */
async function requestSync(db: Database, deps: MailboxDeps, id: string) {
  if (!deps.jobs.running) return;
  await repo.markQueued(db, id);
  await deps.jobs.enqueue('mailboxes.sync', { mailboxId: id }).catch(() => undefined);
}
