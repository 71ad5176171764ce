import { setFlagsFromString } from 'node:v8';
import { ConfigError, readConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { lockAndStart } from './db/embedded-start';

/**
 * Read config, start the embedded database's thread, then load the rest and serve. The thread opens
 * the data directory (1.5 s at a million activities) while this thread loads the database layer and
 * the app (1.5 s): both are imported only after the thread has started.
 */
async function main() {
  limitHeapGrowth();
  const config = readConfig();
  const started = config.databaseUrl ? undefined : lockAndStart(config.dataDir, 'server', config.pgliteThread);
  const { openDatabase } = await import('./db/client');
  const opening = openDatabase(config, 'server', started);
  opening.catch(() => {}); // awaited below, after the import; its error is reported there
  const { serve } = await import('./serve');
  await serve(config, await opening);
}

/**
 * V8 lets the heap grow by up to 4× past what survived the last full collection; a burst of exports
 * or reports then leaves the server at 600+ MB. Growing by 1.5× at most kept the ten-XLSX-export peak
 * at 468 MB instead of 608 with the same to-do and search throughput and CPU per request
 * (bench/analysis.md). A value given on the command line or in NODE_OPTIONS wins.
 */
function limitHeapGrowth() {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (!given.includes('heap-growing-percent')) setFlagsFromString('--heap-growing-percent=50');
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
