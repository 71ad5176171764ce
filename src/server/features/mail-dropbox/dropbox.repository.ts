import { and, eq, sql } from 'drizzle-orm';
import { actorColumns } from '../../auth/authenticate';
import type { Queryable } from '../../db/client';
import { users, workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';

/** Every active user with this address, one per workspace (emails are unique within a workspace). */
export async function activeUsersByEmail(db: Queryable, email: string): Promise<Actor[]> {
  return db
    .select(actorColumns)
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(users.active, true)))
    .limit(20);
}
