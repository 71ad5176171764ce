import type { Project, ProjectCreate, ProjectListQuery, ProjectNode, ProjectTreeQuery, ProjectUpdate } from '../../../shared/projects';
import { assertCan, assertEditable } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { inUse, invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import { buildTree, makesCycle } from './projects.domain';
import * as repo from './projects.repository';

export const toProject = (row: repo.ProjectRow): Project => ({
  id: row.id,
  customerId: row.customerId,
  parentId: row.parentId,
  name: row.name,
  description: row.description,
  responsibleId: row.responsibleId,
  archived: row.archivedAt !== null,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
  customerName: row.customerName,
});

/** A project the caller may see (its customer's visibility), else 404. */
export async function findProjectRow(db: Queryable, actor: Actor, id: string): Promise<repo.ProjectRow> {
  assertCan(actor, 'read', { kind: 'customer' });
  const row = await repo.findProject(db, actor, id);
  if (!row) throw notFound('Project');
  return row;
}

export async function getProject(db: Database, actor: Actor, id: string): Promise<Project> {
  return toProject(await findProjectRow(db, actor, id));
}

export async function listProjects(db: Database, actor: Actor, query: ProjectListQuery) {
  assertCan(actor, 'read', { kind: 'customer' });
  const after = decodeCursor(query.cursor, ['text', 'id']) as [string, string] | null;
  const rows = await repo.listProjects(db, actor, query, query.limit, after);
  const result = page(rows, query.limit, (r) => [r.name, r.id]);
  return { items: result.items.map(toProject), nextCursor: result.nextCursor };
}

/** A customer's projects as a tree, each with the counts of its open and done activities and their comments. 404 for a customer the caller may not see. */
export async function customerTree(db: Database, actor: Actor, customerId: string, query: ProjectTreeQuery): Promise<{ items: ProjectNode[] }> {
  assertCan(actor, 'read', { kind: 'customer' });
  if (!(await repo.visibleCustomer(db, actor, customerId))) throw notFound('Customer');
  const rows = await repo.customerProjects(db, actor, customerId, query.archived);
  const { tasks, comments } = await repo.projectCounts(db, actor, customerId);
  const key = (id: string | null, done?: boolean) => `${id}/${done ?? ''}`;
  const counts = new Map<string, number>([
    ...tasks.map((t) => [key(t.projectId, t.done), t.n] as const),
    ...comments.map((c) => [key(c.projectId), c.n] as const),
  ]);
  const flat = rows
    .filter((r) => query.archived !== true || r.archivedAt !== null)
    .map((r) => ({
      ...toProject(r),
      openTasks: counts.get(key(r.id, false)) ?? 0,
      doneTasks: counts.get(key(r.id, true)) ?? 0,
      comments: counts.get(key(r.id)) ?? 0,
    }));
  return { items: buildTree(flat) as ProjectNode[] };
}

/** Changing a customer's projects is changing the customer: 404 when it cannot be seen, 403 with a read-only share. */
async function assertCustomerEditable(db: Queryable, actor: Actor, customerId: string) {
  assertCan(actor, 'change', { kind: 'customer' });
  await assertEditable(db, actor, { kind: 'customer', id: customerId });
}

/** 400 naming `parentId` unless it is a project of the same customer that does not sit under the project moved. */
async function checkParent(tx: Queryable, actor: Actor, customerId: string, parentId: string, movedId?: string) {
  const parents = await repo.parentsOf(tx, actor, customerId);
  if (!parents.has(parentId)) {
    const other = await repo.customerOfProject(tx, actor, parentId);
    if (other) throw invalid({ parentId: 'The parent project belongs to another customer' }, 'project_other_customer');
    throw invalid({ parentId: 'No such project' }, 'not_found_ref');
  }
  if (movedId && makesCycle(parents, movedId, parentId)) {
    throw invalid({ parentId: 'A project cannot be moved under itself or one of its sub-projects' }, 'project_cycle');
  }
}

async function checkResponsible(tx: Queryable, actor: Actor, responsibleId: string | null | undefined) {
  if (responsibleId && !(await repo.userExists(tx, actor, responsibleId))) throw invalid({ responsibleId: 'No such user' }, 'not_found_ref');
}

export async function createProject(db: Database, actor: Actor, input: ProjectCreate): Promise<Project> {
  assertCan(actor, 'change', { kind: 'customer' });
  await assertEditable(db, actor, { kind: 'customer', id: input.customerId }, true);
  if (!(await repo.visibleCustomer(db, actor, input.customerId))) throw invalid({ customerId: 'No such customer' }, 'not_found_ref');
  const id = await db.transaction(async (tx) => {
    await repo.lockTree(tx, input.customerId);
    if (input.parentId) await checkParent(tx, actor, input.customerId, input.parentId);
    await checkResponsible(tx, actor, input.responsibleId);
    return repo.insertProject(tx, actor, {
      customerId: input.customerId,
      parentId: input.parentId ?? null,
      name: input.name,
      description: input.description ?? null,
      responsibleId: input.responsibleId === undefined ? actor.userId : input.responsibleId,
    });
  });
  return getProject(db, actor, id);
}

/** Renames, moves (refusing cycles and other customers' projects), archives or brings back a project. */
export async function updateProject(db: Database, actor: Actor, id: string, input: ProjectUpdate): Promise<Project> {
  const seen = await findProjectRow(db, actor, id);
  await assertCustomerEditable(db, actor, seen.customerId);
  await db.transaction(async (tx) => {
    await repo.lockTree(tx, seen.customerId);
    const existing = await findProjectRow(tx, actor, id);
    if (input.parentId) await checkParent(tx, actor, existing.customerId, input.parentId, id);
    await checkResponsible(tx, actor, input.responsibleId);
    const archivedAt = input.archived === undefined ? undefined : input.archived ? (existing.archivedAt ?? new Date()) : null;
    await repo.updateProject(tx, actor, id, {
      parentId: input.parentId,
      name: input.name,
      description: input.description,
      responsibleId: input.responsibleId,
      archivedAt,
    });
  });
  return getProject(db, actor, id);
}

/**
 * Deletes an empty project only: one with sub-projects or activities answers 409 `in_use` with
 * the counts (archive it instead: that keeps its history).
 */
export async function deleteProject(db: Database, actor: Actor, id: string): Promise<void> {
  const seen = await findProjectRow(db, actor, id);
  await assertCustomerEditable(db, actor, seen.customerId);
  await db.transaction(async (tx) => {
    await repo.lockTree(tx, seen.customerId);
    await findProjectRow(tx, actor, id);
    const usage = await repo.usageOf(tx, id);
    if (usage.projects > 0 || usage.activities > 0) {
      throw inUse(usage, 'This project still has sub-projects or activities: move them, or archive the project instead');
    }
    await repo.deleteProject(tx, actor, id);
  });
}

/**
 * An activity's project must be a project of the activity's customer: 400 naming `projectId`
 * otherwise (no such project, one the caller cannot see, another customer's, or no customer).
 */
export async function checkActivityProject(db: Queryable, actor: Actor, projectId: string, customerId: string | null) {
  const projectCustomer = await repo.customerOfProject(db, actor, projectId);
  if (!projectCustomer) throw invalid({ projectId: 'No such project' }, 'not_found_ref');
  if (projectCustomer !== customerId) throw invalid({ projectId: "The project belongs to another customer than the activity's" }, 'project_other_customer');
}
