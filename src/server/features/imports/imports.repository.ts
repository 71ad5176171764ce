import { and, asc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { rows } from '../../db/client';
import { visibleTo, type Actor } from '../../db/scope';
import { activities, activityTypes, contacts, customerStatuses, customers, importFailures, imports, users, workspaces } from '../../db/schema';
import { actorColumns } from '../../auth/authenticate';
import type { ImportFailure, ImportMapping } from '../../../shared/imports';

/** Queries of the import (issue 19). Every one is scoped to the workspace of the actor or of the import. */

export type ImportRow = typeof imports.$inferSelect;
const { rows: _rows, ...withoutRows } = getTableColumns(imports);

export async function insertImport(db: Queryable, actor: Actor, values: Pick<ImportRow, 'entity' | 'fileName' | 'columns' | 'rows' | 'mapping'>) {
  const [row] = await db
    .insert(imports)
    .values({ ...values, workspaceId: actor.workspaceId, userId: actor.userId, total: values.rows.length })
    .returning({ id: imports.id });
  return row.id;
}

/** An import of the actor's workspace, with its first rows (its importer's, or any for an admin); null when there is none. */
export async function findImport(db: Queryable, actor: Actor, id: string) {
  const mine = actor.role === 'admin' ? undefined : eq(imports.userId, actor.userId);
  const [row] = await db
    .select({ ...withoutRows, sample: sql<string[][]>`coalesce(jsonb_path_query_array(${imports.rows}, '$[0 to 9]'), '[]'::jsonb)` })
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.workspaceId, actor.workspaceId), mine));
  return row ?? null;
}

/** The import with all its rows, for the run. */
export async function loadImport(db: Queryable, id: string): Promise<ImportRow | null> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row ?? null;
}

/** Queues the import to run, once: false when it is not waiting (queued, running or done already). */
export async function markQueued(db: Queryable, id: string, mapping: ImportMapping, match: 'email' | 'name') {
  const done = await db
    .update(imports)
    .set({ status: 'queued', mapping, match, updatedAt: new Date() })
    .where(and(eq(imports.id, id), eq(imports.status, 'uploaded')))
    .returning({ id: imports.id });
  return done.length === 1;
}

export async function setStatus(db: Queryable, id: string, status: ImportRow['status'], error: string | null = null) {
  await db.update(imports).set({ status, error, updatedAt: new Date() }).where(eq(imports.id, id));
}

/** A batch's outcome, in the batch's transaction: the next run starts after it. */
export async function recordBatch(db: Queryable, id: string, p: { done: number; created: number; updated: number; failures: ImportFailure[] }) {
  if (p.failures.length > 0) await db.insert(importFailures).values(p.failures.map((f) => ({ importId: id, ...f })));
  await db
    .update(imports)
    .set({
      done: p.done,
      created: sql`${imports.created} + ${p.created}`,
      updated: sql`${imports.updated} + ${p.updated}`,
      failedCount: sql`${imports.failedCount} + ${p.failures.length}`,
      updatedAt: new Date(),
    })
    .where(eq(imports.id, id));
}

export async function listFailures(db: Queryable, id: string, limit?: number): Promise<ImportFailure[]> {
  const q = db
    .select({ row: importFailures.row, field: importFailures.field, message: importFailures.message })
    .from(importFailures)
    .where(eq(importFailures.importId, id))
    .orderBy(asc(importFailures.row));
  return limit ? q.limit(limit) : q;
}

/** The importer as an actor, as a request of theirs would have it; null when they are gone or deactivated. */
export async function actorOfUser(db: Queryable, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  return (row as Actor | undefined) ?? null;
}

/** The workspace's lists an import resolves names against: statuses, users, activity types. */
export async function lookups(db: Queryable, workspaceId: string) {
  const [statuses, people, types] = await Promise.all([
    db
      .select({ key: customerStatuses.key, name: customerStatuses.name })
      .from(customerStatuses)
      .where(eq(customerStatuses.workspaceId, workspaceId))
      .orderBy(asc(customerStatuses.order)),
    db
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(and(eq(users.workspaceId, workspaceId), eq(users.active, true))),
    db
      .select({ id: activityTypes.id, key: activityTypes.key, name: activityTypes.name, active: activityTypes.active })
      .from(activityTypes)
      .where(eq(activityTypes.workspaceId, workspaceId))
      .orderBy(asc(activityTypes.order)),
  ]);
  return { statuses, people, types };
}

/** Each text folded as the database folds names (tend_fold: lower case, accents left out). */
export async function foldAll(db: Queryable, texts: string[]): Promise<Map<string, string>> {
  if (texts.length === 0) return new Map();
  const found = await rows<{ t: string; f: string }>(
    db,
    sql`SELECT t, tend_fold(t) AS f FROM jsonb_array_elements_text(${JSON.stringify([...new Set(texts)])}::jsonb) AS t`,
  );
  return new Map(found.map((r) => [r.t, r.f]));
}

/** A list of texts as an array parameter (one JSON value: any number of texts, any characters). */
const textArray = (texts: string[]) => sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb))`;

/** Live customers the actor sees whose email (any case) or folded name is one of these, oldest first. */
export async function customersMatching(db: Queryable, actor: Actor, emails: string[], folded: string[]) {
  // One query per key list, each probing its own index (customers_ws_email_lower_idx,
  // customers_ws_name_folded_idx): an OR of the two read every customer of the workspace per batch.
  const email = sql<string | null>`lower(${customers.email})`;
  const select = (by: SQL) =>
    db
      .select({ id: customers.id, email, folded: customers.nameFolded, status: customers.status, createdAt: customers.createdAt })
      .from(customers)
      .where(visibleTo(actor, customers, and(isNull(customers.deletedAt), by)));
  const found = [
    ...(emails.length ? await select(sql`lower(${customers.email}) = ANY(${textArray(emails)})`) : []),
    ...(folded.length ? await select(sql`${customers.nameFolded} = ANY(${textArray(folded)})`) : []),
  ];
  const byId = new Map(found.map((f) => [f.id, f]));
  return [...byId.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

/** The live contacts of these customers, with their email (lower case) and folded full name. */
export async function contactsOf(db: Queryable, customerIds: string[]) {
  if (customerIds.length === 0) return [];
  return db
    .select({
      id: contacts.id,
      customerId: contacts.customerId,
      email: sql<string | null>`lower(${contacts.email})`,
      folded: sql<string>`tend_fold(trim(${contacts.firstName} || ' ' || ${contacts.lastName}))`,
    })
    .from(contacts)
    .where(and(inArray(contacts.customerId, customerIds), isNull(contacts.deletedAt)));
}

/** The activities of these customers with one of these subjects (an imported activity is the same when customer, subject and time are). */
export async function activitiesOf(db: Queryable, customerIds: string[], subjects: string[]) {
  if (customerIds.length === 0 || subjects.length === 0) return [];
  return db
    .select({ id: activities.id, customerId: activities.customerId, subject: activities.subject, scheduledAt: activities.scheduledAt })
    .from(activities)
    .where(and(inArray(activities.customerId, customerIds), inArray(activities.subject, subjects)));
}

const json = (items: object[]) => sql`${JSON.stringify(items)}::jsonb`;

const CUSTOMER_RECORD = sql.raw(
  'v(id uuid, name text, status text, email text, phone text, website text, address text, postal_code text, city text, country_code text, responsible_id uuid)',
);

export async function insertCustomers(db: Queryable, actor: Actor, items: object[]) {
  if (items.length === 0) return;
  await db.execute(sql`INSERT INTO customers (id, workspace_id, name, status, email, phone, website, address, postal_code, city, country_code, responsible_id)
    SELECT v.id, ${actor.workspaceId}, v.name, v.status, v.email, v.phone, v.website, v.address, v.postal_code, v.city, v.country_code, v.responsible_id
    FROM jsonb_to_recordset(${json(items)}) AS ${CUSTOMER_RECORD}`);
}

/**
 * Changes the mapped fields the rows fill; empty cells keep what is there. A row that changes
 * nothing is not written (the same file again rewrites no row and no index entry).
 */
export async function updateCustomers(db: Queryable, actor: Actor, items: object[]) {
  if (items.length === 0) return;
  await db.execute(sql`UPDATE customers c SET name = coalesce(v.name, c.name), status = coalesce(v.status, c.status), email = coalesce(v.email, c.email),
    phone = coalesce(v.phone, c.phone), website = coalesce(v.website, c.website), address = coalesce(v.address, c.address),
    postal_code = coalesce(v.postal_code, c.postal_code), city = coalesce(v.city, c.city), country_code = coalesce(v.country_code, c.country_code),
    responsible_id = coalesce(v.responsible_id, c.responsible_id), updated_at = now()
    FROM jsonb_to_recordset(${json(items)}) AS ${CUSTOMER_RECORD} WHERE c.id = v.id AND c.workspace_id = ${actor.workspaceId}
      AND (coalesce(v.name, c.name), coalesce(v.status, c.status), coalesce(v.email, c.email), coalesce(v.phone, c.phone),
          coalesce(v.website, c.website), coalesce(v.address, c.address), coalesce(v.postal_code, c.postal_code), coalesce(v.city, c.city),
          coalesce(v.country_code, c.country_code), coalesce(v.responsible_id, c.responsible_id))
        IS DISTINCT FROM (c.name, c.status, c.email, c.phone, c.website, c.address, c.postal_code, c.city, c.country_code, c.responsible_id)`);
}

/** The status history's first (or next) entry of each imported customer. */
export async function insertStatusChanges(db: Queryable, actor: Actor, changes: { customerId: string; from: string | null; to: string }[]) {
  if (changes.length === 0) return;
  await db.execute(sql`INSERT INTO customer_status_history (workspace_id, customer_id, from_status, to_status, user_id, reason)
    SELECT ${actor.workspaceId}, v."customerId", v."from", v."to", ${actor.userId}, CASE WHEN v."from" IS NULL THEN 'created' ELSE 'edited' END
    FROM jsonb_to_recordset(${json(changes)}) AS v("customerId" uuid, "from" text, "to" text)`);
}

const CONTACT_RECORD = sql.raw('v(id uuid, customer_id uuid, first_name text, last_name text, title text, email text, phone text)');

export async function insertContacts(db: Queryable, actor: Actor, items: object[]) {
  if (items.length === 0) return;
  await db.execute(sql`INSERT INTO contacts (id, workspace_id, customer_id, first_name, last_name, title, email, phone)
    SELECT v.id, ${actor.workspaceId}, v.customer_id, v.first_name, coalesce(v.last_name, ''), v.title, v.email, v.phone
    FROM jsonb_to_recordset(${json(items)}) AS ${CONTACT_RECORD}`);
}

export async function updateContacts(db: Queryable, actor: Actor, items: object[]) {
  if (items.length === 0) return;
  await db.execute(sql`UPDATE contacts c SET first_name = coalesce(v.first_name, c.first_name), last_name = coalesce(v.last_name, c.last_name),
    title = coalesce(v.title, c.title), email = coalesce(v.email, c.email), phone = coalesce(v.phone, c.phone), updated_at = now()
    FROM jsonb_to_recordset(${json(items)}) AS ${CONTACT_RECORD} WHERE c.id = v.id AND c.workspace_id = ${actor.workspaceId}
      AND (coalesce(v.first_name, c.first_name), coalesce(v.last_name, c.last_name), coalesce(v.title, c.title), coalesce(v.email, c.email),
        coalesce(v.phone, c.phone)) IS DISTINCT FROM (c.first_name, c.last_name, c.title, c.email, c.phone)`);
}

const ACTIVITY_RECORD = sql.raw(
  'v(id uuid, customer_id uuid, type_id uuid, subject text, note text, scheduled_at timestamptz, all_day boolean, done boolean, responsible_id uuid)',
);

export async function insertActivities(db: Queryable, actor: Actor, items: object[]) {
  if (items.length === 0) return;
  await db.execute(sql`INSERT INTO activities (id, workspace_id, customer_id, type_id, subject, note, scheduled_at, all_day, done, done_at, responsible_id, created_by_id)
    SELECT v.id, ${actor.workspaceId}, v.customer_id, v.type_id, v.subject, v.note, v.scheduled_at, coalesce(v.all_day, false), coalesce(v.done, false),
      CASE WHEN v.done THEN coalesce(v.scheduled_at, now()) END, v.responsible_id, ${actor.userId}
    FROM jsonb_to_recordset(${json(items)}) AS ${ACTIVITY_RECORD}`);
}

export async function updateActivities(db: Queryable, actor: Actor, items: object[]) {
  if (items.length === 0) return;
  await db.execute(sql`UPDATE activities a SET type_id = coalesce(v.type_id, a.type_id), note = coalesce(v.note, a.note),
    done = coalesce(v.done, a.done), done_at = CASE WHEN v.done IS NULL THEN a.done_at WHEN v.done THEN coalesce(a.done_at, a.scheduled_at, now()) END,
    responsible_id = coalesce(v.responsible_id, a.responsible_id), updated_at = now()
    FROM jsonb_to_recordset(${json(items)}) AS ${ACTIVITY_RECORD} WHERE a.id = v.id AND a.workspace_id = ${actor.workspaceId}
      AND (coalesce(v.type_id, a.type_id), coalesce(v.note, a.note), coalesce(v.done, a.done), coalesce(v.responsible_id, a.responsible_id))
        IS DISTINCT FROM (a.type_id, a.note, a.done, a.responsible_id)`);
}

/**
 * For one batch's transaction: new rows' trigram (GIN) entries wait in the indexes' pending list
 * up to 64 MB instead of 4 MB, so they are merged into the index in a few large passes instead of
 * one every few thousand rows (most of an import's time went there).
 */
export async function deferIndexMerges(tx: Queryable) {
  await tx.execute(sql`SET LOCAL gin_pending_list_limit = '64MB'`);
}

const IMPORT_TABLES = { customers: 'customers', contacts: 'contacts', activities: 'activities' } as const;

/** After a run: merges the pending GIN entries of the table the import wrote (customers: search), so searches do not scan the list. */
export async function mergePendingIndexEntries(db: Queryable, entity: keyof typeof IMPORT_TABLES) {
  const table = `public.${IMPORT_TABLES[entity]}`;
  await db.execute(sql`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    WHERE i.indrelid = ${table}::regclass AND am.amname = 'gin'`);
}

/**
 * Fresh statistics for the table an import is filling: the batches look rows up by email and name,
 * and with statistics from when the table was a tenth of its size the planner reads the whole
 * table per batch instead of the index (100k new customers: a lookup grew to 0.6 s a batch).
 */
export async function refreshStatistics(db: Queryable, entity: keyof typeof IMPORT_TABLES) {
  await db.execute(sql.raw(`ANALYZE public.${IMPORT_TABLES[entity]}`));
}
