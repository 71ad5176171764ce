import type { Database } from '../../db/client';
import { AppError } from '../../http/errors';
import { createWorkspace, hasAnyWorkspace, type NewWorkspace } from '../workspaces/workspaces.service';
import { sql } from 'drizzle-orm';

/**
 * First run: the first workspace and its admin, either from TEND_ADMIN_EMAIL/PASSWORD at start or
 * from the setup page. Serialised by an advisory lock so two attempts cannot both succeed.
 */
export async function setUpFirstWorkspace(db: Database, input: NewWorkspace, kdfCost: number) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(72367)`);
    if (await hasAnyWorkspace(tx)) throw new AppError('conflict', 'Tend is already set up; sign in instead');
    return createWorkspace(tx, input, kdfCost);
  });
}
