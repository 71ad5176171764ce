import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { setupSchema } from '../shared/auth';
import { ConfigError, readConfig } from './config';
import { openDatabase } from './db/client';
import { MigrationError, migrate } from './db/migrate';
import { createWorkspace, type NewWorkspace } from './features/workspaces/workspaces.service';

/**
 * `npm run workspace:create -- --name "Acme" --admin-email a@acme.test --admin-name "Ann Admin"
 * [--locale da] [--time-zone Europe/Copenhagen]`: a new workspace and its first admin, on the
 * database the server uses (same environment). The password comes from TEND_ADMIN_PASSWORD or the
 * first line of stdin, never from the command line (other users of the machine can read argv).
 * With the embedded database, stop the server first: one data directory serves one process.
 */
class UsageError extends Error {}

const FLAGS: Record<string, string> = {
  workspaceName: '--name',
  name: '--admin-name',
  email: '--admin-email',
  password: 'the password',
  locale: '--locale',
  timeZone: '--time-zone',
};

function workspaceFromArgs(argv: string[], password: string | null): NewWorkspace {
  let values: ReturnType<
    typeof parseArgs<{
      options: {
        name: { type: 'string' };
        'admin-email': { type: 'string' };
        'admin-name': { type: 'string' };
        locale: { type: 'string' };
        'time-zone': { type: 'string' };
      };
      strict: true;
    }>
  >['values'];
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        locale: { type: 'string' },
        'time-zone': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const parsed = setupSchema.safeParse({
    workspaceName: values.name ?? '',
    name: values['admin-name'] ?? '',
    email: values['admin-email'] ?? '',
    password: password ?? '',
    locale: values.locale,
    timeZone: values['time-zone'],
  });
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${FLAGS[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const { workspaceName, name, email, locale, timeZone } = parsed.data;
  return { workspaceName, locale, timeZone, admin: { name, email, password: parsed.data.password } };
}

async function firstLineOfStdin(): Promise<string | null> {
  if (process.stdin.isTTY) process.stderr.write('Password for the new admin (input is shown; prefer TEND_ADMIN_PASSWORD or a pipe): ');
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return null;
}

async function main() {
  const config = readConfig();
  const password = process.env.TEND_ADMIN_PASSWORD || (await firstLineOfStdin());
  const input = workspaceFromArgs(process.argv.slice(2), password);
  const database = await openDatabase(config);
  try {
    await migrate(database.db);
    const { workspaceId, adminId } = await database.db.transaction((tx) => createWorkspace(tx, input, config.kdfCost));
    console.log(`Created workspace "${input.workspaceName}" (${workspaceId}) with its admin ${input.admin.email} (${adminId})`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof ConfigError || error instanceof MigrationError;
  console.error(known ? `workspace:create: ${error.message}` : error);
  process.exitCode = 1;
});
