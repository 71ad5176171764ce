import { recordRecordChange } from '../../audit/audit';
import type { AuditAction } from '../../audit/audit.repository';
import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { findActivity, type ActivityRow } from '../activities/activities.repository';
import { findContact, type ContactRow } from '../contacts/contacts.repository';
import { findCustomer, type CustomerRow } from '../customers/customers.repository';

/*
 * One call per write in the customers, contacts and activities services, inside their transaction:
 * the record is read as it is after the write (the same read the answer uses), compared with the
 * row the service had before it, and the change recorded. A write that fails rolls its entry back.
 */

/** A customer was created, changed, trashed, restored or deleted for good (`before`: its row before). */
export async function recordCustomer(tx: Queryable, actor: Actor, action: AuditAction, id: string, before: CustomerRow | null = null) {
  const after = action === 'delete' ? null : await findCustomer(tx, actor, id);
  await recordRecordChange(tx, actor, { action, entity: 'customer', entityId: id, before, after });
}

/** A contact was created, changed or deleted. */
export async function recordContact(tx: Queryable, actor: Actor, action: AuditAction, id: string, before: ContactRow | null = null) {
  const after = action === 'delete' ? null : await findContact(tx, actor, id);
  await recordRecordChange(tx, actor, { action, entity: 'contact', entityId: id, before, after });
}

/** An activity was created, changed, completed, reopened or deleted. */
export async function recordActivity(tx: Queryable, actor: Actor, action: AuditAction, id: string, before: ActivityRow | null = null) {
  const after = action === 'delete' ? null : await findActivity(tx, actor, id);
  await recordRecordChange(tx, actor, { action, entity: 'activity', entityId: id, before, after });
}
