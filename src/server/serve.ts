import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp, loggerOptions } from './app';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { vacuumEveryTable } from './db/maintenance';
import { migrate } from './db/migrate';
import { firstRun } from './first-run';
import { pruneAttempts } from './features/auth/throttle.repository';

declare module './jobs/jobs' {
  interface JobTypes {
    'auth.prune-sign-in-counts': Record<string, never>;
    'db.vacuum-embedded': Record<string, never>;
  }
}

/**
 * Sign-in counts nobody added to for a while are forgotten anyway; removing them keeps the table
 * small. A schedule of the job queue: once per slot however many servers share the database.
 */
function schedulePruning(app: FastifyInstance, database: DatabaseHandle) {
  app.jobs.register('auth.prune-sign-in-counts', () => pruneAttempts(database.db), { retryLimit: 0 });
  app.jobs.schedule('auth.prune-sign-in-counts', '*/10 * * * *');
}

/**
 * The embedded engine has no autovacuum (see vacuumEveryTable): every night at 03:00 UTC (early
 * morning in Europe and Israel) its tables are vacuumed and analyzed. A PostgreSQL server does it itself.
 */
export function scheduleEmbeddedVacuum(app: FastifyInstance, database: DatabaseHandle) {
  if (database.engine !== 'embedded') return;
  app.jobs.register(
    'db.vacuum-embedded',
    async () => {
      const started = Date.now();
      const tables = await vacuumEveryTable(database.db);
      app.log.info({ tables: tables.length, ms: Date.now() - started }, 'embedded database vacuumed and analyzed');
    },
    { retryLimit: 0, expireInSeconds: 60 * 60 },
  );
  app.jobs.schedule('db.vacuum-embedded', '0 3 * * *');
}

/** Migrate, create the first admin if asked, listen, and shut down cleanly on SIGTERM. */
export async function serve(config: Config, database: DatabaseHandle) {
  const log = pino(loggerOptions(config.logLevel));
  // Without its database thread the server could only answer errors: stop, so a supervisor restarts it.
  database.onLost?.((error) => {
    log.fatal({ err: error }, 'the embedded database stopped');
    process.exit(1);
  });
  const applied = await migrate(database.db);
  if (applied.length) log.info({ applied }, 'database migrated');

  await firstRun(database, config, log);

  const here = path.dirname(fileURLToPath(import.meta.url));
  const app = await buildApp({
    database,
    kdfCost: config.kdfCost,
    webDir: path.join(here, 'web'),
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    signup: config.signup,
    jobs: true,
    // Listening before the queue has started: the first answer comes 0.5 s sooner on the embedded engine.
    jobsInBackground: {
      failed: (error) => {
        log.fatal({ err: error }, 'the background jobs could not start');
        process.exit(1);
      },
    },
    mail: { smtpUrl: config.smtpUrl, from: config.mailFrom },
    publicUrl: config.publicUrl,
    reminderIntervalSeconds: config.reminderIntervalSeconds,
    secretKey: config.secretKey,
    mailboxSyncIntervalSeconds: config.mailboxSyncIntervalSeconds,
    mailboxIdle: config.mailboxIdle,
    webhooks: { allowPrivate: config.webhooksAllowPrivate },
    dropbox: config.smtpListen ? { listen: config.smtpListen, address: config.dropboxAddress } : null,
  });
  schedulePruning(app, database);
  scheduleEmbeddedVacuum(app, database);
  const address = await app.listen({ port: config.port, host: config.host });
  database.lock?.listening(address);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // Work cut short by the shutdown (a job's query on a closing pool) may still reject: logged, it
    // does not turn a requested stop into a crash (exit code 1 once seen in CI, cause not found).
    process.on('unhandledRejection', (reason) => app.log.warn({ err: reason }, 'shutting down: work cut short'));
    await app.close().catch((error: unknown) => app.log.error({ err: error }, 'shutting down: closing the app failed'));
    await database.close().catch((error: unknown) => app.log.error({ err: error }, 'shutting down: closing the database failed'));
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
