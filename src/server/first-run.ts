import type pino from 'pino';
import type { readConfig } from './config';
import type { DatabaseHandle } from './db/client';
import { loadDemo } from './demo/load-demo';
import { setUpFirstWorkspace } from './features/auth/setup.service';
import { hasAnyWorkspace } from './features/workspaces/workspaces.service';
import { AppError } from './http/errors';

type FirstRunConfig = Pick<ReturnType<typeof readConfig>, 'adminEmail' | 'adminPassword' | 'demo' | 'kdfCost'>;

/**
 * An empty database: the first workspace and its admin from TEND_ADMIN_EMAIL/PASSWORD, and the demo
 * when asked. Several processes may start on one empty PostgreSQL at once: the first-run lock lets
 * one set it up, and the others go on with what it made.
 */
export async function firstRun(database: DatabaseHandle, config: FirstRunConfig, log: pino.Logger) {
  if (await hasAnyWorkspace(database.db)) {
    if (config.demo) log.warn('--demo ignored: the database is not empty');
    return;
  }
  if (config.adminEmail && config.adminPassword) {
    try {
      await setUpFirstWorkspace(
        database.db,
        {
          workspaceName: 'Tend',
          locale: 'en',
          timeZone: 'Europe/Copenhagen',
          admin: { email: config.adminEmail, name: 'Administrator', password: config.adminPassword },
        },
        config.kdfCost,
      );
    } catch (error) {
      if (!(error instanceof AppError && error.reason?.code === 'already_set_up')) throw error;
      log.info('another Tend process set up the first workspace');
      return;
    }
    log.info({ email: config.adminEmail }, 'created the first workspace and its admin');
  }
  if (config.demo) await loadDemo(database.db, { kdfCost: config.kdfCost, progress: (line) => log.info(line) });
}
