import type { Database, Queryable } from '../../db/client';
import { lockName } from '../../db/locks';
import type { Actor } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { inUse, invalid, notFound } from '../../http/errors';
import type { ListDefinition } from './settings-lists';
import { isViolation } from '../../db/constraint-errors';
import { assertCan } from '../../access/policy';
import * as repo from './settings-lists.repository';

type Row = repo.Row;

/** The item as the API shows it: exactly the fields of the definition's item schema. */
const toItem = (def: ListDefinition, row: Row) => Object.fromEntries(Object.keys(def.item.shape).map((key) => [key, row[key]])) as Record<string, unknown>;

const findRow = (db: Queryable, def: ListDefinition, actor: Actor, id: string) => repo.findItem(db, def.table, actor, id);

/** Everyone may read the lists (pickers need them); inactive items are included and flagged. */
export async function listItems(db: Database, def: ListDefinition, actor: Actor) {
  assertCan(actor, 'read', { kind: 'setting' });
  const rows = await repo.listItemRows(db, def.table, actor);
  return { items: rows.map((r) => toItem(def, r)), nextCursor: null };
}

export async function getItem(db: Database, def: ListDefinition, actor: Actor, id: string) {
  assertCan(actor, 'read', { kind: 'setting' });
  const row = await findRow(db, def, actor, id);
  if (!row) throw notFound('Item');
  return toItem(def, row);
}

async function checkReferences(db: Queryable, def: ListDefinition, actor: Actor, input: Row) {
  const problems = def.validate ? await def.validate(db, actor, input) : {};
  if (Object.keys(problems).length > 0) throw invalid(problems, 'not_found_ref');
}

export async function createItem(db: Database, def: ListDefinition, actor: Actor, input: Row) {
  assertCan(actor, 'create', { kind: 'setting' });
  try {
    return await db.transaction(async (tx) => {
      await checkReferences(tx, def, actor, input);
      // New items go to the end unless an order is given; one at a time, or items added at once share a place.
      await lockName(tx, def.entity, actor.workspaceId);
      const row = await repo.insertItem(tx, def.table, actor, { order: (await repo.lastOrder(tx, def.table, actor)) + 1, ...input });
      const item = toItem(def, row);
      await recordChange(tx, actor, { action: 'create', entity: def.entity, entityId: String(item.id), after: item });
      return item;
    });
  } catch (error) {
    if (isViolation(error, 'unique')) throw invalid({ key: 'Another item already has this key' }, 'in_use');
    throw error;
  }
}

export async function updateItem(db: Database, def: ListDefinition, actor: Actor, id: string, input: Row) {
  assertCan(actor, 'change', { kind: 'setting' });
  for (const field of def.immutable ?? []) if (field in input) throw invalid({ [field]: 'Cannot be changed' }, 'cannot_change');
  return db.transaction(async (tx) => {
    const before = await findRow(tx, def, actor, id);
    if (!before) throw notFound('Item');
    // A PATCH without a known field changes nothing and answers the item, like every other PATCH.
    if (!Object.values(input).some((value) => value !== undefined)) return toItem(def, before);
    await checkReferences(tx, def, actor, input);
    const item = toItem(def, await repo.updateItemRow(tx, def.table, actor, id, input));
    await recordChange(tx, actor, { action: 'update', entity: def.entity, entityId: id, before: toItem(def, before), after: item });
    return item;
  });
}

/** Deleting something still in use would orphan history: answer 409 and say where it is used. */
export async function deleteItem(db: Database, def: ListDefinition, actor: Actor, id: string) {
  assertCan(actor, 'delete', { kind: 'setting' });
  return db.transaction(async (tx) => {
    // Locked: records that start using it now (their foreign-key check) wait for this transaction,
    // and the ones that already did are committed and counted by `usage`.
    const before = await repo.findItem(tx, def.table, actor, id, 'update');
    if (!before) throw notFound('Item');
    const usage = await def.usage(tx, actor, before);
    if (usage) throw inUse(usage.counts, usage.message);
    await repo.deleteItemRow(tx, def.table, actor, id);
    await recordChange(tx, actor, { action: 'delete', entity: def.entity, entityId: id, before: toItem(def, before) });
    return toItem(def, before);
  });
}

/** Drag-to-reorder: the ids in their new order; each gets its index as order. */
export async function reorderItems(db: Database, def: ListDefinition, actor: Actor, ids: string[]) {
  assertCan(actor, 'change', { kind: 'setting' });
  return db.transaction(async (tx) => {
    // Locked in id order, whatever order the request gives: two reorders at once then run one
    // after the other (updating in the request's order, they deadlocked).
    const found = await repo.lockItems(tx, def.table, actor, ids);
    if (found.length !== new Set(ids).size) throw invalid({ ids: 'Unknown or repeated ids' });
    for (const [order, id] of ids.entries()) await repo.setOrder(tx, def.table, actor, id, order);
    await recordChange(tx, actor, { action: 'update', entity: def.entity, entityId: null, after: { order: ids } });
    return listItems(tx as unknown as Database, def, actor);
  });
}
