import type {
  Activity,
  ActivityComplete,
  ActivityCreate,
  ActivityListQuery,
  ActivityUpdate,
  ActivityWithNext,
  FollowUpInput,
  TimelineQuery,
} from '../../../shared/activities';
import type { Database, Queryable, Tx } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { AppError, invalid, notFound } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import { localDate, queryRange } from '../todo/buckets';
import { buildFollowUp, followUpConflict, orderChain, scheduledInstant } from './follow-up';
import * as repo from './activities.repository';
import { applyStatusRule } from '../customers/customers.service';

export function toActivity(row: repo.ActivityRow): Activity {
  return {
    id: row.id,
    typeId: row.typeId,
    statusId: row.statusId,
    subject: row.subject,
    note: row.note,
    customerId: row.customerId,
    contactId: row.contactId,
    additionalCustomerIds: row.additionalCustomerIds,
    responsibleId: row.responsibleId,
    additionalUserIds: row.additionalUserIds,
    scheduledAt: iso(row.scheduledAt),
    endsAt: isoOrNull(row.endsAt),
    allDay: row.allDay,
    done: row.done,
    doneAt: isoOrNull(row.doneAt),
    previousActivityId: row.previousActivityId,
    nextActivityId: row.nextActivityId,
    salesProjectId: row.salesProjectId,
    campaignId: row.campaignId,
    customerName: row.customerName,
    contactName: row.contactName,
    createdById: row.createdById,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export async function findActivityRow(db: Queryable, actor: Actor, id: string): Promise<repo.ActivityRow> {
  const row = await repo.findActivity(db, actor, id);
  if (!row) throw notFound('Activity');
  return row;
}

export async function getActivity(db: Queryable, actor: Actor, id: string): Promise<Activity> {
  return toActivity(await findActivityRow(db, actor, id));
}

export const listTypes = async (db: Database, actor: Actor) => ({ items: await repo.listTypes(db, actor), nextCursor: null });
export const listStatuses = async (db: Database, actor: Actor) => ({ items: await repo.listStatuses(db, actor), nextCursor: null });

function pageOf(rows: repo.ActivityRow[], limit: number) {
  const result = page(rows, limit, (r) => [iso(r.scheduledAt), r.id]);
  return { items: result.items.map(toActivity), nextCursor: result.nextCursor };
}

/** Search: every filter of the contract, newest first. */
export async function listActivities(db: Database, actor: Actor, query: ActivityListQuery) {
  const { limit, cursor, from, to, ...filters } = query;
  const rows = await repo.listActivities(db, actor, {
    ...filters,
    q: filters.q || undefined,
    range: queryRange(from, to, actor.timeZone),
    limit,
    after: decodeCursor(cursor, 2),
  });
  return pageOf(rows, limit);
}

/** A customer's timeline: its own activities and those it is an additional customer of. */
export async function listCustomerActivities(db: Database, actor: Actor, customerId: string, query: TimelineQuery) {
  if (!(await repo.liveCustomerExists(db, actor, customerId))) throw notFound('Customer');
  const rows = await repo.listActivities(db, actor, { customerId, typeId: query.typeId, done: query.done, limit: query.limit, after: decodeCursor(query.cursor, 2) });
  return pageOf(rows, query.limit);
}

export async function listContactActivities(db: Database, actor: Actor, contactId: string, query: TimelineQuery) {
  if (!(await repo.liveContactExists(db, actor, contactId))) throw notFound('Contact');
  const rows = await repo.listActivities(db, actor, { contactId, typeId: query.typeId, done: query.done, limit: query.limit, after: decodeCursor(query.cursor, 2) });
  return pageOf(rows, query.limit);
}

/** The whole follow-up chain the activity belongs to, first to last. */
export async function getChain(db: Database, actor: Actor, id: string) {
  await findActivityRow(db, actor, id);
  const ids = await repo.chainIds(db, actor, id);
  const links = orderChain(await repo.findActivities(db, actor, ids));
  return { items: links.map(toActivity), nextCursor: null };
}

async function checkReferences(db: Queryable, actor: Actor, refs: repo.References, prefix = '') {
  const problems = await repo.missingReferences(db, actor, refs, prefix);
  if (Object.keys(problems).length > 0) throw invalid(problems);
}

/**
 * The contact must belong to the activity's customer. With a contact but no customer, the
 * contact's customer is taken.
 */
async function resolveCustomer(db: Queryable, actor: Actor, customerId: string | null, contactId: string | null): Promise<string | null> {
  if (!contactId) return customerId;
  const contactsCustomer = await repo.customerOfContact(db, actor, contactId);
  if (!contactsCustomer) throw invalid({ contactId: 'No such contact' });
  if (customerId && contactsCustomer !== customerId) throw invalid({ contactId: 'The contact belongs to another customer' });
  return contactsCustomer;
}

function checkTimes(scheduledAt: Date, endsAt: Date | null) {
  if (endsAt && endsAt < scheduledAt) throw invalid({ endsAt: 'Ends before it starts' });
}

/** Postgres unique violation on the chain index: two follow-ups raced for the same activity. */
function isChainFork(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505' && (!constraint || constraint === 'activities_previous_key')) return true;
  }
  return false;
}

export async function createActivity(db: Database, actor: Actor, input: ActivityCreate): Promise<Activity> {
  const id = await db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    const customerId = await resolveCustomer(tx, actor, input.customerId ?? null, input.contactId ?? null);
    const allDay = input.allDay ?? false;
    // Without a time it happens now (a note, a call just made); all-day without a date is the caller's today.
    const scheduledAt = scheduledInstant(input.scheduledAt ?? (allDay ? localDate(new Date(), actor.timeZone) : new Date().toISOString()), allDay);
    const endsAt = input.endsAt ? new Date(input.endsAt) : null;
    checkTimes(scheduledAt, endsAt);
    const done = input.done ?? false;
    const statusId = input.statusId !== undefined ? input.statusId : await repo.findStatusIdByKey(tx, actor, done ? 'done' : 'scheduled');
    const newId = await repo.insertActivity(tx, actor, {
      typeId: input.typeId,
      statusId,
      subject: input.subject,
      note: input.note ?? null,
      customerId,
      contactId: input.contactId ?? null,
      // The salesperson is suggested automatically: the caller, unless someone else is named.
      responsibleId: input.responsibleId ?? actor.userId,
      scheduledAt,
      endsAt,
      allDay,
      done,
      doneAt: done ? new Date() : null,
      salesProjectId: input.salesProjectId ?? null,
      campaignId: input.campaignId ?? null,
      createdById: actor.userId,
    });
    await repo.setAdditionalCustomers(tx, newId, (input.additionalCustomerIds ?? []).filter((c) => c !== customerId));
    await repo.setAdditionalUsers(tx, newId, input.additionalUserIds ?? []);
    if (done) await applyCompletionRule(tx, actor, newId);
    return newId;
  });
  return getActivity(db, actor, id);
}

/**
 * Seed 002's "an activity can change the customer's status" (Lead → Customer): when an activity
 * becomes done and its type carries a rule, the customer moves to that status in the same
 * transaction, and the status history names the activity.
 */
async function applyCompletionRule(tx: Queryable, actor: Actor, activityId: string) {
  const rule = await repo.findCompletionRule(tx, actor, activityId);
  if (rule) await applyStatusRule(tx, actor, rule.customerId, rule.toStatus, activityId);
}

/** Creates the next activity of the chain; 409 if this one already has a next (a chain never forks). */
async function addFollowUp(tx: Queryable, actor: Actor, previous: repo.ActivityRow, input: FollowUpInput): Promise<string> {
  const conflict = followUpConflict(previous);
  if (conflict) throw new AppError('conflict', conflict);
  await checkReferences(tx, actor, { typeId: input.typeId, responsibleId: input.responsibleId }, 'followUp.');
  const next = buildFollowUp(previous, input, { openStatusId: await repo.findStatusIdByKey(tx, actor, 'scheduled'), createdById: actor.userId });
  return repo.insertActivity(tx, actor, next);
}

/** A transaction whose chain-fork race (two follow-ups at once) answers 409 instead of a server error. */
async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isChainFork(error)) throw new AppError('conflict', 'This activity already has a follow-up; change that one instead');
    throw error;
  }
}

/**
 * Changes an activity. With `followUp` it also creates the next activity of the chain (the answer's
 * `nextActivityId` names it) without completing this one.
 */
export async function updateActivity(db: Database, actor: Actor, id: string, input: ActivityUpdate): Promise<Activity> {
  await inTransaction(db, async (tx) => {
    const existing = await findActivityRow(tx, actor, id);
    const { followUp, additionalCustomerIds, additionalUserIds, ...fields } = input;
    await checkReferences(tx, actor, { ...fields, additionalCustomerIds, additionalUserIds });
    if (followUp) {
      // Checked before anything changes, so a refused follow-up leaves the activity as it was.
      const conflict = followUpConflict(existing);
      if (conflict) throw new AppError('conflict', conflict);
    }
    const customerChanged = fields.customerId !== undefined || fields.contactId !== undefined;
    const targetCustomer = fields.customerId !== undefined ? fields.customerId : existing.customerId;
    // A contact of the old customer does not follow the activity to a new one.
    const targetContact = fields.contactId !== undefined ? fields.contactId : targetCustomer === existing.customerId ? existing.contactId : null;
    const customerId = customerChanged ? await resolveCustomer(tx, actor, targetCustomer, targetContact) : existing.customerId;
    const allDay = fields.allDay ?? existing.allDay;
    let scheduledAt = existing.scheduledAt;
    if (fields.scheduledAt) scheduledAt = scheduledInstant(fields.scheduledAt, allDay);
    else if (allDay && !existing.allDay) scheduledAt = scheduledInstant(localDate(existing.scheduledAt, actor.timeZone), true);
    const endsAt = fields.endsAt !== undefined ? (fields.endsAt ? new Date(fields.endsAt) : null) : existing.endsAt;
    checkTimes(scheduledAt, endsAt);
    const values: Partial<repo.ActivityValues> = {
      typeId: fields.typeId,
      statusId: fields.statusId,
      subject: fields.subject,
      note: fields.note,
      responsibleId: fields.responsibleId,
      salesProjectId: fields.salesProjectId,
      campaignId: fields.campaignId,
      scheduledAt,
      endsAt,
      allDay,
    };
    if (customerChanged) {
      values.customerId = customerId;
      values.contactId = targetContact;
    }
    if (fields.done !== undefined && fields.done !== existing.done) {
      values.done = fields.done;
      values.doneAt = fields.done ? new Date() : null;
    }
    await repo.updateActivity(tx, actor, id, values);
    if (values.done === true) await applyCompletionRule(tx, actor, id);
    if (additionalCustomerIds) await repo.setAdditionalCustomers(tx, id, additionalCustomerIds.filter((c) => c !== customerId));
    if (additionalUserIds) await repo.setAdditionalUsers(tx, id, additionalUserIds);
    if (followUp) await addFollowUp(tx, actor, await findActivityRow(tx, actor, id), followUp);
  });
  return getActivity(db, actor, id);
}

/** Ticks Done (it leaves the to-do list, stays in the history) and, with `followUp`, chains the next activity. */
export async function completeActivity(db: Database, actor: Actor, id: string, input: ActivityComplete): Promise<ActivityWithNext> {
  const nextId = await inTransaction(db, async (tx) => {
    const existing = await findActivityRow(tx, actor, id);
    if (existing.done) throw new AppError('conflict', 'The activity is already done');
    await checkReferences(tx, actor, { statusId: input.statusId });
    const statusId = input.statusId ?? (await repo.findStatusIdByKey(tx, actor, 'done')) ?? existing.statusId;
    await repo.updateActivity(tx, actor, id, {
      done: true,
      doneAt: new Date(),
      statusId,
      ...(input.note !== undefined ? { note: input.note } : {}),
    });
    await applyCompletionRule(tx, actor, id);
    if (!input.followUp) return null;
    return addFollowUp(tx, actor, existing, input.followUp);
  });
  return { activity: await getActivity(db, actor, id), next: nextId ? await getActivity(db, actor, nextId) : null };
}

/** Undoes Done. The follow-up it may have created stays as it is: reopening never chains again. */
export async function reopenActivity(db: Database, actor: Actor, id: string): Promise<Activity> {
  await db.transaction(async (tx) => {
    const existing = await findActivityRow(tx, actor, id);
    if (!existing.done) throw new AppError('conflict', 'The activity is not done');
    const status = existing.statusId ? await repo.findStatus(tx, actor, existing.statusId) : null;
    const reopenStatus = !status || status.closed || status.key === 'done' ? await repo.findStatusIdByKey(tx, actor, 'scheduled') : existing.statusId;
    await repo.updateActivity(tx, actor, id, { done: false, doneAt: null, statusId: reopenStatus ?? existing.statusId });
  });
  return getActivity(db, actor, id);
}

/** Deletes an activity; its follow-up is linked to its previous one so the chain stays whole. */
export async function deleteActivity(db: Database, actor: Actor, id: string): Promise<Activity> {
  return db.transaction(async (tx) => {
    const existing = await findActivityRow(tx, actor, id);
    await repo.deleteActivity(tx, actor, id);
    if (existing.nextActivityId) await repo.relinkChain(tx, actor, existing.nextActivityId, existing.previousActivityId);
    return toActivity(existing);
  });
}
