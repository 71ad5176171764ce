import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { ImapFlow } from 'imapflow';
import { open } from '../../crypto/secrets';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { AppError } from '../../http/errors';
import { safeError } from '../../http/log-safety';
import { type MailboxRow, ownerActor } from './mailboxes.repository';
import type { MessageSink } from './message-sink';
import { describeSyncError, FolderMissingError, type SyncError, UserInactiveError } from './sync-errors';
import * as repo from './sync.repository';

export interface SyncDeps {
  secretKey: string | null;
  sink: MessageSink;
  log?: FastifyBaseLogger;
  /** Aborted at shutdown: the run stops after the message in hand; the next run resumes there. */
  signal?: AbortSignal;
  /** Socket timeouts (ms); tests shorten them. */
  timeoutMs?: number;
}

export type SyncResult = { state: 'busy' } | { state: 'done'; journaled: number } | { state: 'aborted' } | { state: 'error'; error: SyncError };

class Aborted extends Error {}
class LeaseLost extends Error {}

/** Sent-mail folders by name, for servers without SPECIAL-USE. */
const SENT_NAMES =
  /^(sent|sent items|sent messages|sent mail|sendt|sendte elementer|sendte|elküldött|elküldött levelek|פריטים שנשלחו|\[gmail\]\/sent mail|inbox[./]sent)$/i;

interface Run {
  db: Database;
  deps: SyncDeps;
  box: MailboxRow;
  owner: string;
  actor: Actor;
  client: ImapFlow;
  journaled: number;
}

function connect(box: MailboxRow, password: string, timeoutMs: number) {
  return new ImapFlow({
    host: box.host,
    port: box.port,
    secure: box.tls,
    auth: { user: box.username, pass: password },
    logger: false,
    // One short-lived connection per run: no background IDLE on it, and a dead server times out.
    disableAutoIdle: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: Math.max(timeoutMs * 6, 60_000),
  });
}

async function sentFolders(client: ImapFlow): Promise<Set<string>> {
  const list = await client.list();
  return new Set(list.filter((f) => f.specialUse === '\\Sent').map((f) => f.path));
}

/** One message into the journal; a message the journal refuses as bad input is passed over, not retried forever. */
async function journalOne(run: Run, raw: Buffer, direction: 'in' | 'out', uid: number, folder: string) {
  try {
    const result = await run.deps.sink(run.actor, raw, { source: 'imap', onlyMatched: true, direction });
    if (result.outcome === 'created') run.journaled++;
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    run.deps.log?.warn({ mailboxId: run.box.id, folder, uid, code: error.code }, 'mailbox sync: a message was refused by the journal and passed over');
  }
}

/** A message's raw bytes; null when it was expunged meanwhile. */
async function fetchSource(client: ImapFlow, uid: number): Promise<Buffer | null> {
  const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
  return message === false ? null : (message.source ?? null);
}

async function syncFolder(run: Run, folder: string, sent: Set<string>) {
  const { client, db, box, owner } = run;
  const opened = await client.mailboxOpen(folder, { readOnly: true }).catch((error: unknown) => {
    const e = error as { mailboxMissing?: boolean; serverResponseCode?: string };
    throw e.mailboxMissing || e.serverResponseCode === 'NONEXISTENT' ? new FolderMissingError(folder) : error;
  });
  const uidValidity = Number(opened.uidValidity);
  const state = await repo.folderState(db, box.id, folder);
  // A new UIDVALIDITY means the server renumbered the folder: read it all again (the journal skips what it has by Message-ID).
  if (!state || state.uidValidity !== uidValidity) await repo.resetFolder(db, box.id, folder, uidValidity);
  const lastUid = state && state.uidValidity === uidValidity ? state.lastUid : 0;
  if (opened.exists === 0) return;
  const found = (await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [];
  const uids = found.filter((uid) => uid > lastUid).sort((a, b) => a - b);
  const direction = sent.has(folder) || SENT_NAMES.test(folder) ? 'out' : 'in';
  for (const [done, uid] of uids.entries()) {
    if (!(await repo.reportProgress(db, box.id, owner, { folder, done, total: uids.length }))) throw new LeaseLost();
    if (run.deps.signal?.aborted) throw new Aborted();
    const source = await fetchSource(client, uid);
    if (source) await journalOne(run, source, direction, uid, folder);
    // Journaled first, then the resume point: a crash in between reads this one message again, which the journal knows.
    await repo.advanceFolder(db, box.id, folder, uidValidity, uid);
  }
}

async function runFolders(db: Database, deps: SyncDeps, box: MailboxRow, owner: string): Promise<number> {
  const actor = await ownerActor(db, box.userId);
  if (!actor) throw new UserInactiveError();
  const client = connect(box, open(deps.secretKey, box.passwordSealed), deps.timeoutMs ?? 30_000);
  client.on('error', () => undefined); // a dropped socket also rejects the command in flight, which reports it
  const run: Run = { db, deps, box, owner, actor, client, journaled: 0 };
  try {
    await client.connect();
    const sent = await sentFolders(client);
    for (const folder of box.folders) await syncFolder(run, folder, sent);
    return run.journaled;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * Reads the new mail of each folder of a mailbox into the journal, from the last UID journaled on
 * (all of it again after a UIDVALIDITY change). One run per mailbox at a time across processes (a
 * lease on the row); progress and the outcome are written to the row as it goes.
 */
export async function syncMailbox(db: Database, mailboxId: string, deps: SyncDeps): Promise<SyncResult> {
  const owner = randomUUID();
  const box = await repo.claim(db, mailboxId, owner);
  if (!box) return { state: 'busy' };
  const where = `${box.host}:${box.port}`;
  try {
    const journaled = await runFolders(db, deps, box, owner);
    await repo.release(db, box.id, owner, { error: null });
    return { state: 'done', journaled };
  } catch (error) {
    if (error instanceof Aborted || error instanceof LeaseLost) {
      await repo.release(db, box.id, owner, { error: null, aborted: true });
      return { state: 'aborted' };
    }
    const reason = describeSyncError(error, where);
    deps.log?.warn({ mailboxId, reason: reason.code, err: reason.code === 'failed' ? safeError(error) : undefined }, 'mailbox sync failed');
    await repo.release(db, box.id, owner, { error: reason });
    return { state: 'error', error: reason };
  }
}
