import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import type { Jobs } from '../../jobs/jobs';
import { safeError } from '../../http/log-safety';
import * as repo from './imports.repository';
import { runImport } from './imports.run';
import type { StartRun } from './imports.service';

declare module '../../jobs/jobs' {
  interface JobTypes {
    'imports.run': { importId: string };
  }
}

/** Import runs on the job queue: a run that dies is resumed (at its next batch) by a retry; the last failure marks it failed. */
export function registerImportJobs(jobs: Jobs, db: Database) {
  jobs.register(
    'imports.run',
    async ({ importId }, job) => {
      try {
        await runImport(db, importId);
      } catch (error) {
        if (job.retryCount >= job.retryLimit) await repo.setStatus(db, importId, 'failed', safeError(error).message || 'The import failed');
        throw error;
      }
    },
    { retryLimit: 2, retryDelaySeconds: 5, retryBackoff: false, expireInSeconds: 60 * 60, batchSize: 1 },
  );
}

/**
 * How a run starts: a job queued in the transaction that marks the import queued, so it runs once
 * committed; where no worker runs (a server started without the job queue), in this process once
 * the transaction has committed.
 */
export function importStarter(jobs: Jobs, db: Database, log: FastifyBaseLogger): StartRun {
  return async (importId, tx) => {
    if (jobs.running) {
      await jobs.enqueue('imports.run', { importId }, { db: tx });
      return undefined;
    }
    return () => {
      runImport(db, importId).catch(async (error: unknown) => {
        log.error({ err: safeError(error), importId }, 'import failed');
        await repo.setStatus(db, importId, 'failed', safeError(error).message || 'The import failed').catch(() => undefined);
      });
    };
  };
}
