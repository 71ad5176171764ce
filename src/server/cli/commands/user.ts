import { userCreateSchema } from '../../../shared/users';
import { createUser, updateUser } from '../../features/users/users.service';
import { passwordSchema } from '../../../shared/users';
import type { CliCommand, CliIo } from '../command';
import { parseFlags, readSecret, required, UsageError, withDatabase } from '../cli-support';
import { findUserByEmail, findWorkspace, operatorOf } from '../operator';

const createOptions = {
  workspace: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

const FLAG_OF: Record<string, string> = { timeZone: 'time-zone' };

function userFrom(values: Partial<Record<keyof typeof createOptions, string>>, password: string) {
  const parsed = userCreateSchema.safeParse({
    email: values.email ?? '',
    name: values.name ?? '',
    role: values.role ?? 'user',
    password,
    locale: values.locale,
    timeZone: values['time-zone'],
  });
  if (!parsed.success) {
    const key = (i: (typeof parsed.error.issues)[number]) => String(i.path[0]);
    throw new UsageError(
      parsed.error.issues.map((i) => `${key(i) === 'password' ? 'the password' : `--${FLAG_OF[key(i)] ?? key(i)}`}: ${i.message}`).join('\n'),
    );
  }
  return parsed.data;
}

async function createRun(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, createOptions);
  const workspace = required(values, 'workspace');
  userFrom(values, 'x'.repeat(10));
  const input = userFrom(values, await readSecret(io, 'TEND_PASSWORD', 'Password for the new user'));
  return withDatabase(io, async (database, config) => {
    const found = await findWorkspace(database.db, workspace);
    const user = await createUser(database.db, operatorOf(found), input, config.kdfCost);
    io.stdout.write(`Created ${user.role} ${user.email} (${user.id}) in workspace "${found.name}"\n`);
    return 0;
  });
}

export const userCreateCommand: CliCommand = {
  name: 'user create',
  summary: 'Add a user (user, manager or admin) to a workspace',
  usage: `Usage: tend user create --workspace ID|NAME --email EMAIL --name NAME [--role user|manager|admin] [--locale LANG] [--time-zone ZONE]

Adds a user who can sign in at once (default role: user; language and time zone default to the
workspace's). The password (at least 10 characters) comes from TEND_PASSWORD or the first line of
stdin, never from the command line. An email already used in that workspace is refused.

Example:
  printf '%s\\n' "$PASSWORD" | npx tend user create --workspace "Acme" --email bo@acme.test --name "Bo Berg" --role manager
`,
  run: createRun,
};

async function resetRun(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, { email: { type: 'string' }, workspace: { type: 'string' } });
  const email = required(values, 'email');
  const password = await readSecret(io, 'TEND_PASSWORD', 'New password');
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new UsageError(`the password: ${checked.error.issues[0].message}`);
  return withDatabase(io, async (database, config) => {
    const user = await findUserByEmail(database.db, email, values.workspace);
    const found = await findWorkspace(database.db, user.workspaceId);
    // The users service ends every session, API token and pending link of the user with the new password.
    await updateUser(database.db, operatorOf(found), user.id, { password: checked.data }, config.kdfCost);
    io.stdout.write(`New password set for ${user.email} in workspace "${found.name}"; their sessions and API tokens have ended\n`);
    return 0;
  });
}

export const userResetPasswordCommand: CliCommand = {
  name: 'user reset-password',
  summary: "Set a user's password and sign them out everywhere",
  usage: `Usage: tend user reset-password --email EMAIL [--workspace ID|NAME]

Sets a new password (from TEND_PASSWORD or the first line of stdin) and ends all the user's sessions,
API tokens and pending reset or invitation links. --workspace is needed only when the email is a
user in several workspaces.

Example:
  printf '%s\\n' "$NEW_PASSWORD" | npx tend user reset-password --email bo@acme.test
`,
  run: resetRun,
};
