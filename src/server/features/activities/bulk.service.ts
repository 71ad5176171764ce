import type { ActivityBulk, ActivityBulkResult } from '../../../shared/activities';
import { teamOf } from '../../access/access.repository';
import { type Action, assertCan, assertEditable, grantOf, ownershipOf } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { AppError, invalid } from '../../http/errors';
import { completeIn, inTransaction, toActivity } from './activities.service';
import * as repo from './activities.repository';
import * as bulk from './bulk.repository';
import { scheduledInstant } from './follow-up';
import { syncReminders } from './reminders.repository';
import * as writes from './activity-writes.repository';

/** Each record through the policy: a role granted every record passes at once; otherwise each activity's ownership decides. */
async function assertEachCan(tx: Queryable, actor: Actor, action: Action, locked: bulk.LockedActivity[]) {
  const grant = grantOf(actor.role, action, 'activity');
  if (!grant || grant === 'all') return assertCan(actor, action, { kind: 'activity' });
  const team = grant.includes('team') ? await teamOf(tx, actor) : undefined;
  for (const row of locked) assertCan(actor, action, { kind: 'activity', ownership: ownershipOf(actor, [row.responsibleId, row.customerResponsibleId], team) });
}

/** 404 naming the ids the caller cannot see (another workspace's, hidden by the trash, or none at all). */
function assertAllFound(ids: string[], locked: bulk.LockedActivity[]) {
  const found = new Set(locked.map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('not_found', 'Activity not found', { ids: `Not found: ${missing.join(', ')}` }).because('activity_not_found');
}

async function completeAll(tx: Queryable, actor: Actor, locked: bulk.LockedActivity[], input: ActivityBulk) {
  const done = locked.filter((row) => row.done).map((row) => row.id);
  if (done.length > 0)
    throw new AppError('conflict', 'Some activities are already done', { ids: `Already done: ${done.join(', ')}` }, undefined, undefined, undefined, {
      ids: { code: 'already_done' },
    }).because('activities_done');
  for (const row of locked) await completeIn(tx, actor, row.id, { note: input.note, statusId: input.statusId });
}

async function rescheduleAll(tx: Queryable, actor: Actor, locked: bulk.LockedActivity[], at: string, allDay: boolean | undefined) {
  // Each activity keeps its own all-day flag unless one is given: the two kinds read `at` differently.
  for (const flag of [false, true]) {
    const ids = locked.filter((row) => (allDay ?? row.allDay) === flag).map((row) => row.id);
    await bulk.reschedule(tx, actor, ids, scheduledInstant(at, flag), flag);
  }
}

async function reassignAll(tx: Queryable, actor: Actor, locked: bulk.LockedActivity[], responsibleId: string) {
  const found = await writes.lookUp(tx, { refs: writes.referenceColumns(actor, { responsibleId }) });
  const problems = writes.referenceProblems(found.refs);
  if (Object.keys(problems).length > 0) throw invalid(problems, 'not_found_ref');
  await bulk.reassign(
    tx,
    actor,
    locked.map((row) => row.id),
    responsibleId,
  );
}

/**
 * One change to several activities in one transaction, all or nothing: an activity the caller
 * cannot see, one already done (to complete), a bad reference or a refusal of the policy for any
 * of them changes none. Completing goes through the same path as completing one activity.
 */
export async function bulkChange(db: Database, actor: Actor, input: ActivityBulk): Promise<ActivityBulkResult> {
  assertCan(actor, 'change', { kind: 'activity' });
  const ids = [...new Set(input.ids.map((id) => id.toLowerCase()))];
  await inTransaction(db, async (tx) => {
    const locked = await bulk.lockActivities(tx, actor, ids);
    assertAllFound(ids, locked);
    await assertEachCan(tx, actor, 'change', locked);
    // Restricted callers: each activity must be theirs or its customer editable (a read share is not enough).
    if (actor.restricted) for (const row of locked) await assertEditable(tx, actor, { kind: 'activity', id: row.id });
    if (input.action === 'complete') await completeAll(tx, actor, locked, input);
    if (input.action === 'reschedule' && input.scheduledAt) {
      await rescheduleAll(tx, actor, locked, input.scheduledAt, input.allDay);
      await syncReminders(tx, ids);
    }
    if (input.action === 'reassign' && input.responsibleId) await reassignAll(tx, actor, locked, input.responsibleId);
  });
  const byId = new Map((await repo.findActivities(db, actor, ids)).map((row) => [row.id, row]));
  return {
    items: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toActivity(row)] : [];
    }),
  };
}
