import { and, asc, count, eq, inArray, max, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client';
import { workspaces } from '../../db/schema';
import { type Actor, visibleTo } from '../../db/scope';
import type { ListTable } from './settings-lists';

/** A settings list's row, whatever the list (its definition's item schema picks the fields shown). */
export type Row = Record<string, unknown>;

export async function findItem(db: Queryable, table: ListTable, actor: Actor, id: string, lock?: 'update'): Promise<Row | null> {
  const query = db
    .select()
    .from(table)
    .where(visibleTo(actor, table, eq(table.id, id)))
    .limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  return (row as Row) ?? null;
}

/** The whole list in its order, inactive items included. */
export async function listItemRows(db: Queryable, table: ListTable, actor: Actor): Promise<Row[]> {
  return (await db.select().from(table).where(visibleTo(actor, table)).orderBy(asc(table.order), asc(table.name))) as Row[];
}

/** The highest order in the list (-1 when it is empty). */
export async function lastOrder(db: Queryable, table: ListTable, actor: Actor): Promise<number> {
  const [{ last }] = await db
    .select({ last: max(table.order) })
    .from(table)
    .where(visibleTo(actor, table));
  return Number(last ?? -1) || 0;
}

export async function insertItem(db: Queryable, table: ListTable, actor: Actor, values: Row): Promise<Row> {
  const [row] = await db
    .insert(table)
    .values({ ...values, workspaceId: actor.workspaceId } as never)
    .returning();
  return row as Row;
}

export async function updateItemRow(db: Queryable, table: ListTable, actor: Actor, id: string, values: Row): Promise<Row> {
  const [row] = await db
    .update(table)
    .set(values as never)
    .where(visibleTo(actor, table, eq(table.id, id)))
    .returning();
  return row as Row;
}

export async function deleteItemRow(db: Queryable, table: ListTable, actor: Actor, id: string) {
  await db.delete(table).where(visibleTo(actor, table, eq(table.id, id)));
}

/** Which of `ids` are the workspace's items of this list. */
/** The items of these ids that exist, locked in id order (so two transactions locking overlapping sets cannot deadlock). */
export async function lockItems(db: Queryable, table: ListTable, actor: Actor, ids: string[]): Promise<string[]> {
  const found = await db
    .select({ id: table.id })
    .from(table)
    .where(visibleTo(actor, table, inArray(table.id, ids)))
    .orderBy(asc(table.id))
    .for('update');
  return found.map((r) => String(r.id));
}

export async function setOrder(db: Queryable, table: ListTable, actor: Actor, id: string, order: number) {
  await db
    .update(table)
    .set({ order } as never)
    .where(and(eq(table.id, id), eq(table.workspaceId, actor.workspaceId)));
}

/** How many rows of a table match (for the lists' usage counts and reference checks). */
export async function countWhere(db: Queryable, table: PgTable, condition: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(condition);
  return Number(row.n);
}

/** The workspace's language: standard names are stored in it. */
export async function workspaceLocale(db: Queryable, actor: Actor): Promise<string> {
  const [row] = await db.select({ locale: workspaces.locale }).from(workspaces).where(eq(workspaces.id, actor.workspaceId));
  return row?.locale ?? 'en';
}
