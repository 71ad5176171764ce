import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import { type DatabaseHandle, rows } from '../db/client';
import { Jobs } from './jobs';

declare module './jobs' {
  interface JobTypes {
    'test.count': { n: number };
    'test.flaky': { n: number };
    'test.broken': { n: number };
    'test.slow': { n: number };
    'test.mixed': { n: number };
    'test.early': { n: number };
    'test.half': { n: number };
    'test.outlives': { n: number };
  }
}

let database: DatabaseHandle;
let jobs: Jobs;
const logLines: string[] = [];
const log = pino(
  { level: 'debug' },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);
const runs: { queue: string; n: number; retryCount: number }[] = [];
const runsOf = (queue: string, n: number) => runs.filter((r) => r.queue === queue && r.n === n);
const FAST = { retryDelaySeconds: 0, retryBackoff: false };

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const stateOf = async (id: string | null) => (await rows<{ state: string }>(database.db, sql`SELECT state FROM pgboss.job WHERE id = ${id}::uuid`))[0]?.state;

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = new Jobs(database, { log, pollingIntervalSeconds: 0.5 });
  jobs.register('test.count', async ({ n }, job) => void runs.push({ queue: 'test.count', n, retryCount: job.retryCount }));
  jobs.register(
    'test.flaky',
    async ({ n }, job) => {
      runs.push({ queue: 'test.flaky', n, retryCount: job.retryCount });
      if (job.retryCount < 2) throw new Error(`flaky failure ${job.retryCount}`);
    },
    { ...FAST, retryLimit: 2 },
  );
  jobs.register(
    'test.broken',
    async ({ n }, job) => {
      runs.push({ queue: 'test.broken', n, retryCount: job.retryCount });
      throw new Error('always broken');
    },
    { ...FAST, retryLimit: 1 },
  );
  jobs.register(
    'test.mixed',
    async ({ n }, job) => {
      runs.push({ queue: 'test.mixed', n, retryCount: job.retryCount });
      if (n % 2 === 1 && job.retryCount === 0) throw new Error('odd ones fail once');
    },
    { ...FAST, retryLimit: 2, batchSize: 4 },
  );
  await expect(jobs.enqueue('test.count', { n: 0 })).rejects.toThrow(/not running/);
  await jobs.start();
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
});

describe('background jobs', () => {
  it('run each queued job once', async () => {
    const ids = await Promise.all([1, 2, 3].map((n) => jobs.enqueue('test.count', { n })));
    await until(() => [1, 2, 3].every((n) => runsOf('test.count', n).length > 0));
    await until(async () => (await Promise.all(ids.map(stateOf))).every((s) => s === 'completed'));
    await new Promise((resolve) => setTimeout(resolve, 700)); // one more poll: nothing runs twice
    expect([1, 2, 3].map((n) => runsOf('test.count', n))).toEqual([1, 2, 3].map((n) => [{ queue: 'test.count', n, retryCount: 0 }]));
  });

  it('retry a failing job until it succeeds, logging each failure', async () => {
    const id = await jobs.enqueue('test.flaky', { n: 7 });
    await until(async () => (await stateOf(id)) === 'completed');
    expect(runsOf('test.flaky', 7).map((r) => r.retryCount)).toEqual([0, 1, 2]);
    expect(logLines.filter((l) => l.includes('job failed, will retry') && l.includes('flaky failure'))).toHaveLength(2);
  });

  it('fail and retry only the failing jobs of a batch', async () => {
    // One transaction: the four jobs appear at once and are fetched as one batch.
    const ids = await database.db.transaction((tx) => Promise.all([1, 2, 3, 4].map((n) => jobs.enqueue('test.mixed', { n }, { db: tx }))));
    await until(async () => (await Promise.all(ids.map(stateOf))).every((s) => s === 'completed'));
    expect([1, 2, 3, 4].map((n) => runsOf('test.mixed', n).map((r) => r.retryCount))).toEqual([[0, 1], [0], [0, 1], [0]]);
  });

  it('give a job up after its retries', async () => {
    const id = await jobs.enqueue('test.broken', { n: 1 });
    await until(async () => (await stateOf(id)) === 'failed');
    expect(runsOf('test.broken', 1).map((r) => r.retryCount)).toEqual([0, 1]);
    expect(logLines.some((l) => l.includes('job failed for good') && l.includes('"level":50'))).toBe(true);
  });

  it("record a retry's failure when another process fetched the retry before the first batch ended", async () => {
    // Job 1 fails at once, job 2 of its batch takes a second. Were job 1 failed (so fetchable again) before
    // the batch ends, the other process would start its retry, and the end of the batch would mark that
    // running retry as completed: its failure would be lost (as happened once to a mail on CI).
    const half =
      (process: string) =>
      async ({ n }: { n: number }, job: { retryCount: number }) => {
        runs.push({ queue: `test.half/${process}`, n, retryCount: job.retryCount });
        // Job 1's retry runs longer than the rest of the first batch, and fails too.
        await new Promise((resolve) => setTimeout(resolve, n === 2 ? 1200 : job.retryCount * 1500));
        if (n === 1) throw new Error('job 1 always fails');
      };
    const processes = ['a', 'b'].map((process) => {
      const other = new Jobs(database, { log, pollingIntervalSeconds: 0.5 });
      other.register('test.half', half(process), { ...FAST, retryLimit: 1, batchSize: 2 });
      return other;
    });
    try {
      await Promise.all(processes.map((p) => p.start()));
      const ids = await database.db.transaction((tx) => Promise.all([1, 2].map((n) => processes[0]!.enqueue('test.half', { n }, { db: tx }))));
      await until(async () => (await Promise.all(ids.map(stateOf))).every((s) => s === 'failed' || s === 'completed'));
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await Promise.all(ids.map(stateOf))).toEqual(['failed', 'completed']);
      const ranJob = (n: number) => runs.filter((r) => r.queue.startsWith('test.half/') && r.n === n).map((r) => r.retryCount);
      expect([ranJob(1), ranJob(2)]).toEqual([[0, 1], [0]]);
      const [failed] = await rows<{ output: Record<string, unknown> }>(database.db, sql`SELECT output FROM pgboss.job WHERE id = ${ids[0]}::uuid`);
      expect(failed?.output).toMatchObject({ message: 'job 1 always fails' });
      expect(failed?.output).not.toHaveProperty('stack');
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
  });

  it('enqueued in a transaction, run only if it commits', async () => {
    let committed: string | null = null;
    await database.db.transaction(async (tx) => {
      committed = await jobs.enqueue('test.count', { n: 100 }, { db: tx });
    });
    await database.db
      .transaction(async (tx) => {
        await jobs.enqueue('test.count', { n: 101 }, { db: tx });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await until(async () => (await stateOf(committed)) === 'completed');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(runsOf('test.count', 100)).toHaveLength(1);
    expect(runsOf('test.count', 101)).toHaveLength(0);
    expect(await rows(database.db, sql`SELECT 1 FROM pgboss.job WHERE data->>'n' = '101'`)).toHaveLength(0);
  });

  it('refuse a queue nobody handles', async () => {
    // @ts-expect-error: not a known queue
    await expect(jobs.enqueue('test.unknown', {})).rejects.toThrow(/no handler/);
  });
});

describe('a job that outlives the queue and its database', () => {
  it('fails without stopping the process: the failure pg-boss cannot store is logged', async () => {
    const own = await createTestDatabase();
    const lines: string[] = [];
    const ownLog = pino({ level: 'warn' }, new Writable({ write: (chunk, _e, done) => done(void lines.push(String(chunk))) }));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    let release: () => void = () => {};
    let started = false;
    const queue = new Jobs(own, { log: ownLog, pollingIntervalSeconds: 0.5, stopTimeoutMs: 200 });
    queue.register('test.outlives', async () => {
      started = true;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      await own.db.execute(sql`SELECT 1`); // the database is closed by now: this throws
    });
    try {
      await queue.start();
      await queue.enqueue('test.outlives', { n: 1 });
      await until(() => started);
      await queue.stop(); // gives up on the job after 200 ms
      await own.close();
      release();
      await until(() => lines.some((l) => l.includes('pg-boss reported an error')));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
      expect(lines.some((l) => l.includes('job failed'))).toBe(true);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('schedules', () => {
  it('are kept in the database in UTC, once however many workers declare them', async () => {
    const workers = [1, 2].map(() => new Jobs(database, { log, pollingIntervalSeconds: 0.5 }));
    for (const worker of workers) {
      worker.register('test.slow', async () => {});
      worker.schedule('test.slow', '*/10 * * * *');
      await worker.start();
    }
    expect(await rows(database.db, sql`SELECT name, cron, timezone FROM pgboss.schedule`)).toEqual([
      { name: 'test.slow', cron: '*/10 * * * *', timezone: 'UTC' },
    ]);
    for (const worker of workers) await worker.stop();
  });
});

describe('stopping', () => {
  /** A second worker on the same database, with a queue whose jobs wait to be let go. */
  async function slowWorker(stopTimeoutMs: number) {
    const started: number[] = [];
    const finished: number[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const worker = new Jobs(database, { log, pollingIntervalSeconds: 0.5, stopTimeoutMs });
    worker.register(
      'test.slow',
      async ({ n }) => {
        started.push(n);
        await gate;
        finished.push(n);
      },
      { ...FAST, retryLimit: 3 },
    );
    await worker.start();
    return { worker, started, finished, release };
  }

  it('lets a running job finish', async () => {
    const { worker, started, finished, release } = await slowWorker(10_000);
    const id = await worker.enqueue('test.slow', { n: 1 });
    await until(() => started.includes(1));
    const stopping = worker.stop();
    setTimeout(release, 300);
    await stopping;
    expect(finished).toEqual([1]);
    expect(await stateOf(id)).toBe('completed');
  });

  it('hands a job that outlives the stop timeout back to the queue, and the next worker runs it', async () => {
    const first = await slowWorker(1000);
    const id = await first.worker.enqueue('test.slow', { n: 2 });
    await until(() => first.started.includes(2));
    await first.worker.stop();
    expect(first.finished).toEqual([]);
    expect(await stateOf(id)).toBe('retry');

    const second = await slowWorker(10_000);
    second.release();
    await until(async () => (await stateOf(id)) === 'completed');
    expect(second.finished).toEqual([2]);
    first.release(); // the abandoned run ends; its job stays completed by the second worker
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stateOf(id)).toBe('completed');
    await second.worker.stop();
  });
});

describe('starting', () => {
  const early = () => {
    const worker = new Jobs(database, { log, pollingIntervalSeconds: 0.5 });
    const seen: number[] = [];
    worker.register('test.early', async ({ n }) => void seen.push(n));
    return { worker, seen };
  };

  it('takes a job sent while the queue starts (the server answers meanwhile) and runs it once started', async () => {
    const { worker, seen } = early();
    const starting = worker.start();
    expect(worker.running).toBe(false);
    const id = await worker.enqueue('test.early', { n: 1 });
    expect(id).not.toBeNull();
    await starting;
    await until(() => seen.includes(1));
    await worker.stop();
  });

  it('stops a queue stopped while it starts, and refuses jobs from then on', async () => {
    const { worker } = early();
    const starting = worker.start();
    await worker.stop();
    await starting;
    expect(worker.running).toBe(false);
    await expect(worker.enqueue('test.early', { n: 2 })).rejects.toThrow(/not running/);
  });

  it('refuses a job sent while the queue starts when it cannot start', async () => {
    const { worker } = early();
    // pg-boss refuses the schedule: the start fails after it has begun.
    worker.schedule('test.early', 'not a cron');
    const starting = worker.start();
    await expect(worker.enqueue('test.early', { n: 3 })).rejects.toThrow(/not running/);
    await expect(starting).rejects.toThrow();
    await worker.stop();
  });
});
