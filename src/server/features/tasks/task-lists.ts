import { type SQL, sql } from 'drizzle-orm';
import {
  type DueFields,
  type DueKind,
  dueFieldProblems,
  taskTemplateCreateSchema,
  taskTemplateSchema,
  taskTemplateUpdateSchema,
  workAreaCreateSchema,
  workAreaSchema,
  workAreaUpdateSchema,
} from '../../../shared/tasks';
import type { Queryable } from '../../db/client';
import { activities, activityTypes, customers, products, taskTemplates, workAreas } from '../../db/schema';
import type { Actor } from '../../db/scope';
import { invalid } from '../../http/errors';
import type { ListDefinition, ListTable, Usage } from '../settings/settings-lists';
import { countWhere } from './tasks.repository';

/** How many of `ids` are not the workspace's rows of `table` (0: every reference is fine). */
async function unknownIds(db: Queryable, actor: Actor, table: ListTable, ids: unknown): Promise<number> {
  if (!Array.isArray(ids) || ids.length === 0) return 0;
  const unique = [...new Set(ids.map(String))];
  const known = await countWhere(
    db,
    table,
    sql`${table.workspaceId} = ${actor.workspaceId} AND ${table.id} IN (${sql.join(
      unique.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return unique.length - known;
}

/** The work areas and activity type a template names must be the workspace's. */
async function validateTemplate(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  if ((await unknownIds(db, actor, workAreas, input.workAreaIds)) > 0) problems.workAreaIds = 'No such work area';
  if (typeof input.typeId === 'string' && (await unknownIds(db, actor, activityTypes, [input.typeId])) > 0) problems.typeId = 'No such activity type';
  return problems;
}

/** `dueInDays` or `recurrence` sent alone must fit the template's stored due kind. */
function checkDueChange(before: Record<string, unknown>, changes: Record<string, unknown>): void {
  const problems = Object.entries(dueFieldProblems(before.due as DueKind, changes as DueFields));
  if (problems.length === 0) return;
  throw invalid(
    Object.fromEntries(problems.map(([field, p]) => [field, p.message])),
    Object.fromEntries(problems.map(([field, p]) => [field, { code: p.code }])),
  );
}

/** A product's templates must be the workspace's. */
export async function validateProduct(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<Record<string, string>> {
  return (await unknownIds(db, actor, taskTemplates, input.taskTemplateIds)) > 0 ? { taskTemplateIds: 'No such task template' } : {};
}

/** A template without a type makes tasks of the workspace's `task` type. */
async function withDefaultType(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (input.typeId !== undefined) return input;
  const [row] = await db
    .select({ id: activityTypes.id })
    .from(activityTypes)
    .where(sql`${activityTypes.workspaceId} = ${actor.workspaceId} AND ${activityTypes.key} = 'task'`);
  return row ? { ...input, typeId: row.id } : input;
}

function usedBy(parts: [number, string][]): Usage | null {
  const used = parts.filter(([n]) => n > 0);
  if (used.length === 0) return null;
  return {
    counts: Object.fromEntries(used.map(([n, what]) => [what, n])),
    message: `In use by ${used.map(([n, what]) => `${n} ${what}`).join(' and ')}; deactivate it instead`,
  };
}

const inArrayColumn = (id: unknown, column: SQL) => sql`${String(id)}::uuid = ANY(${column})`;

export const taskListDefinitions: ListDefinition[] = [
  {
    path: 'work-areas',
    entity: 'work_area',
    table: workAreas,
    item: workAreaSchema,
    create: workAreaCreateSchema,
    update: workAreaUpdateSchema,
    usage: async (db, actor, row) =>
      usedBy([
        [
          await countWhere(db, customers, sql`${customers.workspaceId} = ${actor.workspaceId} AND ${inArrayColumn(row.id, sql`${customers.workAreaIds}`)}`),
          'customers',
        ],
        [
          await countWhere(
            db,
            taskTemplates,
            sql`${taskTemplates.workspaceId} = ${actor.workspaceId} AND ${inArrayColumn(row.id, sql`${taskTemplates.workAreaIds}`)}`,
          ),
          'task templates',
        ],
        [await countWhere(db, activities, sql`${activities.workAreaId} = ${String(row.id)}`), 'tasks'],
      ]),
  },
  {
    path: 'task-templates',
    entity: 'task_template',
    table: taskTemplates,
    item: taskTemplateSchema,
    create: taskTemplateCreateSchema,
    prepare: withDefaultType,
    update: taskTemplateUpdateSchema,
    checkUpdate: checkDueChange,
    validate: validateTemplate,
    usage: async (db, actor, row) =>
      usedBy([
        [await countWhere(db, activities, sql`${activities.templateId} = ${String(row.id)}`), 'tasks'],
        [
          await countWhere(db, products, sql`${products.workspaceId} = ${actor.workspaceId} AND ${inArrayColumn(row.id, sql`${products.taskTemplateIds}`)}`),
          'products',
        ],
      ]),
  },
];
