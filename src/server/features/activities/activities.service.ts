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
import { invalid, notFound, problem } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import { localDate, queryRange } from '../todo/buckets';
import { buildFollowUp, followUpConflict, orderChain, scheduledInstant } from './follow-up';
import * as repo from './activities.repository';
import * as writes from './activity-writes.repository';
import * as due from './due.repository';
import { type After, type SortSpec, UNDATED_KEY } from '../todo/todo-sort';
import { applyStatusRule } from '../customers/customers.service';
import { isViolation } from '../../db/constraint-errors';
import { assertCan, assertEditable, authorize } from '../../access/policy';
import { recordActivity, updateAction } from '../history/record';
import { namedFor } from '../workspaces/default-lists';
import { nextOccurrenceOf } from '../tasks/tasks.service';
import { syncReminders } from './reminders.repository';
import { checkActivityProject } from '../projects/projects.service';
import { assertTaskWithinQuota } from '../partners/partners.service';
import { emitWebhookEvent } from '../webhooks/webhooks.service';
import type { WebhookEvent } from '../../../shared/webhooks';

/** The history entry and the webhook event of one change. */
async function recordAndEmit(
  tx: Queryable,
  actor: Actor,
  [action, event]: [RecordAction, WebhookEvent],
  id: string,
  before: object | null,
  after: object | null,
) {
  await recordActivity(tx, actor, action, id, before, after);
  await emitActivity(tx, actor, event, id);
}

/** A change's history entry and its webhook event (completed when it became done). */
async function recordUpdate(tx: Queryable, actor: Actor, id: string, existing: repo.ActivityRow, done: boolean | undefined) {
  await recordActivity(tx, actor, updateAction(done), id, existing, await repo.findActivity(tx, actor, id));
  await emitActivity(tx, actor, done ? 'activity.completed' : 'activity.updated', id);
}

/** A private activity's subject and note stay inside Tend: a webhook hears only that it exists. */
type RecordAction = Parameters<typeof recordActivity>[2];

const webhookData = (a: Activity) =>
  a.private ? { id: a.id, private: true, typeId: a.typeId, customerId: a.customerId, done: a.done, scheduledAt: a.scheduledAt } : a;

/** Webhooks (issue 19): the activity as it is now (or was, when deleted), in the change's transaction. */
async function emitActivity(tx: Queryable, actor: Actor, event: WebhookEvent, id: string, row?: repo.ActivityRow) {
  await emitWebhookEvent(tx, actor, event, async () => webhookData(toActivity(row ?? (await findActivityRow(tx, actor, id)))));
}

/** An activity as the contract has it, built field by field (what the row has besides, e.g. its search text or type, stays out). */
export function toActivity(row: Omit<repo.ActivityRow, 'searchText' | 'typeKey' | 'typeName' | 'typeNameIsDefault'>): Activity {
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
    scheduledAt: isoOrNull(row.scheduledAt),
    endsAt: isoOrNull(row.endsAt),
    allDay: row.allDay,
    private: row.private,
    done: row.done,
    doneAt: isoOrNull(row.doneAt),
    previousActivityId: row.previousActivityId,
    nextActivityId: row.nextActivityId,
    salesProjectId: row.salesProjectId,
    campaignId: row.campaignId,
    reminders: row.reminders ?? [],
    documentCount: row.documentCount ?? 0,
    customerName: row.customerName,
    contactName: row.contactName,
    createdById: row.createdById,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    templateId: row.templateId ?? null,
    workAreaId: row.workAreaId ?? null,
    recurrence: row.recurrence ?? null,
    recurrenceStart: isoOrNull(row.recurrenceStart ?? null),
    commentChecks: row.commentChecks ?? null,
    direction: row.direction ?? null,
    projectId: row.projectId ?? null,
  };
}

export async function findActivityRow(db: Queryable, actor: Actor, id: string): Promise<repo.ActivityRow> {
  assertCan(actor, 'read', { kind: 'activity' });
  const row = await repo.findActivity(db, actor, id);
  if (!row) throw notFound('Activity');
  return row;
}

export async function getActivity(db: Queryable, actor: Actor, id: string): Promise<Activity> {
  assertCan(actor, 'read', { kind: 'activity' });
  return toActivity(await findActivityRow(db, actor, id));
}

export async function listTypes(db: Database, actor: Actor) {
  assertCan(actor, 'read', { kind: 'setting' });
  const items = await repo.listTypes(db, actor);
  return { items: items.map((item) => namedFor('activity_type', item, actor.locale)), nextCursor: null };
}

export async function listStatuses(db: Database, actor: Actor) {
  assertCan(actor, 'read', { kind: 'setting' });
  const items = await repo.listStatuses(db, actor);
  return { items: items.map((item) => namedFor('activity_status', item, actor.locale)), nextCursor: null };
}

function pageOf(rows: repo.ActivityRow[], limit: number) {
  // Undated tasks carry the undated key (see todo-sort): a cursor is always an instant.
  const result = page(rows, limit, (r) => [iso(r.scheduledAt ?? UNDATED_KEY), r.id]);
  return { items: result.items.map(toActivity), nextCursor: result.nextCursor };
}

/** Search: every filter of the contract, newest first. */
export async function listActivities(db: Database, actor: Actor, query: ActivityListQuery) {
  assertCan(actor, 'read', { kind: 'activity' });
  const { limit, cursor, from, to, ...filters } = query;
  const rows = await repo.listActivities(db, actor, {
    ...filters,
    q: filters.q || undefined,
    range: queryRange(from, to, actor.timeZone),
    limit,
    after: decodeCursor(cursor, ['instant', 'id']),
  });
  return pageOf(rows, limit);
}

/** A customer's or contact's timeline: the prepared statement unless filtered by type or done. */
async function timeline(db: Database, actor: Actor, owner: { customerId: string } | { contactId: string }, query: TimelineQuery) {
  const page = { limit: query.limit, after: decodeCursor(query.cursor, ['instant', 'id']) };
  const rows =
    query.typeId || query.done !== undefined
      ? await repo.listActivities(db, actor, { ...owner, typeId: query.typeId, done: query.done, ...page })
      : await repo.listTimeline(db, actor, owner, page);
  return pageOf(rows, query.limit);
}

/** A customer's timeline: its own activities and those it is an additional customer of. */
export async function listCustomerActivities(db: Database, actor: Actor, customerId: string, query: TimelineQuery) {
  assertCan(actor, 'read', { kind: 'activity' });
  if (!(await repo.liveCustomerExists(db, actor, customerId))) throw notFound('Customer');
  return timeline(db, actor, { customerId }, query);
}

export async function listContactActivities(db: Database, actor: Actor, contactId: string, query: TimelineQuery) {
  assertCan(actor, 'read', { kind: 'activity' });
  if (!(await repo.liveContactExists(db, actor, contactId))) throw notFound('Contact');
  return timeline(db, actor, { contactId }, query);
}

/** The whole follow-up chain the activity belongs to, first to last. */
export async function getChain(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'read', { kind: 'activity' });
  await findActivityRow(db, actor, id);
  const ids = await repo.chainIds(db, actor, id);
  const links = orderChain(await repo.findActivities(db, actor, ids));
  return { items: links.map(toActivity), nextCursor: null };
}

/** All of a request's references checked in one statement; 400 naming each missing one. */
async function checkReferences(db: Queryable, actor: Actor, refs: repo.References, prefix = '') {
  throwProblems(writes.referenceProblems((await writes.lookUp(db, { refs: writes.referenceColumns(actor, refs) })).refs, prefix));
}

function throwProblems(problems: Record<string, string>) {
  if (Object.keys(problems).length > 0) throw invalid(problems, 'not_found_ref');
}

/**
 * The contact must belong to the activity's customer. With a contact but no customer, the
 * contact's customer is taken (`contactsCustomer`: the contact's, already looked up; null when
 * there is no such contact).
 */
function customerWithContact(customerId: string | null, contactId: string | null, contactsCustomer: string | null): string | null {
  if (!contactId) return customerId;
  if (!contactsCustomer) throw invalid({ contactId: 'No such contact' }, 'not_found_ref');
  if (customerId && contactsCustomer !== customerId) throw invalid({ contactId: 'The contact belongs to another customer' }, 'contact_other_customer');
  return contactsCustomer;
}

/** Ids as the activity answers them: distinct, in the database's uuid order (lower-case text sorts the same). */
const idSet = (ids: string[]) => [...new Set(ids)];
/** Reminders as the activity answers them: distinct, ascending. */
const reminderList = (minutes: number[] | undefined) => [...new Set(minutes ?? [])].sort((a, b) => a - b);
const answeredIds = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))].sort();

/** The answer for an activity from its own columns and what the request already knows, without reading it back. */
function answer(
  row: writes.ActivityOwnRow,
  derived: Pick<repo.ActivityRow, 'additionalCustomerIds' | 'additionalUserIds' | 'nextActivityId' | 'reminders' | 'customerName' | 'contactName'> &
    Partial<Pick<repo.ActivityRow, 'documentCount'>>,
): Activity {
  // A new activity has no documents yet; a written one's count comes back with its RETURNING.
  return toActivity({ documentCount: 0, ...row, ...derived });
}

/**
 * A restricted caller puts an activity on a customer (directly or through its contact) only with
 * edit access to it; one they cannot see is left to the reference check (400 naming the field).
 * With `activityId`, the activity changed must be editable too.
 */
async function assertCustomerEditable(db: Queryable, actor: Actor, input: { customerId?: string | null; contactId?: string | null }, activityId?: string) {
  if (activityId) await assertEditable(db, actor, { kind: 'activity', id: activityId });
  if (input.customerId) await assertEditable(db, actor, { kind: 'customer', id: input.customerId }, true);
  if (input.contactId) await assertEditable(db, actor, { kind: 'contact', id: input.contactId }, true);
}

/** customerWithContact, looking the contact's customer up. */
async function resolveCustomer(db: Queryable, actor: Actor, customerId: string | null, contactId: string | null): Promise<string | null> {
  if (!contactId) return customerId;
  return customerWithContact(customerId, contactId, await repo.customerOfContact(db, actor, contactId));
}

function checkTimes(scheduledAt: Date, endsAt: Date | null) {
  if (endsAt && endsAt < scheduledAt) throw invalid({ endsAt: 'Ends before it starts' }, 'date_range');
}

/** The end of an activity whose start moves to `start` without a new end being given: it keeps its length (a snooze moves the whole meeting). */
function movedEnd(existing: { scheduledAt: Date | null; endsAt: Date | null }, start: Date | null): Date | null {
  if (!existing.endsAt || !existing.scheduledAt || !start) return null;
  return new Date(existing.endsAt.getTime() + (start.getTime() - existing.scheduledAt.getTime()));
}

/** The times after a change: a new start, or an all-day switch, moves the end along (see movedEnd). */
function changedTimes(actor: Actor, existing: repo.ActivityRow, fields: Pick<ActivityUpdate, 'allDay' | 'scheduledAt' | 'endsAt'>) {
  const allDay = fields.allDay ?? existing.allDay;
  let scheduledAt = existing.scheduledAt;
  if (fields.scheduledAt) scheduledAt = scheduledInstant(fields.scheduledAt, allDay);
  else if (allDay && !existing.allDay && existing.scheduledAt) scheduledAt = scheduledInstant(localDate(existing.scheduledAt, actor.timeZone), true);
  const endsAt = fields.endsAt !== undefined ? (fields.endsAt ? new Date(fields.endsAt) : null) : movedEnd(existing, scheduledAt);
  if (scheduledAt) checkTimes(scheduledAt, endsAt);
  return { allDay, scheduledAt, endsAt };
}

/** A PATCH of `recurrence`: a rule starts the series at the activity's date (it needs one); null ends it. */
function recurrenceChange(rule: string | null | undefined, existing: { recurrenceStart: Date | null }, scheduledAt: Date | null) {
  if (rule === undefined) return {};
  if (rule === null) return { recurrence: null, recurrenceStart: null };
  if (!scheduledAt) throw invalid({ recurrence: 'A recurring activity needs a date (scheduledAt)' }, 'required');
  return { recurrence: rule, recurrenceStart: existing.recurrenceStart ?? scheduledAt };
}

/**
 * The project after a change (issue 17): one given must be a project of the activity's customer
 * (400 naming `projectId`); moved to another customer, the activity leaves its old customer's project.
 */
async function projectAfterChange(tx: Queryable, actor: Actor, given: string | null | undefined, existing: repo.ActivityRow, customerId: string | null) {
  if (given) await checkActivityProject(tx, actor, given, customerId);
  // Moved into a project shared with a partner without a seat: one more task against their quota (409, nothing changes).
  if (given && given !== existing.projectId && !existing.private) await assertTaskWithinQuota(tx, actor, given, 1);
  if (given !== undefined) return given;
  if (existing.projectId && customerId !== existing.customerId) return null;
  return undefined;
}

/**
 * A new activity's project: one of its customer's (400 naming `projectId`), and, in a project shared
 * with a partner without a seat, one more task within their quota (issue 17: 409 `quota_exceeded`).
 */
async function checkNewTaskProject(db: Queryable, actor: Actor, projectId: string, isPrivate: boolean, customerId: string | null) {
  await checkActivityProject(db, actor, projectId, customerId);
  if (!isPrivate) await assertTaskWithinQuota(db, actor, projectId, 1);
}

/** Postgres unique violation on the chain index: two follow-ups raced for the same activity. */
const isChainFork = (error: unknown) => isViolation(error, 'unique', 'activities_previous_key');

/** A new activity's times. Without a time it happens now (a note, a call just made); all-day without a date is the caller's today. */
function newTimes(actor: Actor, input: ActivityCreate) {
  const allDay = input.allDay ?? false;
  const scheduledAt = scheduledInstant(input.scheduledAt ?? (allDay ? localDate(new Date(), actor.timeZone) : new Date().toISOString()), allDay);
  const endsAt = input.endsAt ? new Date(input.endsAt) : null;
  checkTimes(scheduledAt, endsAt);
  return { allDay, scheduledAt, endsAt };
}

/**
 * One statement checks every reference and finds what the answer and the defaults need (the
 * contact's customer, the names, the default status, the type's customer-status rule); then the
 * INSERT answers the row. A plain activity is that single INSERT; with additional customers or
 * users, or done with a customer-status rule, the writes share one transaction.
 */
export async function createActivity(db: Database, actor: Actor, input: ActivityCreate): Promise<Activity> {
  assertCan(actor, 'create', { kind: 'activity' });
  await assertCustomerEditable(db, actor, input);
  const done = input.done ?? false;
  const contactId = input.contactId ?? null;
  const found = await writes.lookUp(db, {
    refs: writes.referenceColumns(actor, input),
    contact: contactId ? writes.contactFactsOf(actor, contactId) : undefined,
    defaultStatusId: input.statusId === undefined ? writes.statusIdByKey(actor, done ? 'done' : 'scheduled') : undefined,
    rule: done ? writes.completionRuleOf(actor, input.typeId) : undefined,
  });
  throwProblems(writes.referenceProblems(found.refs));
  const contact = found.contact ?? null;
  const customerId = customerWithContact(input.customerId ?? null, contactId, contact?.customerId ?? null);
  if (input.projectId) await checkNewTaskProject(db, actor, input.projectId, input.private ?? false, customerId);
  const { allDay, scheduledAt, endsAt } = newTimes(actor, input);
  const statusId = input.statusId !== undefined ? input.statusId : (found.defaultStatusId ?? null);
  const additionalCustomerIds = idSet((input.additionalCustomerIds ?? []).filter((c) => c !== customerId));
  const additionalUserIds = idSet(input.additionalUserIds ?? []);
  const rule = done && customerId ? (found.rule ?? null) : null;
  const write = async (q: Queryable) => {
    const row = await writes.insertActivityReturning(q, actor, {
      typeId: input.typeId,
      statusId,
      subject: input.subject,
      note: input.note ?? null,
      customerId,
      contactId,
      // The salesperson is suggested automatically: the caller, unless someone else is named.
      responsibleId: input.responsibleId ?? actor.userId,
      scheduledAt,
      endsAt,
      allDay,
      private: input.private ?? false,
      done,
      doneAt: done ? new Date() : null,
      salesProjectId: input.salesProjectId ?? null,
      campaignId: input.campaignId ?? null,
      createdById: actor.userId,
      recurrence: input.recurrence ?? null,
      recurrenceStart: input.recurrence ? scheduledAt : null,
      projectId: input.projectId ?? null,
    });
    await writes.insertAdditionalCustomers(q, row.id, additionalCustomerIds);
    await writes.insertAdditionalUsers(q, row.id, additionalUserIds);
    if (input.reminders?.length) await syncReminders(q, [row.id], input.reminders);
    await recordAndEmit(q, actor, ['create', 'activity.created'], row.id, null, { ...row, additionalCustomerIds, additionalUserIds });
    if (rule && customerId) await applyStatusRule(q, actor, customerId, rule, row.id);
    return row;
  };
  const row = await db.transaction(write);
  return answer(row, {
    additionalCustomerIds: answeredIds(additionalCustomerIds),
    additionalUserIds: answeredIds(additionalUserIds),
    nextActivityId: null,
    reminders: reminderList(input.reminders),
    customerName: !customerId ? null : input.customerId ? (found.refs.customerName ?? null) : (contact?.customerName ?? null),
    contactName: contact?.contactName ?? null,
  });
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
  if (conflict) throw problem('conflict', 'has_follow_up', conflict);
  await checkReferences(tx, actor, { typeId: input.typeId, responsibleId: input.responsibleId }, 'followUp.');
  const next = buildFollowUp(previous, input, { openStatusId: await repo.findStatusIdByKey(tx, actor, 'scheduled'), createdById: actor.userId });
  const nextId = await repo.insertActivity(tx, actor, next);
  await recordActivity(tx, actor, 'create', nextId, null, await repo.findActivity(tx, actor, nextId));
  await emitActivity(tx, actor, 'activity.created', nextId);
  return nextId;
}

/** A transaction whose chain-fork race (two follow-ups at once) answers 409 instead of a server error. */
export async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isChainFork(error)) throw problem('conflict', 'has_follow_up', 'This activity already has a follow-up; change that one instead');
    throw error;
  }
}

/**
 * Changes an activity. With `followUp` it also creates the next activity of the chain (the answer's
 * `nextActivityId` names it) without completing this one.
 */
export async function updateActivity(db: Database, actor: Actor, id: string, input: ActivityUpdate): Promise<Activity> {
  assertCan(actor, 'change', { kind: 'activity' });
  await assertCustomerEditable(db, actor, input, id);
  await inTransaction(db, async (tx) => {
    // Locked before it is read: the times are written whole from what is read, so two changes at once lost one of them.
    await repo.lockActivity(tx, actor, id, 'no key update');
    const existing = await findActivityRow(tx, actor, id);
    const { followUp, additionalCustomerIds, additionalUserIds, ...fields } = input;
    await checkReferences(tx, actor, { ...fields, additionalCustomerIds, additionalUserIds });
    if (followUp) {
      // Checked before anything changes, so a refused follow-up leaves the activity as it was.
      const conflict = followUpConflict(existing);
      if (conflict) throw problem('conflict', 'has_follow_up', conflict);
    }
    const customerChanged = fields.customerId !== undefined || fields.contactId !== undefined;
    const targetCustomer = fields.customerId !== undefined ? fields.customerId : existing.customerId;
    // A contact of the old customer does not follow the activity to a new one.
    const targetContact = fields.contactId !== undefined ? fields.contactId : targetCustomer === existing.customerId ? existing.contactId : null;
    const customerId = customerChanged ? await resolveCustomer(tx, actor, targetCustomer, targetContact) : existing.customerId;
    const { allDay, scheduledAt, endsAt } = changedTimes(actor, existing, fields);
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
      private: fields.private,
      ...recurrenceChange(fields.recurrence, existing, scheduledAt),
      projectId: await projectAfterChange(tx, actor, fields.projectId, existing, customerId),
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
    if (values.done === true) await nextOfRecurring(tx, actor, await findActivityRow(tx, actor, id));
    if (additionalCustomerIds)
      await repo.setAdditionalCustomers(
        tx,
        id,
        additionalCustomerIds.filter((c) => c !== customerId),
      );
    if (additionalUserIds) await repo.setAdditionalUsers(tx, id, additionalUserIds);
    // Its reminders follow it when it moves (and change when given).
    await syncReminders(tx, [id], fields.reminders);
    await recordUpdate(tx, actor, id, existing, values.done);
    if (followUp) await addFollowUp(tx, actor, await findActivityRow(tx, actor, id), followUp);
  });
  return getActivity(db, actor, id);
}

/**
 * Ticks Done (it leaves the to-do list, stays in the history) and, with `followUp`, chains the next
 * activity, in one transaction of two statements: the UPDATE answers the activity as a read shows
 * it together with every reference check, the statuses and the type's customer-status rule; the
 * follow-up's INSERT answers its row. A refused completion is rolled back: it changes nothing.
 */
export async function completeActivity(db: Database, actor: Actor, id: string, input: ActivityComplete): Promise<ActivityWithNext> {
  assertCan(actor, 'change', { kind: 'activity' });
  return inTransaction(db, (tx) => completeIn(tx, actor, id, input));
}

/**
 * The completion itself, in the caller's transaction: every way of completing (one activity, or
 * several at once) goes through here, so each has the same effects (status, the type's
 * customer-status rule and its status history, the follow-up).
 */
export async function completeIn(tx: Queryable, actor: Actor, id: string, input: ActivityComplete): Promise<ActivityWithNext> {
  assertCan(actor, 'change', { kind: 'activity' });
  await assertEditable(tx, actor, { kind: 'activity', id });
  const { followUp } = input;
  const done = await writes.completeReturning(
    tx,
    actor,
    id,
    { statusId: input.statusId, note: input.note, doneAt: new Date() },
    {
      refs: writes.referenceColumns(actor, { statusId: input.statusId }),
      followUp: followUp ? writes.referenceColumns(actor, { typeId: followUp.typeId, responsibleId: followUp.responsibleId }) : undefined,
      openStatusId: followUp ? writes.statusIdByKey(actor, 'scheduled') : undefined,
    },
  );
  if (!done) {
    // Nothing changed: say why, as before (no such activity, or it is done already).
    if ((await findActivityRow(tx, actor, id)).done) throw problem('conflict', 'activity_done', 'The activity is already done');
    throw notFound('Activity');
  }
  throwProblems(writes.referenceProblems(done.found.refs));
  if (followUp) {
    // A chain never forks; then the follow-up's own references.
    const conflict = followUpConflict(done);
    if (conflict) throw problem('conflict', 'has_follow_up', conflict);
    throwProblems(writes.referenceProblems(done.found.followUp, 'followUp.'));
  }
  const { found: _found, rule: _rule, ...row } = done;
  await recordActivity(tx, actor, 'complete', id, null, row);
  await emitActivity(tx, actor, 'activity.completed', id);
  if (done.rule && done.customerId) await applyStatusRule(tx, actor, done.customerId, done.rule, id);
  const next = followUp
    ? await writes.insertActivityReturning(
        tx,
        actor,
        buildFollowUp(done, followUp, { openStatusId: done.found.openStatusId ?? null, createdById: actor.userId }),
      )
    : await nextOfRecurring(tx, actor, done);
  if (next) await recordActivity(tx, actor, 'create', next.id, null, next);
  if (next) await emitActivity(tx, actor, 'activity.created', next.id);
  return {
    activity: answer(row, { ...row, nextActivityId: next ? next.id : row.nextActivityId }),
    // The follow-up has the same customer and contact: the same names.
    next: next
      ? answer(next, {
          // A series' next occurrence takes the same people and reminders (copySeriesLinks); a follow-up none.
          additionalCustomerIds: followUp ? [] : row.additionalCustomerIds,
          additionalUserIds: followUp ? [] : row.additionalUserIds,
          nextActivityId: null,
          reminders: followUp ? [] : row.reminders,
          customerName: row.customerName,
          contactName: row.contactName,
        })
      : null,
  };
}

/**
 * A recurring activity's next occurrence, chained to the one just completed (same transaction).
 * The completion's UPDATE only touches an open activity, so of two completes at once the second
 * finds it done: a series never has two open occurrences.
 */
async function nextOfRecurring(tx: Queryable, actor: Actor, done: writes.ActivityOwnRow & { nextActivityId: string | null }) {
  if (!done.recurrence || done.nextActivityId) return null;
  const values = await nextOccurrenceOf(tx, actor, done);
  if (!values) return null;
  const next = await writes.insertActivityReturning(tx, actor, values);
  await writes.copySeriesLinks(tx, done.id, next.id);
  return next;
}

/** Undoes Done. The follow-up it may have created stays as it is: reopening never chains again. */
export async function reopenActivity(db: Database, actor: Actor, id: string): Promise<Activity> {
  assertCan(actor, 'change', { kind: 'activity' });
  await assertEditable(db, actor, { kind: 'activity', id });
  await db.transaction(async (tx) => {
    await repo.lockActivity(tx, actor, id, 'no key update');
    const existing = await findActivityRow(tx, actor, id);
    if (!existing.done) throw problem('conflict', 'activity_not_done', 'The activity is not done');
    const status = existing.statusId ? await repo.findStatus(tx, actor, existing.statusId) : null;
    const reopenStatus = !status || status.closed || status.key === 'done' ? await repo.findStatusIdByKey(tx, actor, 'scheduled') : existing.statusId;
    await repo.updateActivity(tx, actor, id, { done: false, doneAt: null, statusId: reopenStatus ?? existing.statusId });
    await recordActivity(tx, actor, 'reopen', id, existing, await repo.findActivity(tx, actor, id));
    await emitActivity(tx, actor, 'activity.updated', id);
  });
  return getActivity(db, actor, id);
}

/**
 * Locks an activity and its neighbours in the chain, in chain order (previous, itself, next), and
 * answers the neighbours as they are now. Links only ever leave a chain or join its end, so any two
 * transactions meet shared links in the same order and cannot deadlock; and with all three locked,
 * neither neighbour can be deleted, nor a follow-up added, before this transaction commits.
 */
async function lockChainLinks(tx: Queryable, actor: Actor, id: string): Promise<{ previousId: string | null; nextId: string | null }> {
  // Each retry means another transaction changed the chain meanwhile; a handful is plenty.
  for (let attempt = 0; attempt < 20; attempt++) {
    const seen = await repo.findChainLink(tx, actor, id);
    if (!seen) throw notFound('Activity');
    // The previous link was deleted meanwhile (and this one re-linked): read again.
    if (seen.previousActivityId && !(await repo.lockActivity(tx, actor, seen.previousActivityId))) continue;
    const locked = await repo.lockActivity(tx, actor, id);
    if (!locked) throw notFound('Activity');
    // With the previous link held, this one's cannot have changed; it is checked all the same.
    if (locked.previousActivityId !== seen.previousActivityId) continue;
    return { previousId: locked.previousActivityId, nextId: await repo.lockNextActivity(tx, actor, id) };
  }
  throw problem('conflict', 'chain_busy', 'The follow-up chain is being changed by someone else; try again');
}

/**
 * Deletes an activity; its follow-up is linked to its previous one so the chain stays whole. The
 * three links are locked first (lockChainLinks), so two neighbours deleted at once, or a deletion
 * and a completion with a follow-up, run one after the other and each sees the chain as it is.
 */
export async function deleteActivity(db: Database, actor: Actor, id: string): Promise<Activity> {
  await authorize(db, actor, 'delete', { kind: 'activity', id });
  await assertEditable(db, actor, { kind: 'activity', id });
  return db.transaction(async (tx) => {
    const { previousId, nextId } = await lockChainLinks(tx, actor, id);
    const existing = await findActivityRow(tx, actor, id);
    await repo.deleteActivity(tx, actor, id);
    if (nextId) await repo.relinkChain(tx, actor, nextId, previousId);
    await recordActivity(tx, actor, 'delete', id, existing, null);
    await emitActivity(tx, actor, 'activity.deleted', id, existing);
    return toActivity(existing);
  });
}

/** Open (and optionally done) activities, oldest due first: the to-do list's rows (todo.service places them in days). */
/** The activities of these ids the caller sees (others are left out), e.g. for the notifications' names. */
export async function visibleActivities(db: Queryable, actor: Actor, ids: string[]): Promise<repo.ActivityRow[]> {
  assertCan(actor, 'read', { kind: 'activity' });
  return ids.length ? repo.findActivities(db, actor, ids) : [];
}

export async function listDueActivities(db: Database, actor: Actor, filter: repo.DueFilter): Promise<repo.ActivityRow[]> {
  assertCan(actor, 'read', { kind: 'activity' });
  return repo.listDue(db, actor, filter);
}

/** The to-do's rows in any of its sorts (todo.service pages and places them). */
export async function listSortedDue(db: Queryable, actor: Actor, filter: due.TodoFilterValues, spec: SortSpec, page: { limit: number; after: After | null }) {
  assertCan(actor, 'read', { kind: 'activity' });
  return due.listTodoRows(db, actor, filter, spec, page);
}

/** How many activities of the to-do's whole filtered list fall in each bucket of `today`. */
export async function countDue(db: Queryable, actor: Actor, filter: due.TodoFilterValues, today: due.Today) {
  assertCan(actor, 'read', { kind: 'activity' });
  return due.countTodo(db, actor, filter, today);
}

/** The activity search's filter conditions and contact name, for the export (issue 19), which reads its own lean batches. */
export const searchConditions = (f: repo.ActivityFilter) => repo.filterConditions(f);
export const contactNameOf = repo.contactNameOf;
