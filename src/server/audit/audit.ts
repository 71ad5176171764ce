import type { Queryable } from '../db/client';
import type { Actor } from '../db/scope';
import { type AuditAction, insertEntry } from './audit.repository';
import { changedOnly, customerOf, nameOf, plain, withoutNoise } from './changes';

export interface Change {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records a change in the caller's transaction: if the change rolls back, so does its record.
 * Settings keep their whole before and after (readers of the log compare them).
 */
export async function recordChange(db: Queryable, actor: Actor, change: Change) {
  const before = plain(change.before);
  const after = plain(change.after);
  await insertEntry(db, actor, {
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    customerId: customerOf(change.entity, change.entityId, after ?? before),
    entityName: nameOf(change.entity, after) ?? nameOf(change.entity, before),
    before,
    after,
  });
}

/**
 * A change of a customer, contact or activity, from the whole record before and after. An update
 * keeps only the fields that changed, and an update that changed nothing is not recorded; a
 * creation keeps the new record, a deletion the old one, the other actions the fields they changed
 * (or the whole record after, when the caller had none before).
 * The name and customer are taken from the whole records, so an entry names its record even when
 * the name did not change.
 */
export async function recordRecordChange(db: Queryable, actor: Actor, change: Change & { entityId: string }) {
  const before = plain(change.before);
  const after = plain(change.after);
  // A completion read only after the fact has no before: it keeps the record as completed.
  const whole = change.action === 'create' || change.action === 'delete' || before === null;
  const stored = whole ? { before: withoutNoise(before), after: withoutNoise(after) } : changedOnly(before, after);
  if (change.action === 'update' && Object.keys(stored.after ?? {}).length === 0) return;
  await insertEntry(db, actor, {
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    customerId: customerOf(change.entity, change.entityId, after) ?? customerOf(change.entity, change.entityId, before),
    entityName: nameOf(change.entity, after) ?? nameOf(change.entity, before),
    ...stored,
  });
}
