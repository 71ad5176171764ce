import { readConfig } from './config';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { MigrationError, migrate } from './db/migrate';

/** `npm run db:migrate`: apply pending migrations and exit (refused while a server holds the embedded data directory). */
const config = readConfig();
const database = await openDatabase(config, 'migration').catch((error: unknown) => {
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(`Tend cannot migrate: ${error.message}`);
  process.exit(1);
});
try {
  const applied = await migrate(database.db);
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date');
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
