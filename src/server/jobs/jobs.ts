import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import Manager from 'pg-boss/src/manager.js';
import type { DatabaseHandle, Queryable } from '../db/client';
import { duringStartup } from '../db/locks';
import { safeError } from '../http/log-safety';
import { type BossDb, bossDbFor, bossDbOn } from './boss-db';

/**
 * Each queue's job data (stored as JSON, so plain data only). A feature adds its queues where it
 * registers them:
 *
 *   declare module '../../jobs/jobs' { interface JobTypes { 'reminders.send': { activityId: string } } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each feature
export interface JobTypes {}
export type JobName = keyof JobTypes & string;

export interface JobContext {
  id: string;
  /** 0 on the first run, 1 on the first retry, … */
  retryCount: number;
  retryLimit: number;
}
export type JobHandler<N extends JobName> = (data: JobTypes[N], job: JobContext) => Promise<void>;

/** How a queue retries; fixed when the queue is registered (the jobs of a queue share them). */
export interface QueueSettings {
  /** Runs after the first one fails (default 3). */
  retryLimit?: number;
  /** Wait before a retry (default 30 s); with backoff it doubles each time, with jitter. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A run that takes longer counts as failed and is retried (default 15 min). */
  expireInSeconds?: number;
  /** Jobs fetched and run at once by each process (default 5). */
  batchSize?: number;
}

export interface EnqueueOptions {
  /** Insert the job on this handle: pass the transaction to enqueue only if it commits. */
  db?: Queryable;
  startAfterSeconds?: number;
  /** At most one queued job per key (e.g. one reminder per activity). */
  singletonKey?: string;
}

export interface JobsOptions {
  log: FastifyBaseLogger;
  /** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How long stop() lets running jobs finish before handing them back for a retry. */
  stopTimeoutMs?: number;
}

interface Queue {
  handler: (data: unknown, job: JobContext) => Promise<void>;
  settings: Required<QueueSettings>;
}
/** What a failed job keeps as its output (safeError's fields: no secrets). */
interface JobFailure {
  jobId: string;
  type?: string;
  code?: string;
  message: string;
}
interface Schedule {
  name: JobName;
  cron: string;
}

/** A queue's settings, applied again on every start: a queue created by an earlier version would keep its old ones. */
async function createQueue(boss: PgBoss, name: string, s: Required<QueueSettings>) {
  const queue = { name, retryLimit: s.retryLimit, retryDelay: s.retryDelaySeconds, retryBackoff: s.retryBackoff, expireInSeconds: s.expireInSeconds };
  await boss.createQueue(name, queue);
  await boss.updateQueue(name, queue);
}

/**
 * pg-boss settles a batch (complete, or fail when the handler throws) without awaiting it: should
 * that statement fail (the database gone for a moment, or closed under a job that outlived a stop),
 * its rejection would be unhandled, and that stops Node. Reported as pg-boss's 'error' event instead
 * (logged by Jobs): the jobs stay active and expire into a retry. Patched on pg-boss 10's Manager,
 * whose methods the worker calls on itself; jobs.test.ts fails should a pg-boss upgrade move them.
 */
for (const method of ['complete', 'fail'] as const) {
  const settle = Manager.prototype[method];
  // Named as the original: PgBoss exposes the manager's methods under their function names.
  const patched = {
    [method](this: InstanceType<typeof Manager>, ...args: unknown[]) {
      const settled = settle.apply(this, args);
      settled.catch((error: unknown) => this.emit('error', error));
      return settled;
    },
  }[method];
  Manager.prototype[method] = patched;
}

const DEFAULTS: Required<QueueSettings> = { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 15 * 60, batchSize: 5 };

/**
 * The background job queue: pg-boss in the application's own database (schema `pgboss`), on
 * both engines. Register handlers and schedules, then start(); enqueue() works once started.
 * Every job runs at least once (exactly once unless a process dies mid-job or a job outlives
 * expireInSeconds), on whichever process fetches it first.
 */
export class Jobs {
  #boss: PgBoss | null = null;
  readonly #database: DatabaseHandle;
  #db: BossDb | null = null;
  readonly #options: Required<JobsOptions>;
  readonly #queues = new Map<string, Queue>();
  readonly #schedules: Schedule[] = [];
  readonly #workers = new Map<string, string>();
  #state: 'idle' | 'starting' | 'running' | 'stopped' = 'idle';

  constructor(database: DatabaseHandle, options: JobsOptions) {
    this.#options = { pollingIntervalSeconds: 2, stopTimeoutMs: 15_000, ...options };
    this.#database = database;
  }

  get running(): boolean {
    return this.#state === 'running';
  }

  /** One handler per queue; call before start(). */
  register<N extends JobName>(name: N, handler: JobHandler<N>, settings: QueueSettings = {}) {
    if (this.#state !== 'idle') throw new Error(`register "${name}" before the jobs start`);
    if (this.#queues.has(name)) throw new Error(`queue "${name}" has a handler already`);
    this.#queues.set(name, { handler: handler as Queue['handler'], settings: { ...DEFAULTS, ...settings } });
  }

  /** Runs the queue's job on a cron (UTC), once per slot however many processes run. */
  schedule(name: JobName, cron: string) {
    if (this.#state !== 'idle') throw new Error(`schedule "${name}" before the jobs start`);
    this.#schedules.push({ name, cron });
  }

  #starting: Promise<void> | null = null;

  /** Starts the queue (once; a second call answers the first one's promise). */
  start(): Promise<void> {
    this.#starting ??= this.#start();
    return this.#starting;
  }

  async #start() {
    if (this.#state !== 'idle') return;
    this.#state = 'starting';
    this.#db = bossDbFor(this.#database);
    // The cron clock costs a queue and a poller of its own: only when something is scheduled.
    const boss = new PgBoss({ db: this.#db as PgBoss.Db, supervise: true, schedule: this.#schedules.length > 0, migrate: true });
    boss.on('error', (error: unknown) => this.#options.log.warn({ err: safeError(error) }, 'background jobs: pg-boss reported an error'));
    this.#boss = boss;
    try {
      await this.#startWorkers(boss);
    } catch (error) {
      this.#state = 'stopped';
      await boss.stop({ graceful: false, close: false }).catch(() => undefined);
      throw error;
    }
    // Stopped while starting: stop() waited for this start and stops the workers now.
    if (this.#state === 'starting') this.#state = 'running';
  }

  async #startWorkers(boss: PgBoss) {
    // pg-boss creates its schema and each queue's table on first start: one server at a time.
    await duringStartup(this.#database.db, async () => {
      await boss.start();
      for (const [name, queue] of this.#queues) await createQueue(boss, name, queue.settings);
      for (const { name, cron } of this.#schedules) await boss.schedule(name, cron, {}, { tz: 'UTC' });
    });
    for (const [name, queue] of this.#queues) {
      const options = { batchSize: queue.settings.batchSize, pollingIntervalSeconds: this.#options.pollingIntervalSeconds, includeMetadata: true as const };
      this.#workers.set(name, await boss.work(name, options, (jobs) => this.#runBatch(boss, name, queue, jobs)));
    }
  }

  /**
   * Queues a job and answers its id, or null when a job with the same singletonKey is queued already.
   * Throws when the queue is unknown or the jobs are not running.
   */
  async enqueue<N extends JobName>(name: N, data: JobTypes[N], options: EnqueueOptions = {}): Promise<string | null> {
    // A job queued while the queue starts (the server answers meanwhile, see app.ts) waits for it.
    if (this.#state === 'starting') await this.#starting?.catch(() => undefined);
    const boss = this.#boss;
    if (this.#state !== 'running' || !boss) throw new Error(`background jobs are not running: cannot enqueue "${name}"`);
    if (!this.#queues.has(name)) throw new Error(`no handler is registered for queue "${name}"`);
    const { db, startAfterSeconds, singletonKey } = options;
    const id = await boss.send(name, data as object, {
      db: db ? (bossDbOn(db) as PgBoss.Db) : undefined,
      startAfter: startAfterSeconds,
      singletonKey,
    });
    if (id === null && singletonKey === undefined) throw new Error(`queue "${name}" refused the job`);
    // In this process, a committed job need not wait for the next poll (a transaction's job waits: it is not visible yet).
    const worker = this.#workers.get(name);
    if (!db && worker) boss.notifyWorker(worker);
    return id;
  }

  /**
   * Each job of a batch succeeds or fails on its own. The failed ones are handed to pg-boss by
   * throwing, never failed here: a job failed here can be fetched again at once (retry delay 0,
   * or another process) before pg-boss completes the batch, and that completion would then mark
   * the running retry as done. So the jobs that succeeded are completed here first, and pg-boss
   * fails only those still active (completed ones are out of its reach).
   */
  async #runBatch(boss: PgBoss, name: string, queue: Queue, jobs: PgBoss.JobWithMetadata<unknown>[]) {
    const failures: JobFailure[] = [];
    const succeeded: string[] = [];
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await queue.handler(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
          succeeded.push(job.id);
        } catch (error) {
          const err = safeError(error);
          const final = job.retryCount >= job.retryLimit;
          this.#options.log[final ? 'error' : 'warn'](
            { err, queue: name, jobId: job.id, retryCount: job.retryCount },
            final ? 'job failed for good' : 'job failed, will retry',
          );
          failures.push({ jobId: job.id, type: err.type, code: err.code, message: err.message });
        }
      }),
    );
    if (failures.length === 0) return;
    // Should this completion fail, pg-boss fails those jobs too and they run again: at least once.
    if (succeeded.length > 0) await boss.complete(name, succeeded);
    // Rejected with plain data: pg-boss stores what it is given as the jobs' output (no stack, no secrets).
    throw failures.length === 1 ? failures[0] : { message: `${failures.length} jobs of the batch failed`, failures };
  }

  /**
   * Stops fetching, lets running jobs finish for up to stopTimeoutMs, then hands those still
   * running back to the queue as a failed attempt: another process or the next start runs them
   * again while they have retries left.
   */
  async stop() {
    if (this.#state === 'idle' || this.#state === 'stopped') {
      this.#state = 'stopped';
      return;
    }
    const starting = this.#state === 'starting' ? this.#starting : null;
    this.#state = 'stopped';
    if (starting) {
      // Its workers are being created: stop them once they are (a failed start has stopped itself).
      const started = await starting.then(
        () => true,
        () => false,
      );
      if (!started) return;
    }
    await this.#boss?.stop({ graceful: true, wait: true, close: false, timeout: this.#options.stopTimeoutMs });
    // pg-boss completes a finished job without awaiting it: one more statement queues behind it on PGlite's single connection.
    await this.#db?.executeSql('SELECT $1::int', [1]).catch(() => undefined);
  }
}
