import type { Activity } from '../../../shared/activities';
import type { TaskCreate } from '../../../shared/tasks';
import { assertCan, assertEditable } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { invalid, notFound } from '../../http/errors';
import { localDate } from '../../../shared/wall-clock';
import { getActivity } from '../activities/activities.service';
import { recordActivity } from '../history/record';
import { buildTask, nextOfSeries, type Occurrence, type TemplateFacts, taskDue, taskWorkArea } from './task-rules';
import * as repo from './tasks.repository';

interface Placement {
  customerId: string;
  customerAreas: string[];
  responsibleId: string;
  startsOn: string;
  workAreaId?: string;
}

/** The customer a task goes on: visible (404 otherwise) and editable by the caller. */
async function customerOf(tx: Queryable, actor: Actor, customerId: string): Promise<string[]> {
  const areas = await repo.customerAreas(tx, actor, customerId);
  if (areas === null) throw notFound('Customer');
  await assertEditable(tx, actor, { kind: 'customer', id: customerId });
  return areas;
}

/** One task of a template on a customer, enrolling the customer in the task's work area. */
async function addTask(tx: Queryable, actor: Actor, template: TemplateFacts, place: Placement): Promise<Activity> {
  const workAreaId = taskWorkArea(template.workAreaIds, place.customerAreas, place.workAreaId);
  if (workAreaId === 'not_of_template') throw invalid({ workAreaId: "Not one of the template's work areas" }, 'not_found_ref');
  const due = taskDue(template, place.startsOn);
  if (!due) throw invalid({ startsOn: "The template's rule has no date after this day" }, 'recurrence');
  const values = buildTask(template, due, { ...place, workAreaId, openStatusId: await repo.openStatusId(tx, actor), createdById: actor.userId });
  const row = await repo.insertTask(tx, actor, values);
  await recordActivity(tx, actor, 'create', row.id, null, row);
  if (workAreaId) await repo.enrol(tx, actor, place.customerId, [workAreaId]);
  return getActivity(tx, actor, row.id);
}

async function responsibleOf(tx: Queryable, actor: Actor, responsibleId: string | undefined): Promise<string> {
  if (responsibleId === undefined) return actor.userId;
  if (!(await repo.isWorkspaceUser(tx, actor, responsibleId))) throw invalid({ responsibleId: 'No such user' }, 'not_found_ref');
  return responsibleId;
}

/** POST /tasks: one task of a template on a customer. */
export async function createTask(db: Database, actor: Actor, input: TaskCreate): Promise<Activity> {
  assertCan(actor, 'create', { kind: 'activity' });
  return db.transaction(async (tx) => {
    const customerAreas = await customerOf(tx, actor, input.customerId);
    const template = await repo.findTemplate(tx, actor, input.templateId);
    if (!template) throw invalid({ templateId: 'No such task template' }, 'not_found_ref');
    // A deactivated template makes no new tasks (its old ones stay), as in a product's bundle.
    if (!template.active) throw invalid({ templateId: 'The task template is inactive' }, 'not_found_ref');
    const responsibleId = await responsibleOf(tx, actor, input.responsibleId);
    const startsOn = input.startsOn ?? localDate(new Date(), actor.timeZone);
    return addTask(tx, actor, template, { customerId: input.customerId, customerAreas, responsibleId, startsOn, workAreaId: input.workAreaId });
  });
}

/**
 * Adds a product to a customer and creates one task per active template of the product, all in
 * one transaction: a refused task (a rule with no date left) leaves the customer as it was.
 */
export async function addCustomerProduct(db: Database, actor: Actor, customerId: string, input: { productId: string; startsOn?: string }) {
  assertCan(actor, 'change', { kind: 'customer' });
  assertCan(actor, 'create', { kind: 'activity' });
  return db.transaction(async (tx) => {
    let customerAreas = await customerOf(tx, actor, customerId);
    const product = await repo.findProduct(tx, actor, input.productId);
    if (!product) throw invalid({ productId: 'No such product' }, 'not_found_ref');
    await repo.addProduct(tx, customerId, product.id);
    const startsOn = input.startsOn ?? localDate(new Date(), actor.timeZone);
    const tasks: Activity[] = [];
    for (const template of await repo.activeTemplates(tx, actor, product.taskTemplateIds)) {
      const task = await addTask(tx, actor, template, { customerId, customerAreas, responsibleId: actor.userId, startsOn });
      if (task.workAreaId) customerAreas = [...customerAreas, task.workAreaId];
      tasks.push(task);
    }
    return { tasks };
  });
}

/** The values of a recurring activity's next occurrence (the activities feature inserts it), or null when the series ended. */
export async function nextOccurrenceOf(tx: Queryable, actor: Actor, done: Occurrence) {
  assertCan(actor, 'create', { kind: 'activity' });
  const timeZone = done.allDay ? 'UTC' : await repo.userTimeZone(tx, done.responsibleId);
  return nextOfSeries(done, { timeZone, openStatusId: await repo.openStatusId(tx, actor), createdById: actor.userId });
}
