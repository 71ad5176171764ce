import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { users, workspaces } from '../db/schema';
import type { Actor } from '../db/scope';
import { CliError } from './cli-support';

/** No user has this id: the operator at the command line acts as no one in particular. */
const OPERATOR_ID = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The operator of the command line is trusted like an admin of the workspace they name (they
 * hold the database's credentials anyway); the services' business rules still apply.
 */
export function operatorOf(workspace: { id: string; locale: string; timeZone: string }): Actor {
  return { userId: OPERATOR_ID, workspaceId: workspace.id, role: 'admin', locale: workspace.locale, timeZone: workspace.timeZone, restricted: false };
}

/** A workspace by its id or its exact name (case-insensitive); several with that name must be told apart by id. */
export async function findWorkspace(db: Queryable, idOrName: string) {
  const columns = { id: workspaces.id, name: workspaces.name, locale: workspaces.locale, timeZone: workspaces.timeZone };
  const where = UUID.test(idOrName) ? eq(workspaces.id, idOrName) : sql`lower(${workspaces.name}) = lower(${idOrName})`;
  const found = await db.select(columns).from(workspaces).where(where).limit(10);
  if (found.length === 0) throw new CliError(`no workspace '${idOrName}' (give its id or its exact name)`);
  if (found.length > 1) throw new CliError(`several workspaces are named '${idOrName}': give one of their ids (${found.map((w) => w.id).join(', ')})`);
  return found[0];
}

/** The user with this email, in the named workspace or else the only one with it in any workspace. */
export async function findUserByEmail(db: Queryable, email: string, workspace: string | undefined) {
  const workspaceId = workspace ? (await findWorkspace(db, workspace)).id : null;
  const sameEmail = eq(users.email, email.trim().toLowerCase());
  const found = await db
    .select({ id: users.id, email: users.email, workspaceId: users.workspaceId, workspaceName: workspaces.name })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(workspaceId ? and(sameEmail, eq(users.workspaceId, workspaceId)) : sameEmail)
    .limit(20);
  if (found.length === 0) throw new CliError(`no user with the email ${email}${workspace ? ` in workspace '${workspace}'` : ''}`);
  if (found.length > 1) {
    throw new CliError(
      `${email} is a user in several workspaces (${found.map((u) => `${u.workspaceName}: ${u.workspaceId}`).join(', ')}): name one with --workspace`,
    );
  }
  return found[0];
}
