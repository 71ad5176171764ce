import { setupSchema } from '../../../shared/auth';
import { migrate } from '../../db/migrate';
import { createWorkspace, type NewWorkspace } from '../../features/workspaces/workspaces.service';
import type { CliCommand, CliIo } from '../command';
import { parseFlags, readSecret, UsageError, withDatabase } from '../cli-support';

const FLAGS: Record<string, string> = {
  workspaceName: '--name',
  name: '--admin-name',
  email: '--admin-email',
  password: 'the password',
  locale: '--locale',
  timeZone: '--time-zone',
};

const options = {
  name: { type: 'string' },
  'admin-email': { type: 'string' },
  'admin-name': { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

function workspaceFrom(values: Partial<Record<keyof typeof options, string>>, password: string): NewWorkspace {
  const parsed = setupSchema.safeParse({
    workspaceName: values.name ?? '',
    name: values['admin-name'] ?? '',
    email: values['admin-email'] ?? '',
    password,
    locale: values.locale,
    timeZone: values['time-zone'],
  });
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${FLAGS[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const { workspaceName, name, email, locale, timeZone } = parsed.data;
  return { workspaceName, locale, timeZone, admin: { name, email, password: parsed.data.password } };
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, options);
  // The flags are checked before the password is asked for, so a typo does not swallow it.
  workspaceFrom(values, 'x'.repeat(10));
  const input = workspaceFrom(values, await readSecret(io, 'TEND_ADMIN_PASSWORD', 'Password for the new admin'));
  return withDatabase(io, async (database, config) => {
    await migrate(database.db);
    const { workspaceId, adminId } = await database.db.transaction((tx) => createWorkspace(tx, input, config.kdfCost));
    io.stdout.write(`Created workspace "${input.workspaceName}" (${workspaceId}) with its admin ${input.admin.email} (${adminId})\n`);
    return 0;
  });
}

export const workspaceCreateCommand: CliCommand = {
  name: 'workspace create',
  summary: 'Create a workspace and its first admin',
  usage: `Usage: tend workspace create --name NAME --admin-email EMAIL --admin-name NAME [--locale en|da|nb|hu|he] [--time-zone ZONE]

Creates a workspace with its default lists and its first admin. The admin's password comes from
TEND_ADMIN_PASSWORD or the first line of stdin, never from the command line.

Example:
  printf '%s\\n' "$PASSWORD" | npx tend workspace create --name "Acme" --admin-email ann@acme.test --admin-name "Ann Admin" --locale da
`,
  run,
};
