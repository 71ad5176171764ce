import { onFirstUse } from '../../lazy-require';
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { ImapFlow } from 'imapflow';
import { open } from '../../crypto/secrets';
import type { Database } from '../../db/client';
import { safeError } from '../../http/log-safety';
import type { MailboxRow } from './mailboxes.repository';
import type { SyncResult } from './sync';
import { describeSyncError } from './sync-errors';
import * as repo from './sync.repository';

const imapflow = onFirstUse<typeof import('imapflow')>('imapflow');

export interface IdleDeps {
  secretKey: string | null;
  log: FastifyBaseLogger;
  /** Runs one sync of the mailbox (the lease decides who reads; 'busy' is tried again shortly). */
  sync: (mailboxId: string) => Promise<SyncResult>;
  /** Seconds between renewing this process's holds and taking free mailboxes (default 30; the lease lasts 90). */
  tickSeconds?: number;
  /** Seconds between STATUS checks of the mailbox's other folders (e.g. Sent) on the held connection (default 60). */
  folderPollSeconds?: number;
  /** Most IDLE connections one process holds (default 200). */
  maxHolds?: number;
  timeoutMs?: number;
}

/** IDLE is restarted this often (servers drop an IDLE after 30 minutes; NATs sooner). */
const MAX_IDLE_MS = 4 * 60_000;
/** After a dropped or refused connection: 5 s, doubling, at most 5 minutes; a server without IDLE is asked again after an hour. */
const backoffMs = (failures: number) => Math.min(5_000 * 2 ** Math.max(failures - 1, 0), 5 * 60_000);
const NO_IDLE_WAIT_MS = 60 * 60_000;
const BUSY_RETRY_MS = 2_000;
const INBOX = 'INBOX';

class NoIdle extends Error {}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** One sync at a time per mailbox: new mail during a run asks for one more run after it; a run held elsewhere is waited for. */
function syncTrigger(mailboxId: string, deps: IdleDeps, signal: AbortSignal) {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      let result = await deps.sync(mailboxId);
      for (let tries = 0; result.state === 'busy' && !signal.aborted && tries < 150; tries++) {
        await sleep(BUSY_RETRY_MS, signal);
        result = await deps.sync(mailboxId);
      }
    } while (again && !signal.aborted);
  };
  return {
    fire() {
      if (signal.aborted) return;
      if (running) {
        again = true;
        return;
      }
      running = loop()
        .catch((error: unknown) => deps.log.warn({ mailboxId, err: safeError(error) }, 'mailbox idle: a sync failed'))
        .finally(() => {
          running = null;
        });
    },
    settled: () => running ?? Promise.resolve(),
  };
}

function connect(box: MailboxRow, password: string, timeoutMs: number) {
  const { ImapFlow } = imapflow();
  return new ImapFlow({
    host: box.host,
    port: box.port,
    secure: box.tls,
    auth: { user: box.username, pass: password },
    logger: false,
    disableAutoIdle: true,
    maxIdleTime: MAX_IDLE_MS,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: MAX_IDLE_MS + 60_000,
  });
}

/** True when a folder (by STATUS) has mail beyond what was journaled of it, or was renumbered. */
async function behind(db: Database, client: ImapFlow, box: MailboxRow, folder: string): Promise<boolean> {
  const state = await repo.folderState(db, box.id, folder);
  if (!state) return false; // never read yet: the first sync reads it
  const status = await client.status(folder, { uidNext: true, uidValidity: true }).catch(() => false as const);
  if (!status) return false;
  return Number(status.uidValidity) !== state.uidValidity || Number(status.uidNext ?? 0) - 1 > state.lastUid;
}

/**
 * The mailbox's other folders (the sent folder, …) have no IDLE of their own on this connection: a STATUS
 * each now and then (it breaks IDLE for a moment) tells when one has new mail.
 */
function pollOtherFolders(db: Database, client: ImapFlow, box: MailboxRow, deps: IdleDeps, onNewMail: () => void) {
  const others = box.folders.filter((folder) => folder !== INBOX);
  if (others.length === 0) return () => undefined;
  let checking = false;
  const check = async () => {
    if (checking || !client.usable) return;
    checking = true;
    try {
      for (const folder of others) {
        if (await behind(db, client, box, folder)) return onNewMail();
      }
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check().catch(() => undefined), (deps.folderPollSeconds ?? 60) * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** One connection: opens the inbox and waits in IDLE until the connection drops or the hold stops; new mail fires a sync. */
async function holdOnce(db: Database, box: MailboxRow, deps: IdleDeps, signal: AbortSignal, onNewMail: () => void) {
  const client = connect(box, open(deps.secretKey, box.passwordSealed), deps.timeoutMs ?? 30_000);
  client.on('error', () => undefined); // a dropped socket ends idle(); the loop reconnects
  const close = () => client.close();
  signal.addEventListener('abort', close);
  let stopPolling: () => void = () => undefined;
  try {
    await client.connect();
    if (!client.capabilities.has('IDLE')) throw new NoIdle();
    // Mail that came while nobody listened (before this connection, or while it was down) is read now.
    if (await behind(db, client, box, INBOX)) onNewMail();
    await client.mailboxOpen(INBOX, { readOnly: true });
    client.on('exists', (data: { count: number; prevCount: number }) => {
      if (data.count > data.prevCount) onNewMail();
    });
    stopPolling = pollOtherFolders(db, client, box, deps, onNewMail);
    while (!signal.aborted && client.usable) {
      if ((await client.idle({ whenFree: true })) === false) break;
    }
  } finally {
    stopPolling();
    signal.removeEventListener('abort', close);
    await client.logout().catch(() => client.close());
  }
}

/** Holds one mailbox's IDLE connection until stopped, reconnecting with back-off; after a reconnect a sync reads what came meanwhile. */
function holdMailbox(db: Database, mailboxId: string, deps: IdleDeps) {
  const stopping = new AbortController();
  const { signal } = stopping;
  const trigger = syncTrigger(mailboxId, deps, signal);
  const loop = async () => {
    let failures = 0;
    while (!signal.aborted) {
      const box = await repo.mailboxById(db, mailboxId);
      if (!box) return;
      // IDLE watches the inbox: a mailbox that does not sync it is left to the periodic sync (its folders may change).
      if (!box.folders.includes(INBOX)) {
        await sleep(NO_IDLE_WAIT_MS / 12, signal);
        continue;
      }
      const started = Date.now();
      try {
        await holdOnce(db, box, deps, signal, () => trigger.fire());
        failures = Date.now() - started > 60_000 ? 1 : failures + 1;
        await sleep(backoffMs(failures), signal);
      } catch (error) {
        failures++;
        const reason = error instanceof NoIdle ? 'no_idle' : describeSyncError(error, `${box.host}:${box.port}`).code;
        deps.log.info({ mailboxId, reason }, 'mailbox idle: no connection, the periodic sync goes on');
        await sleep(error instanceof NoIdle ? NO_IDLE_WAIT_MS : backoffMs(failures), signal);
      }
    }
  };
  const done = loop().catch((error: unknown) => deps.log.warn({ mailboxId, err: safeError(error) }, 'mailbox idle: the hold ended'));
  return {
    async stop() {
      stopping.abort();
      await done;
      await trigger.settled();
    },
  };
}

/**
 * IMAP IDLE where the server offers it: each process takes the IDLE hold of mailboxes nobody holds
 * (a lease on the mailbox row, `idle_owner`/`idle_lease_until`, renewed every tick; a crashed
 * process's runs out after 90 s and another takes over), keeps one connection per held mailbox
 * waiting in IDLE on the inbox, and starts a sync as soon as the server reports new mail. The
 * periodic sync stays: for other folders, servers without IDLE, and as a safety net.
 */
export function startIdleHolders(db: Database, deps: IdleDeps) {
  const owner = randomUUID();
  const holders = new Map<string, ReturnType<typeof holdMailbox>>();
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> = Promise.resolve();
  const tick = async () => {
    const held = new Set(await repo.renewIdle(db, owner));
    for (const [id, holder] of holders) {
      if (held.has(id)) continue;
      holders.delete(id);
      void holder.stop();
    }
    if (stopped) return;
    for (const id of await repo.claimIdle(db, owner, (deps.maxHolds ?? 200) - holders.size)) {
      if (stopped) break;
      holders.set(id, holdMailbox(db, id, deps));
    }
  };
  const run = () => {
    ticking = ticking.then(tick).catch((error: unknown) => deps.log.warn({ err: safeError(error) }, 'mailbox idle: could not renew the holds'));
  };
  return {
    owner,
    start() {
      run();
      timer = setInterval(run, (deps.tickSeconds ?? 30) * 1000);
      timer.unref();
    },
    /** Ends every IDLE connection and gives the holds back, so another process takes over at once. */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await ticking;
      await Promise.all([...holders.values()].map((holder) => holder.stop()));
      holders.clear();
      await repo.releaseIdle(db, owner).catch(() => undefined);
    },
  };
}
