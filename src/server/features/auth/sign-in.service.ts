import type { z } from 'zod';
import type { signupSchema } from '../../../shared/auth';
import type { User } from '../../../shared/users';
import { dummyHash, verifyPassword } from '../../auth/passwords';
import type { Database } from '../../db/client';
import { AppError } from '../../http/errors';
import { presentUser, userById } from '../users/users.service';
import { createWorkspace, type NewWorkspace } from '../workspaces/workspaces.service';
import { activeAccounts } from './auth.repository';
import { pruneSessionsIfDue, startSession } from './auth.service';
import { POLICIES, delayAfterFailure } from './throttle';
import { clearAttempts, countAttempt, giveBackAttempt } from './throttle.repository';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Without a workspace, at most this many accounts with one email are checked (the KDF work is bounded). */
export const MAX_ACCOUNTS_PER_EMAIL = 5;

export interface SignIn {
  email: string;
  password: string;
  /** The workspace's id or name, when the email has accounts in several. */
  workspace?: string;
}

/** The accounts whose password this is; an unknown email costs one KDF run too, so timing tells nothing. */
async function matching(db: Database, input: SignIn, kdfCost: number) {
  const accounts = await activeAccounts(db, input.email, input.workspace, MAX_ACCOUNTS_PER_EMAIL);
  if (accounts.length === 0) {
    await verifyPassword(input.password, await dummyHash(kdfCost));
    return [];
  }
  const checks = await Promise.all(accounts.map((a) => verifyPassword(input.password, a.user.passwordHash)));
  return accounts.filter((_, i) => checks[i]);
}

/**
 * Email and password sign-in (throttle.ts has the policy). Attempts are counted per address and
 * per email before the password is checked. When the password is right for accounts in several
 * workspaces and none was named, the answer is 400 naming `workspace`, with the choices: only
 * those workspaces, so nobody learns where else an email has an account without its password.
 */
export async function login(db: Database, input: SignIn, address: string, kdfCost: number) {
  const keys = { address: `address:${address}`, email: `email:${input.email}` };
  await countAttempt(db, keys.address, POLICIES.address);
  const attempts = await countAttempt(db, keys.email, POLICIES.email);
  const matches = await matching(db, input, kdfCost);
  if (matches.length === 0) {
    await sleep(delayAfterFailure(attempts, POLICIES.email));
    throw new AppError('unauthorized', 'Wrong email or password, or the user is deactivated').because('wrong_credentials');
  }
  await clearAttempts(db, keys.email);
  await giveBackAttempt(db, keys.address);
  if (matches.length > 1) {
    const choices = matches.map((m) => ({ id: m.user.workspaceId, name: m.workspaceName }));
    const fields = { workspace: 'Choose a workspace' };
    throw new AppError('validation_failed', 'This email has accounts in several workspaces: choose one', fields, undefined, undefined, choices, {
      workspace: { code: 'choose_workspace' },
    });
  }
  const [{ user }] = matches;
  await pruneSessionsIfDue(db);
  return { user: await presentUser(db, user), secret: await startSession(db, user.id) };
}

/** Opt-in sign-up (TEND_SIGNUP=1): a new workspace and its admin, throttled per address, signed in. */
export async function signUp(db: Database, input: z.infer<typeof signupSchema>, address: string, kdfCost: number): Promise<{ user: User; secret: string }> {
  await countAttempt(db, `signup:${address}`, POLICIES.signup);
  const { name, email, password, workspaceName, locale, timeZone } = input;
  const workspace: NewWorkspace = { workspaceName, locale, timeZone, admin: { name, email, password } };
  const { adminId } = await db.transaction((tx) => createWorkspace(tx, workspace, kdfCost));
  const secret = await startSession(db, adminId);
  return { user: await userById(db, adminId), secret };
}
