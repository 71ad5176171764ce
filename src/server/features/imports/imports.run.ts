import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { activityCreateSchema } from '../../../shared/activities';
import { contactCreateSchema } from '../../../shared/contacts';
import { customerCreateSchema } from '../../../shared/customers';
import type { ImportEntity, ImportFailure, ImportField, ImportMatch } from '../../../shared/imports';
import { editableCustomers } from '../../access/access.repository';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { parseImportDate, parseYesNo, rowFields } from './imports.domain';
import * as repo from './imports.repository';

/*
 * The run of an import (issue 19), on the job queue: the rows in batches of 2,000, each batch one
 * transaction that also writes the progress, so a run resumed after a crash starts at the next
 * batch and no row is taken twice. A row that names an existing record (by email or name, see
 * ImportMatch) updates it; the others create one. Matching sees only what the importer may see,
 * and changes only what they may change; a row that fails is listed with its field and reason.
 */

export const BATCH_SIZE = 2000;

type Fields = Partial<Record<ImportField, string>>;
interface Row {
  row: number;
  fields: Fields;
}
interface BatchResult {
  created: number;
  updated: number;
  failures: ImportFailure[];
}
type Values = Record<string, string | boolean | null | undefined>;

export interface RunContext {
  actor: Actor;
  match: ImportMatch;
  statuses: Map<string, string>;
  defaultStatus: string;
  people: Map<string, string>;
  types: Map<string, string>;
  defaultType: string | null;
  /** Match keys of the records this run found or made, to their ids (a file naming a record twice updates it). */
  seen: Map<string, string>;
  /** The ids this run created (editable by the importer whoever they name responsible). */
  createdIds: Set<string>;
  /** A customer cell (name or email) to the customer's id, null when there is none the importer may change. */
  customers: Map<string, string | null>;
}

const lower = (s: string) => s.trim().toLowerCase();

async function contextFor(db: Queryable, actor: Actor, match: ImportMatch): Promise<RunContext> {
  const { statuses, people, types } = await repo.lookups(db, actor.workspaceId);
  const statusMap = new Map<string, string>();
  for (const s of statuses) statusMap.set(lower(s.key), s.key).set(lower(s.name), s.key);
  const peopleMap = new Map<string, string>();
  for (const p of people) peopleMap.set(lower(p.email), p.id).set(lower(p.name), p.id);
  const typeMap = new Map<string, string>();
  for (const t of types) typeMap.set(lower(t.key), t.id).set(lower(t.name), t.id);
  const defaultStatus = statuses.find((s) => s.key === 'lead')?.key ?? statuses[0]?.key ?? 'lead';
  const defaultType = types.find((t) => t.active)?.id ?? null;
  return {
    actor,
    match,
    statuses: statusMap,
    defaultStatus,
    people: peopleMap,
    types: typeMap,
    defaultType,
    seen: new Map(),
    createdIds: new Set(),
    customers: new Map(),
  };
}

const fail = (row: number, field: string, message: string): { failure: ImportFailure } => ({ failure: { row, field, message } });
const zodFailure = (row: number, error: z.ZodError) => fail(row, String(error.issues[0]?.path[0] ?? ''), error.issues[0]?.message ?? 'Invalid');
/** Notes a row's failure; no row to go on with. */
function none(failures: ImportFailure[], failure: ImportFailure): [] {
  failures.push(failure);
  return [];
}
const defined = (v: Values) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== null));

/** The status, responsible and activity type a row names, as ids; a failure when one is not in the workspace. */
function lookup(ctx: RunContext, row: number, fields: Fields) {
  const status = fields.status ? ctx.statuses.get(lower(fields.status)) : undefined;
  if (fields.status && !status) return fail(row, 'status', `No status "${fields.status}"`);
  const responsible = fields.responsible ? ctx.people.get(lower(fields.responsible)) : undefined;
  if (fields.responsible && !responsible) return fail(row, 'responsible', `No user "${fields.responsible}"`);
  const type = fields.type ? ctx.types.get(lower(fields.type)) : undefined;
  if (fields.type && !type) return fail(row, 'type', `No activity type "${fields.type}"`);
  return { status, responsible, type };
}

const customerRowSchema = customerCreateSchema.pick({
  name: true,
  email: true,
  phone: true,
  website: true,
  address: true,
  postalCode: true,
  city: true,
  countryCode: true,
});

function validateCustomer(ctx: RunContext, { row, fields }: Row): { failure: ImportFailure } | { values: Values } {
  const parsed = customerRowSchema.safeParse({ ...fields, name: fields.name ?? '' });
  if (!parsed.success) return zodFailure(row, parsed.error);
  const found = lookup(ctx, row, fields);
  if ('failure' in found) return found;
  const c = parsed.data;
  return {
    values: {
      name: c.name,
      email: c.email ?? null,
      phone: c.phone ?? null,
      website: c.website ?? null,
      address: c.address ?? null,
      postal_code: c.postalCode ?? null,
      city: c.city ?? null,
      country_code: c.countryCode ?? null,
      status: found.status ?? null,
      responsible_id: found.responsible ?? null,
    },
  };
}

/** Sorts a batch's valid rows into creates and updates by their match keys (a row naming a record made earlier in the file updates it). */
function sortRows(ctx: RunContext, valid: { row: number; values: Values; keys: string[] }[], editable: Set<string>, failures: ImportFailure[]) {
  const creates = new Map<string, Values>();
  const updates = new Map<string, Values>();
  let updatedRows = 0;
  for (const { row, values, keys } of valid) {
    let id = ctx.seen.get(keys[0]);
    if (id && !ctx.createdIds.has(id) && !editable.has(id)) {
      failures.push({ row, field: keys[0].startsWith('e:') ? 'email' : 'name', message: 'You may not change this record' });
      continue;
    }
    if (!id) {
      id = randomUUID();
      ctx.createdIds.add(id);
      creates.set(id, { ...values, id });
    } else {
      updatedRows++;
      if (creates.has(id)) creates.set(id, { ...creates.get(id), ...defined(values) });
      else updates.set(id, { ...updates.get(id), ...defined(values), id });
    }
    for (const key of keys) if (!ctx.seen.has(key)) ctx.seen.set(key, id);
  }
  return { creates, updates, updatedRows };
}

/** A row's match keys, the one it is looked up by first: its email (when matching by email and it has one), else its folded name. */
function keysOf(match: ImportMatch, prefix: string, email: string | null | undefined, folded: string | undefined): string[] {
  const byEmail = email ? `${prefix}e:${email.toLowerCase()}` : null;
  const byName = folded ? `${prefix}n:${folded}` : null;
  const keys = match === 'email' && byEmail ? [byEmail, byName] : [byName ?? byEmail, byEmail];
  return keys.filter((k): k is string => k !== null);
}

async function customerBatch(tx: Queryable, ctx: RunContext, batch: Row[]): Promise<BatchResult> {
  const failures: ImportFailure[] = [];
  const checked = batch.map((r) => ({ r, v: validateCustomer(ctx, r) }));
  const ok = checked.flatMap(({ r, v }) => ('values' in v ? [{ row: r.row, values: v.values }] : none(failures, v.failure)));
  const folds = await repo.foldAll(
    tx,
    ok.map((o) => String(o.values.name)),
  );
  const valid = ok.map((o) => ({ ...o, keys: keysOf(ctx.match, '', o.values.email as string | null, folds.get(String(o.values.name))) }));
  const unknown = valid.filter((v) => !ctx.seen.has(v.keys[0]));
  const emails = unknown.flatMap((v) => (v.keys[0].startsWith('e:') ? [v.keys[0].slice(2)] : []));
  const names = unknown.flatMap((v) => (v.keys[0].startsWith('n:') ? [v.keys[0].slice(2)] : []));
  const existing = await repo.customersMatching(tx, ctx.actor, emails, names);
  for (const e of existing) for (const key of keysOf(ctx.match, '', e.email, e.folded ?? undefined)) if (!ctx.seen.has(key)) ctx.seen.set(key, e.id);
  const editable = await editableCustomers(
    tx,
    ctx.actor,
    existing.map((e) => e.id),
  );
  const { creates, updates, updatedRows } = sortRows(ctx, valid, editable, failures);
  const news = [...creates.values()].map(
    (v): Values => ({ ...v, status: v.status ?? ctx.defaultStatus, responsible_id: v.responsible_id ?? ctx.actor.userId }),
  );
  await repo.insertCustomers(tx, ctx.actor, news);
  await repo.updateCustomers(tx, ctx.actor, [...updates.values()]);
  const was = new Map(existing.map((e) => [e.id, e.status]));
  const changes = [
    ...news.map((v) => ({ customerId: String(v.id), from: null, to: String(v.status) })),
    ...[...updates.values()]
      .filter((v) => v.status && was.get(String(v.id)) && was.get(String(v.id)) !== v.status)
      .map((v) => ({ customerId: String(v.id), from: was.get(String(v.id)) ?? null, to: String(v.status) })),
  ];
  await repo.insertStatusChanges(tx, ctx.actor, changes);
  return { created: creates.size, updated: updatedRows, failures };
}

/** The customers a batch's cells name (an email, or a name compared folded), each once per run; null when the importer may not change it or there is none. */
async function resolveCustomers(tx: Queryable, ctx: RunContext, cells: string[]) {
  const todo = [...new Set(cells)].filter((c) => !ctx.customers.has(c));
  const emails = todo.filter((c) => c.includes('@')).map(lower);
  const folds = await repo.foldAll(
    tx,
    todo.filter((c) => !c.includes('@')),
  );
  const found = await repo.customersMatching(tx, ctx.actor, emails, [...folds.values()]);
  const editable = await editableCustomers(
    tx,
    ctx.actor,
    found.map((f) => f.id),
  );
  for (const cell of todo) {
    const hit = cell.includes('@') ? found.find((f) => f.email === lower(cell)) : found.find((f) => f.folded === folds.get(cell));
    ctx.customers.set(cell, hit && editable.has(hit.id) ? hit.id : null);
  }
}

const contactRowSchema = contactCreateSchema.pick({ firstName: true, lastName: true, title: true, email: true, phone: true });

function validateContact(ctx: RunContext, { row, fields }: Row): { failure: ImportFailure } | { values: Values } {
  if (!fields.customer) return fail(row, 'customer', 'Required');
  const customerId = ctx.customers.get(fields.customer);
  if (!customerId) return fail(row, 'customer', `No customer "${fields.customer}" you may change`);
  let { firstName, lastName } = fields;
  if (!firstName && fields.fullName) {
    const words = fields.fullName.split(/\s+/);
    firstName = words.length > 1 ? words.slice(0, -1).join(' ') : words[0];
    lastName = lastName ?? (words.length > 1 ? words[words.length - 1] : undefined);
  }
  const parsed = contactRowSchema.safeParse({ ...fields, firstName: firstName ?? '', lastName: lastName ?? '' });
  if (!parsed.success) return zodFailure(row, parsed.error);
  const c = parsed.data;
  return {
    values: {
      customer_id: customerId,
      first_name: c.firstName,
      last_name: c.lastName || null,
      title: c.title ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
    },
  };
}

async function contactBatch(tx: Queryable, ctx: RunContext, batch: Row[]): Promise<BatchResult> {
  await resolveCustomers(
    tx,
    ctx,
    batch.flatMap((r) => (r.fields.customer ? [r.fields.customer] : [])),
  );
  const failures: ImportFailure[] = [];
  const ok = batch.flatMap((r) => {
    const v = validateContact(ctx, r);
    return 'values' in v ? [{ row: r.row, values: v.values }] : none(failures, v.failure);
  });
  const fullName = (v: Values) => `${v.first_name} ${v.last_name ?? ''}`.trim();
  const folds = await repo.foldAll(
    tx,
    ok.map((o) => fullName(o.values)),
  );
  const valid = ok.map((o) => ({ ...o, keys: keysOf(ctx.match, `${o.values.customer_id}|`, o.values.email as string | null, folds.get(fullName(o.values))) }));
  const customerIds = [...new Set(valid.map((v) => String(v.values.customer_id)))];
  for (const c of await repo.contactsOf(tx, customerIds))
    for (const key of keysOf(ctx.match, `${c.customerId}|`, c.email, c.folded)) if (!ctx.seen.has(key)) ctx.seen.set(key, c.id);
  const editable = new Set(ctx.seen.values());
  const { creates, updates, updatedRows } = sortRows(ctx, valid, editable, failures);
  await repo.insertContacts(tx, ctx.actor, [...creates.values()]);
  await repo.updateContacts(tx, ctx.actor, [...updates.values()]);
  return { created: creates.size, updated: updatedRows, failures };
}

const activityRowSchema = activityCreateSchema.pick({ subject: true });

function validateActivity(ctx: RunContext, { row, fields }: Row): { failure: ImportFailure } | { values: Values } {
  if (!fields.customer) return fail(row, 'customer', 'Required');
  const customerId = ctx.customers.get(fields.customer);
  if (!customerId) return fail(row, 'customer', `No customer "${fields.customer}" you may change`);
  const parsed = activityRowSchema.safeParse({ subject: fields.subject ?? '' });
  if (!parsed.success) return zodFailure(row, parsed.error);
  const found = lookup(ctx, row, fields);
  if ('failure' in found) return found;
  const typeId = found.type ?? ctx.defaultType;
  if (!typeId) return fail(row, 'type', 'Required');
  const when = fields.date ? parseImportDate(fields.date, ctx.actor.timeZone) : null;
  if (fields.date && !when) return fail(row, 'date', `Not a date: "${fields.date}"`);
  const done = fields.done ? parseYesNo(fields.done) : null;
  if (fields.done && done === null) return fail(row, 'done', `Not yes or no: "${fields.done}"`);
  const note = fields.note?.slice(0, 20_000) ?? null;
  return {
    values: {
      customer_id: customerId,
      type_id: found.type ?? (fields.type ? null : typeId),
      subject: parsed.data.subject,
      note,
      scheduled_at: when?.at.toISOString() ?? null,
      all_day: when?.allDay ?? false,
      done,
      responsible_id: found.responsible ?? null,
    },
  };
}

async function activityBatch(tx: Queryable, ctx: RunContext, batch: Row[]): Promise<BatchResult> {
  await resolveCustomers(
    tx,
    ctx,
    batch.flatMap((r) => (r.fields.customer ? [r.fields.customer] : [])),
  );
  const failures: ImportFailure[] = [];
  const keyOf = (customerId: unknown, subject: unknown, at: string | null) => `${customerId}|${subject}|${at ?? ''}`;
  const valid = batch.flatMap((r) => {
    const v = validateActivity(ctx, r);
    if (!('values' in v)) return none(failures, v.failure);
    return [{ row: r.row, values: v.values, keys: [keyOf(v.values.customer_id, v.values.subject, v.values.scheduled_at as string | null)] }];
  });
  const customerIds = [...new Set(valid.map((v) => String(v.values.customer_id)))];
  const existing = await repo.activitiesOf(tx, customerIds, [...new Set(valid.map((v) => String(v.values.subject)))]);
  for (const a of existing) ctx.seen.set(keyOf(a.customerId, a.subject, a.scheduledAt?.toISOString() ?? null), a.id);
  const { creates, updates, updatedRows } = sortRows(ctx, valid, new Set(existing.map((a) => a.id)), failures);
  const news = [...creates.values()].map(
    (v): Values => ({ ...v, type_id: v.type_id ?? ctx.defaultType, responsible_id: v.responsible_id ?? ctx.actor.userId }),
  );
  await repo.insertActivities(tx, ctx.actor, news);
  await repo.updateActivities(tx, ctx.actor, [...updates.values()]);
  return { created: creates.size, updated: updatedRows, failures };
}

const PROCESSORS: Record<ImportEntity, (tx: Queryable, ctx: RunContext, batch: Row[]) => Promise<BatchResult>> = {
  customers: customerBatch,
  contacts: contactBatch,
  activities: activityBatch,
};

export interface RunOptions {
  batchSize?: number;
  onProgress?: (p: { done: number; total: number }) => void;
}

/** Runs a queued (or interrupted) import to its end; an import already done, or not queued, is left alone. */
export async function runImport(db: Database, importId: string, options: RunOptions = {}): Promise<void> {
  const imp = await repo.loadImport(db, importId);
  if (!imp || (imp.status !== 'queued' && imp.status !== 'running')) return;
  const actor = await repo.actorOfUser(db, imp.userId);
  if (!actor || actor.workspaceId !== imp.workspaceId) return repo.setStatus(db, importId, 'failed', 'The importer is no longer active');
  await repo.setStatus(db, importId, 'running');
  const ctx = await contextFor(db, actor, imp.match ?? 'email');
  const size = options.batchSize ?? BATCH_SIZE;
  const mapping = imp.mapping ?? {};
  // Statistics are refreshed each time the run has doubled what it created (2k, 4k, 8k, … rows): a few cheap ANALYZEs.
  let created = 0;
  let analyzeAt = size;
  for (let start = imp.done; start < imp.rows.length; start += size) {
    const batch = imp.rows.slice(start, start + size).map((cells, i) => ({ row: start + i + 2, fields: rowFields(imp.columns, mapping, cells) }));
    created += await db.transaction(async (tx) => {
      await repo.deferIndexMerges(tx);
      const result = await PROCESSORS[imp.entity](tx, ctx, batch);
      await repo.recordBatch(tx, importId, { done: start + batch.length, ...result });
      return result.created;
    });
    if (created >= analyzeAt) {
      analyzeAt *= 2;
      // Only an optimisation, as below.
      await repo.refreshStatistics(db, imp.entity).catch(() => undefined);
    }
    options.onProgress?.({ done: start + batch.length, total: imp.rows.length });
  }
  // Only an optimisation: a database that refuses it (not the index owner) merges them in its autovacuum.
  await repo.mergePendingIndexEntries(db, imp.entity).catch(() => undefined);
  await repo.setStatus(db, importId, 'done');
}
