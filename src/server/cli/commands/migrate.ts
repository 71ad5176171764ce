import { migrate } from '../../db/migrate';
import type { CliCommand, CliIo } from '../command';
import { parseFlags, withDatabase } from '../cli-support';

async function run(argv: string[], io: CliIo): Promise<number> {
  parseFlags(argv, {});
  return withDatabase(io, async (database) => {
    const applied = await migrate(database.db);
    io.stdout.write(applied.length ? `Applied ${applied.join(', ')}\n` : 'The database is up to date\n');
    return 0;
  });
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply the pending database migrations',
  usage: `Usage: tend migrate

Applies the migrations the database lacks, in one transaction (the server also does this when it
starts). With the embedded database, stop the server first.

Example:
  DATABASE_URL=postgres://tend@db/tend npx tend migrate
`,
  run,
};
