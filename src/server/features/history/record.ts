import { recordRecordChange } from '../../audit/audit';
import type { AuditAction } from '../../audit/audit.repository';
import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';

/*
 * One call per write in the customers, contacts and activities services, inside their transaction,
 * with the record as the service had it before the write and as it is after (null when there is
 * none): the change is recorded with the writes, and a write that fails rolls its entry back.
 */

type Snapshot = object | null;

/** A customer was created, changed, trashed, restored or deleted for good. */
export const recordCustomer = (tx: Queryable, actor: Actor, action: AuditAction, id: string, before: Snapshot, after: Snapshot) =>
  recordRecordChange(tx, actor, { action, entity: 'customer', entityId: id, before, after });

/** A contact was created, changed or deleted. */
export const recordContact = (tx: Queryable, actor: Actor, action: AuditAction, id: string, before: Snapshot, after: Snapshot) =>
  recordRecordChange(tx, actor, { action, entity: 'contact', entityId: id, before, after });

/** An activity was created, changed, completed, reopened or deleted. */
export const recordActivity = (tx: Queryable, actor: Actor, action: AuditAction, id: string, before: Snapshot, after: Snapshot) =>
  recordRecordChange(tx, actor, { action, entity: 'activity', entityId: id, before, after });

/** A sales project was created, changed (moved to another stage, won, lost) or deleted. */
export const recordSalesProject = (tx: Queryable, actor: Actor, action: AuditAction, id: string, before: Snapshot, after: Snapshot) =>
  recordRecordChange(tx, actor, { action, entity: 'sales_project', entityId: id, before, after });

/** A change that ticks Done is a completion, one that unticks it a reopening; any other is an update. */
export const updateAction = (done: boolean | undefined): AuditAction => (done === undefined ? 'update' : done ? 'complete' : 'reopen');
