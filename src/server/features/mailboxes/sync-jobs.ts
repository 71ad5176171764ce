import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import type { Jobs } from '../../jobs/jobs';
import { startIdleHolders } from './idle';
import type { MessageSink } from './message-sink';
import { syncMailbox } from './sync';
import { takeDue } from './sync.repository';

declare module '../../jobs/jobs' {
  interface JobTypes {
    'mailboxes.sync': { mailboxId: string };
    'mailboxes.sync-due': Record<string, never>;
  }
}

export interface MailboxJobDeps {
  secretKey: string | null;
  sink: MessageSink;
  log: FastifyBaseLogger;
  /** Seconds between syncs of each mailbox (TEND_MAILBOX_SYNC_INTERVAL). */
  intervalSeconds: number;
  timeoutMs?: number;
  /** IMAP IDLE holds (TEND_MAILBOX_IDLE, on unless 0); an object sets how often holds are renewed and taken. */
  idle?: boolean | { tickSeconds?: number; folderPollSeconds?: number };
}

/**
 * Mailbox sync on the job queue. Every process asks, every minute at most, for a `sync-due` run
 * that queues one `mailboxes.sync` job per mailbox whose interval has passed (marking them queued
 * in the same statement, so two processes asking at once queue each mailbox once). A sync job
 * takes the mailbox's lease or, when another run holds it, does nothing. Closing the app aborts a
 * running sync after the message in hand; the next run resumes from there. Where the server offers
 * IMAP IDLE, one process holds a connection per mailbox and syncs as soon as new mail arrives (idle.ts).
 */
export function registerMailboxJobs(jobs: Jobs, db: Database, deps: MailboxJobDeps) {
  const stopping = new AbortController();
  const syncDeps = () => ({ secretKey: deps.secretKey, sink: deps.sink, log: deps.log, signal: stopping.signal, timeoutMs: deps.timeoutMs });
  const idle = deps.idle
    ? startIdleHolders(db, {
        secretKey: deps.secretKey,
        log: deps.log,
        timeoutMs: deps.timeoutMs,
        ...(typeof deps.idle === 'object' ? deps.idle : {}),
        sync: (mailboxId) => syncMailbox(db, mailboxId, syncDeps()),
      })
    : null;
  jobs.register(
    'mailboxes.sync',
    async ({ mailboxId }) => {
      await syncMailbox(db, mailboxId, syncDeps());
    },
    // A failed sync is written to the mailbox and tried again at the next interval, not by the queue.
    { retryLimit: 0, expireInSeconds: 4 * 60 * 60, batchSize: 2 },
  );
  jobs.register(
    'mailboxes.sync-due',
    async () => {
      for (const mailboxId of await takeDue(db, deps.intervalSeconds)) await jobs.enqueue('mailboxes.sync', { mailboxId });
    },
    { retryLimit: 0, expireInSeconds: 5 * 60 },
  );
  let timer: NodeJS.Timeout | null = null;
  const ask = () => jobs.enqueue('mailboxes.sync-due', {}, { singletonKey: 'mailboxes-due' }).catch(() => undefined);
  return {
    start() {
      void ask();
      timer = setInterval(ask, Math.min(deps.intervalSeconds, 60) * 1000);
      timer.unref();
      idle?.start();
    },
    /** The process holding IDLE connections (tests read the holder record by it). */
    idleOwner: idle?.owner ?? null,
    /** Before the queue stops: a running sync ends at the next message instead of being cut off; IDLE connections close. */
    async stop() {
      if (timer) clearInterval(timer);
      stopping.abort();
      await idle?.stop();
    },
  };
}
