import type { Activity } from '../../../shared/activities';
import type { SalesProject, SalesProjectCreate, SalesProjectListQuery, SalesProjectUpdate } from '../../../shared/sales';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { assertCan, assertEditable, ownershipOf } from '../../access/policy';
import { decodeCursor, page } from '../../http/cursor';
import { invalid, notFound } from '../../http/errors';
import { iso, isoOrNull } from '../../http/serialize';
import { toActivity, visibleActivities } from '../activities/activities.service';
import { recordSalesProject } from '../history/record';
import { syncFollowUp, winProject } from './follow-up-rule';
import * as repo from './sales.repository';

export function toSalesProject(row: repo.SalesProjectRow): SalesProject {
  return {
    id: row.id,
    name: row.name,
    customerId: row.customerId,
    customerName: row.customerName,
    contactId: row.contactId,
    responsibleId: row.responsibleId,
    sourceId: row.sourceId,
    stageId: row.stageId,
    status: row.status,
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
    probability: row.probability,
    expectedCloseDate: row.expectedCloseDate,
    followUpAt: isoOrNull(row.followUpAt),
    followUpTypeId: row.followUpTypeId,
    followUpText: row.followUpText,
    followUpActivityId: row.followUpActivityId,
    campaignId: row.campaignId,
    closedAt: isoOrNull(row.closedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

async function findOr404(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findProject(db, actor, id);
  if (!row) throw notFound('Record');
  return row;
}

export async function getSalesProject(db: Database, actor: Actor, id: string): Promise<SalesProject> {
  assertCan(actor, 'read', { kind: 'sales-project' });
  return toSalesProject(await findOr404(db, actor, id));
}

export async function listSalesProjects(db: Database, actor: Actor, query: SalesProjectListQuery) {
  assertCan(actor, 'read', { kind: 'sales-project' });
  const after = decodeCursor(query.cursor, ['instant', 'id']);
  const rows = await repo.listProjects(db, actor, { ...query, after });
  const { items, nextCursor } = page(rows, query.limit, (r) => [iso(r.createdAt), r.id]);
  return { items: items.map(toSalesProject), nextCursor };
}

/** The whole sales dialogue: every activity linked to the project that the caller may see, oldest first. */
export async function listSalesProjectActivities(db: Database, actor: Actor, id: string): Promise<{ items: Activity[]; nextCursor: null }> {
  assertCan(actor, 'read', { kind: 'sales-project' });
  await findOr404(db, actor, id);
  const ids = await repo.projectActivityIds(db, actor, id);
  const byId = new Map((await visibleActivities(db, actor, ids)).map((row) => [row.id, row]));
  return { items: ids.flatMap((a) => (byId.has(a) ? [toActivity(byId.get(a) as NonNullable<ReturnType<typeof byId.get>>)] : [])), nextCursor: null };
}

async function checkReferences(db: Queryable, actor: Actor, input: SalesProjectUpdate, customerId: string) {
  const problems = await repo.referenceProblems(db, actor, {
    customerId: input.customerId,
    contactId: input.contactId,
    responsibleId: input.responsibleId,
    sourceId: input.sourceId,
    followUpTypeId: input.followUpTypeId,
    campaignId: input.campaignId,
  });
  if (input.contactId && !input.customerId && !problems.contactId) {
    Object.assign(problems, await repo.referenceProblems(db, actor, { customerId, contactId: input.contactId }));
  }
  if (Object.keys(problems).length > 0) throw invalid(problems);
}

async function stageOf(db: Queryable, actor: Actor, stageId: string | undefined) {
  const stage = stageId ? await repo.findStage(db, actor, stageId) : await repo.firstOpenStage(db, actor);
  if (!stage) throw invalid({ stageId: stageId ? 'No such sales stage' : 'The workspace has no open sales stage' });
  return stage;
}

export async function createSalesProject(db: Database, actor: Actor, input: SalesProjectCreate): Promise<SalesProject> {
  assertCan(actor, 'create', { kind: 'sales-project' });
  await assertEditable(db, actor, { kind: 'customer', id: input.customerId }, true);
  await checkReferences(db, actor, input, input.customerId);
  const stage = await stageOf(db, actor, input.stageId);
  const currency = input.currency ?? (await repo.workspaceCurrency(db, actor));
  const id = await db.transaction(async (tx) => {
    const newId = await repo.insertProject(tx, actor, {
      name: input.name,
      customerId: input.customerId,
      contactId: input.contactId ?? null,
      responsibleId: input.responsibleId ?? actor.userId,
      sourceId: input.sourceId ?? null,
      stageId: stage.id,
      status: stage.kind,
      closedAt: stage.kind === 'open' ? null : new Date(),
      amount: input.amount === undefined || input.amount === null ? null : String(input.amount),
      currency,
      probability: input.probability ?? stage.probability,
      expectedCloseDate: input.expectedCloseDate ?? null,
      followUpAt: input.followUpAt ? new Date(input.followUpAt) : null,
      followUpTypeId: input.followUpTypeId ?? null,
      followUpText: input.followUpText ?? null,
      campaignId: input.campaignId ?? null,
    });
    const row = await repo.lockProject(tx, actor, newId);
    if (row?.followUpAt) await syncFollowUp(tx, actor, row);
    if (row) await recordSalesProject(tx, actor, 'create', newId, null, toSalesProject(row));
    return newId;
  });
  return toSalesProject(await findOr404(db, actor, id));
}

/** The stored values of a change: a new stage brings its kind as status (and its probability unless one is given). */
async function changedValues(db: Queryable, actor: Actor, before: repo.SalesProjectRow, input: SalesProjectUpdate): Promise<repo.SalesProjectValues> {
  const values: repo.SalesProjectValues = {
    name: input.name,
    customerId: input.customerId,
    contactId: input.contactId,
    responsibleId: input.responsibleId,
    sourceId: input.sourceId,
    amount: input.amount === undefined ? undefined : input.amount === null ? null : String(input.amount),
    currency: input.currency,
    probability: input.probability,
    expectedCloseDate: input.expectedCloseDate,
    followUpAt: input.followUpAt === undefined ? undefined : input.followUpAt === null ? null : new Date(input.followUpAt),
    followUpTypeId: input.followUpTypeId,
    followUpText: input.followUpText,
    campaignId: input.campaignId,
  };
  if (input.stageId !== undefined && input.stageId !== before.stageId) {
    const stage = await stageOf(db, actor, input.stageId);
    values.stageId = stage.id;
    values.status = stage.kind;
    values.probability = input.probability ?? stage.probability;
    if (stage.kind !== before.status) values.closedAt = stage.kind === 'open' ? null : new Date();
  }
  if (input.customerId !== undefined && input.customerId !== before.customerId && input.contactId === undefined) values.contactId = null;
  return values;
}

const followUpChanged = (before: repo.SalesProjectRow, after: repo.SalesProjectRow) =>
  before.followUpAt?.getTime() !== after.followUpAt?.getTime() ||
  before.followUpTypeId !== after.followUpTypeId ||
  before.followUpText !== after.followUpText ||
  before.responsibleId !== after.responsibleId ||
  before.customerId !== after.customerId;

/**
 * Changes a project in one transaction with its row locked, so parallel changes are applied one
 * after the other: a changed follow-up moves the one open follow-up activity (or makes a new one,
 * chained to the last when that is done); reaching a `won` stage applies the win rule (winProject).
 */
export async function updateSalesProject(db: Database, actor: Actor, id: string, input: SalesProjectUpdate): Promise<SalesProject> {
  assertCan(actor, 'change', { kind: 'sales-project' });
  const seen = await findOr404(db, actor, id);
  await assertEditable(db, actor, { kind: 'customer', id: seen.customerId });
  if (input.customerId) await assertEditable(db, actor, { kind: 'customer', id: input.customerId }, true);
  await checkReferences(db, actor, input, input.customerId ?? seen.customerId);
  await db.transaction(async (tx) => {
    const before = await repo.lockProject(tx, actor, id);
    if (!before) throw notFound('Record');
    await repo.updateProject(tx, actor, id, await changedValues(tx, actor, before, input));
    const after = await repo.lockProject(tx, actor, id);
    if (!after) throw notFound('Record');
    if (followUpChanged(before, after)) await syncFollowUp(tx, actor, after);
    if (after.status === 'won' && before.status !== 'won') await winProject(tx, actor, (await repo.lockProject(tx, actor, id)) ?? after);
    const saved = (await repo.lockProject(tx, actor, id)) ?? after;
    await recordSalesProject(tx, actor, 'update', id, toSalesProject(before), toSalesProject(saved));
  });
  return toSalesProject(await findOr404(db, actor, id));
}

export async function deleteSalesProject(db: Database, actor: Actor, id: string): Promise<SalesProject> {
  const row = await findOr404(db, actor, id);
  assertCan(actor, 'delete', { kind: 'sales-project', ownership: ownershipOf(actor, [row.responsibleId]) });
  await assertEditable(db, actor, { kind: 'customer', id: row.customerId });
  await db.transaction(async (tx) => {
    await repo.deleteProject(tx, actor, id);
    await recordSalesProject(tx, actor, 'delete', id, toSalesProject(row), null);
  });
  return toSalesProject(row);
}
