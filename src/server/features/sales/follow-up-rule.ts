import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { completeIn } from '../activities/activities.service';
import { applyStatusRule } from '../customers/customers.service';
import { recordActivity } from '../history/record';
import * as repo from './sales.repository';

type FollowUp = NonNullable<Awaited<ReturnType<typeof repo.findFollowUp>>>;

/**
 * The project's current follow-up: the activity it points at, or, when that one is done and someone
 * chained a next one to it that still belongs to the project (completing with a follow-up carries
 * `salesProjectId`), the end of that chain. So the rule adopts what people did in the to-do.
 */
async function currentFollowUp(tx: Queryable, actor: Actor, project: repo.SalesProjectRow): Promise<FollowUp | null> {
  if (!project.followUpActivityId) return null;
  let current = await repo.findFollowUp(tx, actor, project.followUpActivityId);
  for (let step = 0; current?.done && current.nextId && step < 100; step++) {
    const next = await repo.findFollowUp(tx, actor, current.nextId);
    if (!next || next.salesProjectId !== project.id) break;
    current = next;
  }
  return current;
}

const followUpValues = (project: repo.SalesProjectRow, typeId: string) => ({
  typeId,
  subject: project.followUpText ?? project.name,
  customerId: project.customerId,
  contactId: project.contactId,
  responsibleId: project.responsibleId,
  scheduledAt: project.followUpAt,
  allDay: false,
});

/**
 * Seed 002's rule: setting or changing a project's follow-up keeps ONE open follow-up activity for
 * it in the to-do. The open one is moved; once it is done, a new one is created, chained to it;
 * clearing the follow-up removes the open one. Runs with the project row locked (the caller's
 * transaction), so parallel changes never make two.
 */
export async function syncFollowUp(tx: Queryable, actor: Actor, project: repo.SalesProjectRow): Promise<void> {
  const current = await currentFollowUp(tx, actor, project);
  if (!project.followUpAt) {
    if (current && !current.done) {
      await repo.deleteFollowUpActivity(tx, actor, current.id);
      await repo.updateProject(tx, actor, project.id, { followUpActivityId: null });
    }
    return;
  }
  const typeId = project.followUpTypeId ?? (await repo.defaultFollowUpType(tx, actor));
  if (!typeId) return;
  if (current && !current.done) {
    const before = await repo.moveFollowUpActivity(tx, actor, current.id, {});
    const moved = await repo.moveFollowUpActivity(tx, actor, current.id, followUpValues(project, typeId));
    await recordActivity(tx, actor, 'update', current.id, before, moved);
    if (current.id !== project.followUpActivityId) await repo.updateProject(tx, actor, project.id, { followUpActivityId: current.id });
    return;
  }
  const next = await repo.insertFollowUpActivity(tx, actor, {
    ...followUpValues(project, typeId),
    statusId: await repo.activityStatusIdByKey(tx, actor, 'scheduled'),
    note: null,
    done: false,
    doneAt: null,
    previousActivityId: current && !current.nextId ? current.id : null,
    salesProjectId: project.id,
    campaignId: project.campaignId,
    createdById: actor.userId,
  });
  await recordActivity(tx, actor, 'create', next.id, null, next);
  await repo.updateProject(tx, actor, project.id, { followUpActivityId: next.id });
}

/**
 * Winning (reaching a stage of kind `won`) goes through the existing type/status rule of activity
 * types (`completionSetsCustomerStatus`): the project's open follow-up is completed as any activity
 * is (its type's rule applies); without one, a done activity of the follow-up type is recorded in the
 * sales dialogue and its type's rule applies the same way. An admin gives e.g. the Follow-up type
 * the rule "sets the customer to Customer" to make winning turn a prospect into a customer.
 */
export async function winProject(tx: Queryable, actor: Actor, project: repo.SalesProjectRow): Promise<void> {
  const current = await currentFollowUp(tx, actor, project);
  if (current && !current.done) {
    await completeIn(tx, actor, current.id, {});
    return;
  }
  const typeId = project.followUpTypeId ?? (await repo.defaultFollowUpType(tx, actor));
  if (!typeId) return;
  const now = new Date();
  const won = await repo.insertFollowUpActivity(tx, actor, {
    ...followUpValues(project, typeId),
    subject: project.name,
    scheduledAt: now,
    statusId: await repo.activityStatusIdByKey(tx, actor, 'succeeded'),
    note: null,
    done: true,
    doneAt: now,
    salesProjectId: project.id,
    campaignId: project.campaignId,
    createdById: actor.userId,
  });
  await recordActivity(tx, actor, 'create', won.id, null, won);
  const rule = await repo.typeStatusRule(tx, actor, typeId);
  if (rule) await applyStatusRule(tx, actor, project.customerId, rule, won.id);
}
