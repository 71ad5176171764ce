import type { SQL } from 'drizzle-orm';
import type { Activity } from '../../../shared/activities';
import type { Contact } from '../../../shared/contacts';
import type { Customer } from '../../../shared/customers';
import type { ActivityExportQuery, ContactExportQuery, CustomerExportQuery, ExportEntity, ExportFormat } from '../../../shared/exports';
import { localDate } from '../../../shared/wall-clock';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { assertCan } from '../../access/policy';
import { searchConditions } from '../activities/activities.service';
import { queryRange } from '../todo/buckets';
import { listContacts } from '../contacts/contacts.service';
import { listCustomers } from '../customers/customers.service';
import { listTodo } from '../todo/todo.service';
import { FILE_NAMES, type Headings, headingsFor } from './export-headings';
import type { Cell, ExportTable } from './export-writers';
import { type ActivityExportRow, type ActivityKey, activityBatch, customerNames, lookUpNames, type Names } from './export.repository';

/** Rows read per query: a keyset page of the list's own order (which always ends in the row's id). */
export const EXPORT_BATCH_SIZE = 500;

export interface ExportOptions {
  batchSize?: number;
  now?: Date;
}

export type ExportRequest =
  | { entity: 'customers'; query: CustomerExportQuery }
  | { entity: 'contacts'; query: ContactExportQuery }
  | { entity: 'activities'; query: ActivityExportQuery };

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The list's pages one after another, each read by its cursor only when the writer wants it. The
 * first is read before anything is sent, so a refused request (a filter naming a group that does
 * not exist, no right to read) is a clean 4xx rather than a broken download.
 */
async function pagesOf<T>(
  fetch: (cursor: string | undefined) => Promise<Page<T>>,
  toRows: (items: T[]) => Promise<Cell[][]>,
): Promise<AsyncIterable<Cell[][]>> {
  const first = await fetch(undefined);
  return (async function* () {
    let page = first;
    yield await toRows(page.items);
    while (page.nextCursor) {
      page = await fetch(page.nextCursor);
      yield await toRows(page.items);
    }
  })();
}

const at = (iso: string | null): Cell => (iso ? { at: new Date(iso) } : null);
const yesNo = (h: Headings, value: boolean) => (value ? h.yes : h.no);
const nameIn = (map: Map<string, string>, id: string | null) => (id ? (map.get(id) ?? null) : null);

const CUSTOMER_COLUMNS = [
  'name',
  'status',
  'email',
  'phone',
  'website',
  'address',
  'postalCode',
  'city',
  'country',
  'industry',
  'responsible',
  'created',
  'updated',
] as const;
const customerRow = (c: Customer, n: Names): Cell[] => [
  c.name,
  n.customerStatuses.get(c.status) ?? c.status,
  c.email,
  c.phone,
  c.website,
  c.address,
  c.postalCode,
  c.city,
  c.countryCode,
  nameIn(n.industries, c.industryId),
  nameIn(n.users, c.responsibleId),
  at(c.createdAt),
  at(c.updatedAt),
];

const CONTACT_COLUMNS = ['firstName', 'lastName', 'title', 'customer', 'email', 'phone', 'role', 'created', 'updated'] as const;
const contactRow = (c: Contact, n: Names, customers: Map<string, string>): Cell[] => [
  c.firstName,
  c.lastName,
  c.title,
  customers.get(c.customerId) ?? null,
  c.email,
  c.phone,
  nameIn(n.roles, c.roleId),
  at(c.createdAt),
  at(c.updatedAt),
];

const ACTIVITY_COLUMNS = [
  'scheduled',
  'ends',
  'type',
  'status',
  'subject',
  'customer',
  'contact',
  'responsible',
  'done',
  'doneAt',
  'private',
  'note',
  'created',
] as const;
type ActivityLike = Pick<
  Activity,
  'allDay' | 'typeId' | 'statusId' | 'subject' | 'customerName' | 'contactName' | 'responsibleId' | 'done' | 'private' | 'note'
> & {
  scheduledAt: string | Date | null;
  endsAt: string | Date | null;
  doneAt: string | Date | null;
  createdAt: string | Date;
};
const atOf = (value: string | Date | null): Cell => (value ? { at: new Date(value) } : null);
const activityRow = (a: ActivityLike, n: Names, h: Headings): Cell[] => [
  a.scheduledAt ? { at: new Date(a.scheduledAt), allDay: a.allDay } : null,
  a.endsAt && !a.allDay ? atOf(a.endsAt) : null,
  nameIn(n.types, a.typeId),
  nameIn(n.activityStatuses, a.statusId),
  a.subject,
  a.customerName,
  a.contactName,
  nameIn(n.users, a.responsibleId),
  yesNo(h, a.done),
  atOf(a.doneAt),
  yesNo(h, a.private),
  a.note,
  atOf(a.createdAt),
];

/** The activity search's rows in batches (see activityBatch): the first read before anything is sent. */
async function searchBatches(db: Database, actor: Actor, conditions: SQL[], limit: number, toRows: (rows: ActivityExportRow[]) => Cell[][]) {
  assertCan(actor, 'read', { kind: 'activity' });
  const first = await activityBatch(db, actor, conditions, null, limit);
  return (async function* () {
    let rows = first;
    yield toRows(rows);
    for (let last = rows.at(-1); rows.length === limit && last; last = rows.at(-1)) {
      const after: ActivityKey = { at: last.scheduledAt, id: last.id };
      rows = await activityBatch(db, actor, conditions, after, limit);
      yield toRows(rows);
    }
  })();
}

function customerPages(db: Database, actor: Actor, query: CustomerExportQuery, limit: number, names: Names) {
  const { format: _, ...filters } = query;
  return pagesOf(
    (cursor) => listCustomers(db, actor, { ...filters, limit, cursor }),
    async (items) => items.map((c) => customerRow(c, names)),
  );
}

function contactPages(db: Database, actor: Actor, query: ContactExportQuery, limit: number, names: Names) {
  const { format: _, ...filters } = query;
  return pagesOf(
    (cursor) => listContacts(db, actor, { ...filters, limit, cursor }),
    async (items) => {
      const customers = await customerNames(db, actor, [...new Set(items.map((c) => c.customerId))]);
      return items.map((c) => contactRow(c, names, customers));
    },
  );
}

/** The to-do's rows (its filters and order), or the activity search's (a customer's activities with `customerId`). */
function activityPages(db: Database, actor: Actor, query: ActivityExportQuery, limit: number, names: Names, now: Date) {
  const h = headingsFor(actor.locale);
  const toRows = async (items: Activity[]) => items.map((a) => activityRow(a, names, h));
  const { format: _, view, responsibleId, groupId, includeDone, period, sort, order, ...search } = query;
  if (view === 'todo') {
    const { typeId, salesProjectId, campaignId, from, to } = search;
    const todo = { responsibleId, groupId, typeId, salesProjectId, campaignId, includeDone, period, from, to, sort, order };
    return pagesOf((cursor) => listTodo(db, actor, { ...todo, limit, cursor }, now), toRows);
  }
  const { from, to, q, ...rest } = search;
  const who = responsibleId === 'all' ? undefined : responsibleId;
  const conditions = searchConditions({ ...rest, q: q || undefined, responsibleId: who, range: queryRange(from, to, actor.timeZone) });
  return searchBatches(db, actor, conditions, limit, (rows) => rows.map((a) => activityRow(a, names, h)));
}

const COLUMNS: Record<ExportEntity, readonly (keyof Headings)[]> = {
  customers: CUSTOMER_COLUMNS,
  contacts: CONTACT_COLUMNS,
  activities: ACTIVITY_COLUMNS,
};

/**
 * An export of one of the lists with its filters: only what the caller may see (the lists apply the
 * visibility rule in SQL: restricted customers, private activities, the trash), read in keyset batches.
 */
export async function prepareExport(
  db: Database,
  actor: Actor,
  request: ExportRequest,
  options: ExportOptions = {},
): Promise<ExportTable & { fileName: string; format: ExportFormat }> {
  const limit = options.batchSize ?? EXPORT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const names = await lookUpNames(db, actor);
  const batches =
    request.entity === 'customers'
      ? await customerPages(db, actor, request.query, limit, names)
      : request.entity === 'contacts'
        ? await contactPages(db, actor, request.query, limit, names)
        : await activityPages(db, actor, request.query, limit, names, now);
  const h = headingsFor(actor.locale);
  const base = (FILE_NAMES[actor.locale] ?? FILE_NAMES.en)[request.entity];
  return {
    head: COLUMNS[request.entity].map((k) => h[k]),
    batches,
    locale: actor.locale,
    timeZone: actor.timeZone,
    sheetName: base,
    fileName: `${base}-${localDate(now, actor.timeZone)}.${request.query.format}`,
    format: request.query.format,
  };
}
