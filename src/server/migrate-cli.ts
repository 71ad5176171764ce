import { readConfig } from './config';
import { openDatabase } from './db/client';
import { MigrationError, migrate } from './db/migrate';

/** `npm run db:migrate`: apply pending migrations and exit. */
const config = readConfig();
const database = await openDatabase(config);
try {
  const applied = await migrate(database.db);
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date');
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
