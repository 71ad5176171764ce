import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { auditLog } from '../db/schema';
import { type Actor, visibleTo } from '../db/scope';
import { iso } from '../http/serialize';

export interface Change {
  action: 'create' | 'update' | 'delete' | 'move';
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Dates become ISO strings so before/after read the same as the API's records. */
const plain = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Records a change in the caller's transaction: if the change rolls back, so does its record. */
export async function recordChange(db: Queryable, actor: Actor, change: Change) {
  await db.insert(auditLog).values({
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    before: plain(change.before),
    after: plain(change.after),
  });
}

export async function listChanges(db: Queryable, actor: Actor, f: { entity?: string; limit: number; after: (string | number | null)[] | null }) {
  const conditions = [f.entity ? eq(auditLog.entity, f.entity) : undefined];
  if (f.after) {
    const [at, id] = f.after as [string, string];
    conditions.push(sql`(${auditLog.at}, ${auditLog.id}) < (${new Date(at)}, ${id}::uuid)`);
  }
  const result = await db
    .select()
    .from(auditLog)
    .where(and(visibleTo(actor, auditLog, ...conditions)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.limit + 1);
  return result.map((r) => ({ ...r, atIso: iso(r.at) }));
}
