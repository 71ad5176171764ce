import { ConfigError, readConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { lockAndStart } from './db/embedded-start';

/**
 * Read config, start the embedded database's thread, then load the rest and serve. The thread opens
 * the data directory (1.5 s at a million activities) while this thread loads the database layer and
 * the app (1.5 s): both are imported only after the thread has started.
 */
async function main() {
  const config = readConfig();
  const started = config.databaseUrl ? undefined : lockAndStart(config.dataDir, 'server', config.pgliteThread);
  const { openDatabase } = await import('./db/client');
  const opening = openDatabase(config, 'server', started);
  opening.catch(() => {}); // awaited below, after the import; its error is reported there
  const { serve } = await import('./serve');
  await serve(config, await opening);
}

main().catch(async (error: unknown) => {
  const { MigrationError } = await import('./db/migrate');
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof DataDirLockedError) {
    console.error(`Tend cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
