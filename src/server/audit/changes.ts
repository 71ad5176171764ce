/**
 * What a change log entry says, as pure functions: which fields changed, what the record is called,
 * which customer it belongs to, and which ids in it need a name. Table-tested in changes.test.ts.
 */

type Fields = Record<string, unknown>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Fields a reader learns nothing from: bookkeeping, or names the log resolves itself. */
const NOISE = new Set([
  'id',
  'workspaceId',
  'createdAt',
  'updatedAt',
  'searchText',
  'customerName',
  'contactName',
  'typeKey',
  'memberCount',
  'nextActivityId',
  // A sales project's follow-up activity: its own entries say when it moves.
  'followUpActivityId',
  // Whether a seeded item still has its standard name: the change of the name itself says it.
  'nameIsDefault',
]);

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Dates become ISO strings and undefined becomes null, so a snapshot reads like the API's record. */
export const plain = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** A record without its bookkeeping: what a creation or deletion stores. */
export function withoutNoise(record: unknown): unknown {
  return isFields(record) ? Object.fromEntries(Object.entries(record).filter(([field]) => !NOISE.has(field))) : record;
}

/** The fields that differ, in the order the record lists them (noise left out). */
export function changesOf(before: unknown, after: unknown): FieldChange[] {
  if (!isFields(before) || !isFields(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !NOISE.has(field));
  return fields.filter((field) => !same(before[field], after[field])).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Only the changed fields of each side: what an update stores. */
export function changedOnly(before: unknown, after: unknown): { before: Fields; after: Fields } {
  const changes = changesOf(before, after);
  return {
    before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
  };
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** What people call the record: a customer's or list item's name, a contact's full name, an activity's subject. */
export function nameOf(entity: string, record: unknown): string | null {
  if (!isFields(record)) return null;
  if (entity === 'contact') return text([record.firstName, record.lastName].filter((part) => typeof part === 'string' && part).join(' '));
  if (entity === 'activity') return text(record.subject);
  return text(record.name);
}

/** The customer whose History shows the entry: the customer itself, or a contact's, activity's, sales project's or (its activity's) document's customer. */
export function customerOf(entity: string, entityId: string | null, record: unknown): string | null {
  if (entity === 'customer') return entityId;
  const owned = entity === 'contact' || entity === 'activity' || entity === 'document' || entity === 'sales_project';
  if (owned && isFields(record) && typeof record.customerId === 'string') return record.customerId;
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A field that refers to other records by id (industryId, categoryIds, responsibleId, parentId …). */
export const isReference = (field: string) => /[a-z](Id|Ids)$/.test(field);

/** The ids a value refers to: one id or a list of them. */
export function idsIn(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && UUID.test(v)).map((v) => v.toLowerCase());
}

/** Every id the changes refer to, once. */
export function referencedIds(changes: FieldChange[]): string[] {
  const ids = changes.filter((c) => isReference(c.field)).flatMap((c) => [...idsIn(c.before), ...idsIn(c.after)]);
  return [...new Set(ids)];
}

/** A customer's status is stored by key; these fields hold customer-status keys. */
export const isStatusKey = (entity: string, field: string) => entity === 'customer' && field === 'status';

/**
 * The label of a value: the names of the records it refers to (joined in the order given), a
 * status's name, or undefined when the value is no reference. A reference to a record nobody can
 * name any more keeps its id out of the sentence (null).
 */
export function labelOf(entity: string, field: string, value: unknown, names: Map<string, string>, statuses: Map<string, string>): string | null | undefined {
  if (value === null || value === undefined) return undefined;
  if (isStatusKey(entity, field)) return typeof value === 'string' ? (statuses.get(value) ?? value) : undefined;
  if (!isReference(field)) return undefined;
  const ids = idsIn(value);
  if (ids.length === 0 && !(Array.isArray(value) && value.length === 0)) return undefined;
  const known = ids.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
  return known.length === 0 && ids.length > 0 ? null : known.join(', ');
}
