import { eq, sql } from 'drizzle-orm';
import { type Queryable, rows } from '../../db/client';
import { groupMembers, groups } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';

/**
 * The members of a group and of all its subgroups, all the way down; null when the workspace has
 * no such group (another workspace's is not found either).
 */
export async function groupMemberIds(db: Queryable, actor: Actor, groupId: string): Promise<string[] | null> {
  const [group] = await db
    .select({ id: groups.id })
    .from(groups)
    .where(visibleTo(actor, groups, eq(groups.id, groupId)));
  if (!group) return null;
  const found = await rows<{ user_id: string }>(
    db,
    sql`WITH RECURSIVE subtree(id) AS (
        SELECT ${groupId}::uuid
        UNION
        SELECT g.id FROM ${groups} g JOIN subtree s ON g.parent_id = s.id WHERE g.workspace_id = ${actor.workspaceId}
      )
      SELECT DISTINCT gm.user_id::text AS user_id FROM ${groupMembers} gm JOIN subtree s ON s.id = gm.group_id`,
  );
  return found.map((r) => r.user_id);
}
