import type { Database, Queryable } from '../../db/client';
import { lockName } from '../../db/locks';
import type { Actor } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { inUse, invalid, notFound } from '../../http/errors';
import type { ListDefinition } from './settings-lists';
import { isViolation } from '../../db/constraint-errors';
import { assertCan } from '../../access/policy';
import * as repo from './settings-lists.repository';
import { isStandardList, type NamedItem, namedFor, shownName, standardName } from '../workspaces/default-lists';

type Row = repo.Row;

/** A seeded list's item as its name goes: key, name as stored, and whether that is still the standard name. */
const named = (row: Row): NamedItem => ({ key: String(row.key), name: String(row.name), nameIsDefault: row.nameIsDefault === true });

/**
 * The item as the API shows it to the caller: exactly the fields of the definition's item schema,
 * and a seeded list's item that still has its standard name named in the caller's language.
 */
function toItem(def: ListDefinition, row: Row, actor: Actor) {
  const item = Object.fromEntries(Object.keys(def.item.shape).map((key) => [key, row[key]])) as Record<string, unknown>;
  delete item.standardName;
  if (!isStandardList(def.entity)) return item;
  const { name, standardName } = namedFor(def.entity, named(row), actor.locale);
  return { ...item, name, ...(standardName === undefined ? {} : { standardName }) };
}

/**
 * What a change does to a seeded item's name. A new name is the admin's own (shown as written to
 * everyone); the name the caller sees sent back unchanged (a form saving its other fields) is no
 * change; `nameIsDefault: true` gives back the standard name (stored in the workspace's language),
 * `false` keeps the name the caller sees, for everyone.
 */
async function naming(db: Queryable, def: ListDefinition, actor: Actor, before: Row, input: Row): Promise<Row> {
  if (!isStandardList(def.entity)) return input;
  const { nameIsDefault, name, ...rest } = input;
  const seen = shownName(def.entity, named(before), actor.locale);
  if (nameIsDefault === true) {
    const standard = standardName(def.entity, String(before.key), await repo.workspaceLocale(db, actor));
    if (standard === undefined) throw invalid({ nameIsDefault: 'This item has no standard name' });
    return { ...rest, name: standard, nameIsDefault: true };
  }
  if (name !== undefined && name !== seen) return { ...rest, name, nameIsDefault: false };
  return nameIsDefault === false ? { ...rest, name: seen, nameIsDefault: false } : rest;
}

const changesSomething = (input: Row) => Object.values(input).some((value) => value !== undefined);

const findRow = (db: Queryable, def: ListDefinition, actor: Actor, id: string) => repo.findItem(db, def.table, actor, id);

/** Everyone may read the lists (pickers need them); inactive items are included and flagged. */
export async function listItems(db: Database, def: ListDefinition, actor: Actor) {
  assertCan(actor, 'read', { kind: 'setting' });
  const rows = await repo.listItemRows(db, def.table, actor);
  return { items: rows.map((r) => toItem(def, r, actor)), nextCursor: null };
}

export async function getItem(db: Database, def: ListDefinition, actor: Actor, id: string) {
  assertCan(actor, 'read', { kind: 'setting' });
  const row = await findRow(db, def, actor, id);
  if (!row) throw notFound('Item');
  return toItem(def, row, actor);
}

async function checkReferences(db: Queryable, def: ListDefinition, actor: Actor, input: Row) {
  const problems = def.validate ? await def.validate(db, actor, input) : {};
  if (Object.keys(problems).length > 0) throw invalid(problems, 'not_found_ref');
}

export async function createItem(db: Database, def: ListDefinition, actor: Actor, input: Row) {
  assertCan(actor, 'create', { kind: 'setting' });
  try {
    return await db.transaction(async (tx) => {
      input = def.prepare ? await def.prepare(tx, actor, input) : input;
      await checkReferences(tx, def, actor, input);
      // New items go to the end unless an order is given; one at a time, or items added at once share a place.
      await lockName(tx, def.entity, actor.workspaceId);
      const row = await repo.insertItem(tx, def.table, actor, { order: (await repo.lastOrder(tx, def.table, actor)) + 1, ...input });
      const item = toItem(def, row, actor);
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
    const changes = await naming(tx, def, actor, before, input);
    // A PATCH without a known field changes nothing and answers the item, like every other PATCH.
    if (!changesSomething(changes)) return toItem(def, before, actor);
    def.checkUpdate?.(before, changes);
    await checkReferences(tx, def, actor, changes);
    const item = toItem(def, await repo.updateItemRow(tx, def.table, actor, id, changes), actor);
    await recordChange(tx, actor, { action: 'update', entity: def.entity, entityId: id, before: toItem(def, before, actor), after: item });
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
    await recordChange(tx, actor, { action: 'delete', entity: def.entity, entityId: id, before: toItem(def, before, actor) });
    return toItem(def, before, actor);
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
