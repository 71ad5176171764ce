import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { activityStatusSchema, activityTypeSchema } from '../../../shared/activities';
import {
  activityStatusCreateSchema,
  activityStatusUpdateSchema,
  activityTypeCreateSchema,
  activityTypeUpdateSchema,
  categoryCreateSchema,
  categorySchema,
  categoryUpdateSchema,
  customerStatusCreateSchema,
  customerStatusSchema,
  customerStatusUpdateSchema,
  listItemCreateSchema,
  listItemSchema,
  listItemUpdateSchema,
} from '../../../shared/settings';
import { productCreateSchema, productSchema, productUpdateSchema } from '../../../shared/tasks';
import type { Queryable } from '../../db/client';
import {
  activities,
  activityStatuses,
  activityTypes,
  categories,
  contactCategories,
  contactRoles,
  contacts,
  customerCategories,
  customerProducts,
  customerSources,
  customerStatuses,
  customers,
  industries,
  origins,
  products,
  sources,
} from '../../db/schema';
import type { Actor } from '../../db/scope';
import { validateProduct } from '../tasks/task-lists';
import { countWhere } from './settings-lists.repository';

/** A settings table: every list has these columns (see `listColumns` in the schema). */
export type ListTable = PgTable & { id: PgColumn; workspaceId: PgColumn; name: PgColumn; active: PgColumn; order: PgColumn };

export interface ListDefinition {
  /** URL segment under /api/v1 and the audit log's entity name. */
  path: string;
  entity: string;
  table: ListTable;
  item: z.ZodObject;
  /** The request bodies (a pipe when fields depend on each other). */
  create: z.ZodType;
  update: z.ZodType;
  /** Fields that cannot change after creation (keys other records refer to). */
  immutable?: string[];
  /** Where the item is used (counts per kind of record, for a 409), or null when it is free to delete. */
  usage(db: Queryable, actor: Actor, row: Record<string, unknown>): Promise<Usage | null>;
  /** Defaults that need the database (a template's type), before the checks. */
  prepare?(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Checks of a change against the stored item (fields that depend on stored ones); throws to refuse. */
  checkUpdate?(before: Record<string, unknown>, changes: Record<string, unknown>): void;
  /** Checks of references to other records, as field messages (empty when all is well). */
  validate?(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<Record<string, string>>;
  /** The list itself is served elsewhere (the activities feature lists types and statuses). */
  listServedElsewhere?: boolean;
}

/** The rule's status must be one of the workspace's customer statuses. */
async function validateStatusRule(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<Record<string, string>> {
  const key = input.completionSetsCustomerStatus;
  if (typeof key !== 'string') return {};
  const n = await countWhere(
    db,
    customerStatuses,
    sql`${customerStatuses.workspaceId} = ${actor.workspaceId} AND ${customerStatuses.key} = ${key}` as ReturnType<typeof eq>,
  );
  return n > 0 ? {} : { completionSetsCustomerStatus: `No customer status "${key}"` };
}

export interface Usage {
  counts: Record<string, number>;
  message: string;
}

const usedBy = (parts: [number, string][]): Usage | null => {
  const used = parts.filter(([n]) => n > 0);
  if (used.length === 0) return null;
  return {
    counts: Object.fromEntries(used.map(([n, what]) => [what, n])),
    message: `In use by ${used.map(([n, what]) => `${n} ${what}`).join(' and ')}; deactivate it instead`,
  };
};

export const listDefinitions: ListDefinition[] = [
  {
    path: 'customer-statuses',
    entity: 'customer_status',
    table: customerStatuses,
    item: customerStatusSchema,
    create: customerStatusCreateSchema,
    update: customerStatusUpdateSchema,
    immutable: ['key'],
    usage: async (db, actor, row) =>
      usedBy([
        [
          await countWhere(db, customers, sql`${customers.workspaceId} = ${actor.workspaceId} AND ${customers.status} = ${row.key}` as ReturnType<typeof eq>),
          'customers',
        ],
      ]),
  },
  {
    path: 'industries',
    entity: 'industry',
    table: industries,
    item: listItemSchema,
    create: listItemCreateSchema,
    update: listItemUpdateSchema,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, customers, eq(customers.industryId, String(row.id))), 'customers']]),
  },
  {
    path: 'categories',
    entity: 'category',
    table: categories,
    item: categorySchema,
    create: categoryCreateSchema,
    update: categoryUpdateSchema,
    usage: async (db, _actor, row) =>
      usedBy([
        [await countWhere(db, customerCategories, eq(customerCategories.categoryId, String(row.id))), 'customers'],
        [await countWhere(db, contactCategories, eq(contactCategories.categoryId, String(row.id))), 'contacts'],
      ]),
  },
  {
    path: 'contact-roles',
    entity: 'contact_role',
    table: contactRoles,
    item: listItemSchema,
    create: listItemCreateSchema,
    update: listItemUpdateSchema,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, contacts, eq(contacts.roleId, String(row.id))), 'contacts']]),
  },
  {
    path: 'origins',
    entity: 'origin',
    table: origins,
    item: listItemSchema,
    create: listItemCreateSchema,
    update: listItemUpdateSchema,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, customers, eq(customers.originId, String(row.id))), 'customers']]),
  },
  {
    path: 'sources',
    entity: 'source',
    table: sources,
    item: listItemSchema,
    create: listItemCreateSchema,
    update: listItemUpdateSchema,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, customerSources, eq(customerSources.sourceId, String(row.id))), 'customers']]),
  },
  {
    path: 'products',
    entity: 'product',
    table: products,
    item: productSchema,
    create: productCreateSchema,
    update: productUpdateSchema,
    validate: validateProduct,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, customerProducts, eq(customerProducts.productId, String(row.id))), 'customers']]),
  },
  {
    path: 'activity-types',
    entity: 'activity_type',
    table: activityTypes,
    item: activityTypeSchema,
    create: activityTypeCreateSchema,
    update: activityTypeUpdateSchema,
    immutable: ['key'],
    listServedElsewhere: true,
    validate: validateStatusRule,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, activities, eq(activities.typeId, String(row.id))), 'activities']]),
  },
  {
    path: 'activity-statuses',
    entity: 'activity_status',
    table: activityStatuses,
    item: activityStatusSchema,
    create: activityStatusCreateSchema,
    update: activityStatusUpdateSchema,
    immutable: ['key'],
    listServedElsewhere: true,
    usage: async (db, _actor, row) => usedBy([[await countWhere(db, activities, eq(activities.statusId, String(row.id))), 'activities']]),
  },
];
