import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/client';
import { type Actor, visibleTo } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { requireRole } from '../../auth/authenticate';
import { inUse, invalid, notFound } from '../../http/errors';
import type { ListDefinition } from './settings-lists';

type Row = Record<string, unknown>;

/** The item as the API shows it: exactly the fields of the definition's item schema. */
const toItem = (def: ListDefinition, row: Row) =>
  Object.fromEntries(Object.keys(def.item.shape).map((key) => [key, row[key]])) as Record<string, unknown>;

async function findRow(db: Queryable, def: ListDefinition, actor: Actor, id: string): Promise<Row | null> {
  const [row] = await db.select().from(def.table).where(visibleTo(actor, def.table, eq(def.table.id, id))).limit(1);
  return (row as Row) ?? null;
}

/** Everyone may read the lists (pickers need them); inactive items are included and flagged. */
export async function listItems(db: Database, def: ListDefinition, actor: Actor) {
  const rows = await db.select().from(def.table).where(visibleTo(actor, def.table)).orderBy(asc(def.table.order), asc(def.table.name));
  return { items: rows.map((r) => toItem(def, r as Row)), nextCursor: null };
}

export async function getItem(db: Database, def: ListDefinition, actor: Actor, id: string) {
  const row = await findRow(db, def, actor, id);
  if (!row) throw notFound('Item');
  return toItem(def, row);
}

function duplicateKey(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code;
  return code === '23505';
}

async function checkReferences(db: Queryable, def: ListDefinition, actor: Actor, input: Row) {
  const problems = def.validate ? await def.validate(db, actor, input) : {};
  if (Object.keys(problems).length > 0) throw invalid(problems);
}

export async function createItem(db: Database, def: ListDefinition, actor: Actor, input: Row) {
  requireRole(actor, 'admin');
  try {
    return await db.transaction(async (tx) => {
      await checkReferences(tx, def, actor, input);
      // New items go to the end unless an order is given.
      const [{ last }] = await tx.select({ last: max(def.table.order) }).from(def.table).where(visibleTo(actor, def.table));
      const values = { order: (Number(last ?? -1) || 0) + 1, ...input, workspaceId: actor.workspaceId };
      const [row] = await tx.insert(def.table).values(values as never).returning();
      const item = toItem(def, row as Row);
      await recordChange(tx, actor, { action: 'create', entity: def.entity, entityId: String(item.id), after: item });
      return item;
    });
  } catch (error) {
    if (duplicateKey(error)) throw invalid({ key: 'Another item already has this key' });
    throw error;
  }
}

export async function updateItem(db: Database, def: ListDefinition, actor: Actor, id: string, input: Row) {
  requireRole(actor, 'admin');
  for (const field of def.immutable ?? []) if (field in input) throw invalid({ [field]: 'Cannot be changed' });
  return db.transaction(async (tx) => {
    const before = await findRow(tx, def, actor, id);
    if (!before) throw notFound('Item');
    // A PATCH without a known field changes nothing and answers the item, like every other PATCH.
    if (!Object.values(input).some((value) => value !== undefined)) return toItem(def, before);
    await checkReferences(tx, def, actor, input);
    const [row] = await tx.update(def.table).set(input as never).where(visibleTo(actor, def.table, eq(def.table.id, id))).returning();
    const item = toItem(def, row as Row);
    await recordChange(tx, actor, { action: 'update', entity: def.entity, entityId: id, before: toItem(def, before), after: item });
    return item;
  });
}

/** Deleting something still in use would orphan history: answer 409 and say where it is used. */
export async function deleteItem(db: Database, def: ListDefinition, actor: Actor, id: string) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const before = await findRow(tx, def, actor, id);
    if (!before) throw notFound('Item');
    const usage = await def.usage(tx, actor, before);
    if (usage) throw inUse(usage.counts, usage.message);
    await tx.delete(def.table).where(visibleTo(actor, def.table, eq(def.table.id, id)));
    await recordChange(tx, actor, { action: 'delete', entity: def.entity, entityId: id, before: toItem(def, before) });
    return toItem(def, before);
  });
}

/** Drag-to-reorder: the ids in their new order; each gets its index as order. */
export async function reorderItems(db: Database, def: ListDefinition, actor: Actor, ids: string[]) {
  requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const found = await tx.select({ id: def.table.id }).from(def.table).where(visibleTo(actor, def.table, inArray(def.table.id, ids)));
    if (found.length !== new Set(ids).size) throw invalid({ ids: 'Unknown or repeated ids' });
    for (const [order, id] of ids.entries()) {
      await tx.update(def.table).set({ order } as never).where(and(eq(def.table.id, id), eq(def.table.workspaceId, actor.workspaceId)));
    }
    await recordChange(tx, actor, { action: 'update', entity: def.entity, entityId: null, after: { order: ids } });
    return listItems(tx as unknown as Database, def, actor);
  });
}
