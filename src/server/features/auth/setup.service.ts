import type { z } from 'zod';
import type { setupSchema } from '../../../shared/auth';
import type { User } from '../../../shared/users';
import type { Database } from '../../db/client';
import { problem } from '../../http/errors';
import { userById } from '../users/users.service';
import { createWorkspace, hasAnyWorkspace, type NewWorkspace } from '../workspaces/workspaces.service';
import { lockFirstRun } from './auth.repository';
import { startSession } from './auth.service';

/**
 * First run: the first workspace and its admin, either from TEND_ADMIN_EMAIL/PASSWORD at start or
 * from the setup page. Serialised by an advisory lock so two attempts cannot both succeed.
 */
export async function setUpFirstWorkspace(db: Database, input: NewWorkspace, kdfCost: number) {
  // No access check: first run, before anyone can sign in; the lock and the no-workspace check guard it.
  return db.transaction(async (tx) => {
    await lockFirstRun(tx);
    if (await hasAnyWorkspace(tx)) throw problem('conflict', 'already_set_up', 'Tend is already set up; sign in instead');
    return createWorkspace(tx, input, kdfCost);
  });
}

/** Whether first-run setup is still needed (the web app then opens on the setup page). */
export async function setupState(db: Database): Promise<{ needed: boolean }> {
  // No access check: asked before anyone can sign in.
  return { needed: !(await hasAnyWorkspace(db)) };
}

/** First run from the setup page: the workspace and its admin, signed in (the session's secret goes in the cookie). */
export async function setUp(db: Database, input: z.infer<typeof setupSchema>, kdfCost: number): Promise<{ user: User; secret: string }> {
  // No access check: first run, before anyone can sign in; setUpFirstWorkspace refuses a second one.
  const { name, email, password, workspaceName, locale, timeZone } = input;
  const { adminId } = await setUpFirstWorkspace(db, { workspaceName, locale, timeZone, admin: { name, email, password } }, kdfCost);
  const secret = await startSession(db, adminId);
  return { user: await userById(db, adminId), secret };
}
