import { ConfigError, readConfig } from './config';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { MigrationError } from './db/migrate';

/**
 * Read config, open the database, then load the app and serve. The embedded database opens on its
 * own thread (1.5 s at a million activities) while the app's modules load (1.3 s): serve.ts is
 * imported only after the opening has started.
 */
async function main() {
  const config = readConfig();
  const opening = openDatabase(config);
  opening.catch(() => {}); // awaited below, after the import; its error is reported there
  const { serve } = await import('./serve');
  await serve(config, await opening);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof DataDirLockedError) {
    console.error(`Tend cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
