import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { users, workspaces } from '../../db/schema';
import type { Actor } from '../../db/scope';

/** Every active user with this address, one per workspace (emails are unique within a workspace). */
export async function activeUsersByEmail(db: Queryable, email: string): Promise<Actor[]> {
  return db
    .select({
      userId: users.id,
      workspaceId: users.workspaceId,
      role: users.role,
      locale: users.locale,
      timeZone: users.timeZone,
      restricted: sql<boolean>`(${users.role} = 'user' AND ${workspaces.customerVisibility} = 'restricted')`,
    })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(users.active, true)))
    .limit(20);
}
