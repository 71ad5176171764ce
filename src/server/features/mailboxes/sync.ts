import { onFirstUse } from '../../lazy-require';
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { ImapFlow, SearchObject } from 'imapflow';
import { DOCUMENT_MAX_BYTES } from '../../../shared/documents';
import { open } from '../../crypto/secrets';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { AppError } from '../../http/errors';
import { safeError } from '../../http/log-safety';
import { type MailboxRow, ownerActor } from './mailboxes.repository';
import type { MessageSink } from './message-sink';
import { describeSyncError, FolderMissingError, type SyncError, UserInactiveError } from './sync-errors';
import * as repo from './sync.repository';

const imapflow = onFirstUse<typeof import('imapflow')>('imapflow');

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
  const { ImapFlow } = imapflow();
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

/**
 * One message into the journal: matched, it becomes an Email activity; unmatched, it waits in the
 * user's unmatched inbox (Mail page) to be logged on a customer they choose or discarded; mail-rules
 * keep it out either way. A message the journal refuses as bad input is passed over, not retried forever.
 */
async function journalOne(run: Run, raw: Buffer, direction: 'out' | undefined, uid: number, folder: string) {
  try {
    const result = await run.deps.sink(run.actor, raw, { source: 'imap', onlyMatched: false, direction });
    if (result.outcome === 'created') run.journaled++;
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    run.deps.log?.warn({ mailboxId: run.box.id, folder, uid, code: error.code }, 'mailbox sync: a message was refused by the journal and passed over');
  }
}

/**
 * A message's raw bytes; null when it was expunged meanwhile, or when it is larger than Tend keeps
 * (25 MB, as a document and the drop-box): that one is not downloaded, and passed over.
 */
async function fetchSource(run: Run, uid: number, folder: string): Promise<Buffer | null> {
  const { client } = run;
  const sized = await client.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
  if (sized === false) return null;
  if ((sized.size ?? 0) > DOCUMENT_MAX_BYTES) {
    run.deps.log?.warn({ mailboxId: run.box.id, folder, uid, size: sized.size }, 'mailbox sync: a message over 25 MB was passed over');
    return null;
  }
  const message = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
  return message === false ? null : (message.source ?? null);
}

/**
 * What to read: after the last UID read; a folder read from the start (first sync, new UIDVALIDITY,
 * another account) only mail that arrived on or after the mailbox's `syncSince` day.
 */
function newMail(box: MailboxRow, lastUid: number): SearchObject {
  if (lastUid > 0 || !box.syncSince) return { uid: `${lastUid + 1}:*` };
  return { uid: '1:*', since: new Date(`${box.syncSince}T00:00:00Z`) };
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
  const found = (await client.search(newMail(box, lastUid), { uid: true })) || [];
  const uids = found.filter((uid) => uid > lastUid).sort((a, b) => a - b);
  // A sent-mail folder's mail is outgoing whatever its From (an alias); elsewhere the From tells.
  const direction = sent.has(folder) || SENT_NAMES.test(folder) ? 'out' : undefined;
  for (const [done, uid] of uids.entries()) {
    if (!(await repo.reportProgress(db, box.id, owner, { folder, done, total: uids.length }))) throw new LeaseLost();
    if (run.deps.signal?.aborted) throw new Aborted();
    const source = await fetchSource(run, uid, folder);
    if (source) await journalOne(run, source, direction, uid, folder);
    // Journaled first, then the resume point: a crash in between reads this one message again, which the journal knows.
    await repo.advanceFolder(db, box.id, folder, uidValidity, uid);
  }
  // Read to the end: the mail before the cut-off day is behind the resume point too, later runs go on by UID.
  const uidNext = Number(opened.uidNext ?? 0);
  if (uidNext > 1) await repo.advanceFolder(db, box.id, folder, uidValidity, uidNext - 1);
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
