import { asc, desc, eq, getTableColumns, inArray, type Placeholder, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { type Database, type Queryable, rows } from '../../db/client';
import {
  activities,
  activityCustomers,
  activityReminders,
  activityStatuses,
  activityTypes,
  activityUsers,
  contacts,
  customers,
  documents,
  projects,
  salesProjects,
} from '../../db/schema';
import { GENERIC_PREFIX, genericHandleOf, literalLimit, PREPARED_PAGE_MAX, preparedPage, runGenericByText } from '../../db/prepared';
import { inForm } from '../../access/visibility';
import { type Actor, type Scope, activityNotInTrash, liveContact, liveCustomer, visibleTo } from '../../db/scope';
import { containsPattern } from '../../db/search';
import { afterCursor, isUndatedKey, type PageStart, pageStart } from './newest-keyset';
import type { PgColumn } from 'drizzle-orm/pg-core';

const { searchText: _text, ...activityColumns } = getTableColumns(activities);

/**
 * An activity's derived fields, defined once for reads (below) and for the writes' RETURNING
 * (activity-writes.repository): `id` is the activity's id as the statement must name it. Arrays
 * and the next link come from subqueries in the same statement: never a query per row.
 */
export const activityDerivedColumns = (id: SQL | PgColumn) => ({
  additionalCustomerIds: sql<
    string[]
  >`coalesce((SELECT array_agg(ac.customer_id::text ORDER BY ac.customer_id) FROM ${activityCustomers} ac WHERE ac.activity_id = ${id}), '{}')`,
  additionalUserIds: sql<
    string[]
  >`coalesce((SELECT array_agg(au.user_id::text ORDER BY au.user_id) FROM ${activityUsers} au WHERE au.activity_id = ${id}), '{}')`,
  nextActivityId: sql<string | null>`(SELECT n.id::text FROM ${activities} n WHERE n.previous_activity_id = ${id})`,
  reminders: sql<
    number[]
  >`coalesce((SELECT array_agg(r.minutes_before ORDER BY r.minutes_before) FROM ${activityReminders} r WHERE r.activity_id = ${id}), '{}')`,
  /** Files on the activity (lists show a paperclip): one probe of documents_activity_idx per row. */
  documentCount: sql<number>`(SELECT count(*)::int FROM ${documents} d WHERE d.activity_id = ${id})`,
});

/** A contact's name as activities show it: first and last, null when both are empty. */
export const contactNameOf = (firstName: SQL | PgColumn, lastName: SQL | PgColumn) => sql<string | null>`nullif(trim(${firstName} || ' ' || ${lastName}), '')`;

export type ActivityRow = typeof activities.$inferSelect & {
  additionalCustomerIds: string[];
  additionalUserIds: string[];
  nextActivityId: string | null;
  reminders: number[];
  documentCount: number;
  customerName: string | null;
  contactName: string | null;
  /** The name of the activity's project (issue 17), null without one. */
  projectName?: string | null;
  salesProjectName?: string | null;
  typeKey: string;
  typeName: string;
  typeNameIsDefault: boolean;
};
export type ActivityValues = Omit<typeof activities.$inferInsert, 'id' | 'workspaceId' | 'createdAt' | 'searchText'>;

/**
 * The name of the row `id` points to, looked up only when there is one: most activities have no
 * project, and PostgreSQL reads a table of a few hundred projects whole rather than by its key (its
 * estimate), once per row of the page: 1 of a to-do page's 5.8 ms at a million activities.
 */
const nameOf = (table: typeof projects | typeof salesProjects, id: PgColumn) =>
  sql<string | null>`CASE WHEN ${id} IS NOT NULL THEN (SELECT n.name FROM ${table} n WHERE n.id = ${id}) END`;

/**
 * Activities the caller may see: their workspace's, except those of a customer in the trash
 * (hidden, untouched, back on restore). Internal activities without a customer are visible too.
 */
export const selectLiveActivities = (db: Queryable, actor: Scope, ...conditions: (SQL | undefined)[]) =>
  db
    .select({
      ...activityColumns,
      ...activityDerivedColumns(activities.id),
      customerName: customers.name,
      contactName: contactNameOf(contacts.firstName, contacts.lastName),
      // A look-up by primary key in the same statement; a project's visibility is its customer's, already checked.
      projectName: nameOf(projects, activities.projectId),
      salesProjectName: nameOf(salesProjects, activities.salesProjectId),
      typeKey: activityTypes.key,
      typeName: activityTypes.name,
      typeNameIsDefault: activityTypes.nameIsDefault,
    })
    .from(activities)
    .innerJoin(activityTypes, eq(activityTypes.id, activities.typeId))
    .leftJoin(customers, eq(customers.id, activities.customerId))
    .leftJoin(contacts, eq(contacts.id, activities.contactId))
    .where(visibleTo(actor, activities, liveCustomer(), ...conditions));

export async function findActivity(db: Queryable, actor: Actor, id: string): Promise<ActivityRow | null> {
  const [row] = await selectLiveActivities(db, actor, eq(activities.id, id)).limit(1);
  return (row as ActivityRow) ?? null;
}

export async function findActivities(db: Queryable, actor: Actor, ids: string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  return (await selectLiveActivities(db, actor, inArray(activities.id, ids))) as ActivityRow[];
}

/** A half-open range of instants on scheduledAt. */
export interface Range {
  from: Date | null;
  before: Date | null;
}

export interface ActivityFilter {
  q?: string;
  customerId?: string;
  contactId?: string;
  responsibleId?: string;
  typeId?: string;
  statusId?: string;
  done?: boolean;
  salesProjectId?: string;
  campaignId?: string;
  projectId?: string;
  documentName?: string;
  range?: Range;
}

/** Shorter words than this match the start of a word; longer ones match anywhere (partial words). */
const TRIGRAM_MIN = 3;

/** The words of a search, as many as it takes (more would only slow it down). */
const wordsOf = (q: string) => q.split(/\s+/).filter(Boolean).slice(0, 12);
const isShort = (word: string) => [...word].length < TRIGRAM_MIN;

/**
 * A word of a search as its statement takes it: its text (for its trigrams) and its LIKE patterns.
 * Values, or placeholders in the prepared search (preparedSearch).
 */
interface SearchWord {
  short: boolean;
  text: string | Placeholder;
  pattern: string | Placeholder;
  /** A short word's second pattern: the start of a later word. */
  inner: string | Placeholder;
}

function searchWordsOf(q: string): SearchWord[] {
  return wordsOf(q).map((word) => {
    if (!isShort(word)) return { short: false, text: word, pattern: containsPattern(word), inner: '' };
    const escaped = word.replace(/[\\%_]/g, (c) => `\\${c}`);
    return { short: true, text: word, pattern: `${escaped}%`, inner: `% ${escaped}%` };
  });
}

/**
 * Every word must occur in subject or note, folded (case, accents, æ → ae, Hebrew points).
 * One- and two-letter words match the start of a word (`LIKE 'ab%' OR LIKE '% ab%'`). The words
 * are checked on the rows; a search finds its candidates month by month through the trigrams
 * (searchTrigrams, searchPage), an export reads its activities in order and checks each.
 */
function wordConditions(words: SearchWord[]): SQL[] {
  return words.map((w) =>
    w.short
      ? sql`(${activities.searchText} LIKE tend_fold(${w.pattern}) OR ${activities.searchText} LIKE tend_fold(${w.inner}))`
      : sql`${activities.searchText} LIKE tend_fold(${w.pattern})`,
  );
}

export const searchWords = (q: string): SQL[] => wordConditions(searchWordsOf(q));

/** The words' LIKE patterns, folded once per search (searchPage's search_wanted.p), in foldedWordConditions' order. */
function foldedPatterns(words: SearchWord[]): SQL {
  const patterns = words.flatMap((w) => (w.short ? [w.pattern, w.inner] : [w.pattern]));
  return sql`ARRAY[${sql.join(
    patterns.map((p) => sql`tend_fold(${p}::text)`),
    sql`, `,
  )}]::text[]`;
}

/**
 * wordConditions for a search page, with the patterns folded once (search_wanted.p) rather than on
 * every row a month's probe reads: on its generic plan the search folded each pattern per row (3.7
 * → 3.0 ms a search at a million activities).
 */
function foldedWordConditions(words: SearchWord[]): SQL[] {
  let at = 0;
  const next = () => sql`(SELECT p[${sql.raw(String(++at))}] FROM search_wanted)`;
  return words.map((w) =>
    w.short ? sql`(${activities.searchText} LIKE ${next()} OR ${activities.searchText} LIKE ${next()})` : sql`${activities.searchText} LIKE ${next()}`,
  );
}

/** The trigrams a matching activity's folded text holds (migration 0048): those of every word, as a text[]. */
function searchTrigrams(words: SearchWord[]): SQL {
  const each = words.map((w) => sql`tend_search_trigrams(tend_fold(${w.text}), ${sql.raw(String(w.short))})`);
  return sql`ARRAY(SELECT DISTINCT unnest(${sql.join(each, sql` || `)}))`;
}

export function filterConditions(f: ActivityFilter): SQL[] {
  const c: SQL[] = [];
  if (f.q) c.push(...searchWords(f.q));
  if (f.customerId) c.push(concernsCustomer(f.customerId));
  if (f.contactId) c.push(eq(activities.contactId, f.contactId));
  if (f.responsibleId) c.push(eq(activities.responsibleId, f.responsibleId));
  if (f.typeId) c.push(eq(activities.typeId, f.typeId));
  if (f.statusId) c.push(eq(activities.statusId, f.statusId));
  if (f.done !== undefined) c.push(eq(activities.done, f.done));
  if (f.projectId) c.push(eq(activities.projectId, f.projectId));
  if (f.salesProjectId) c.push(eq(activities.salesProjectId, f.salesProjectId));
  if (f.campaignId) c.push(eq(activities.campaignId, f.campaignId));
  if (f.documentName) c.push(hasDocumentNamed(f.documentName));
  if (f.range?.from) c.push(sql`${activities.scheduledAt} >= ${f.range.from}`);
  if (f.range?.before) c.push(sql`${activities.scheduledAt} < ${f.range.before}`);
  return c;
}

/**
 * The activity's own customer or one of its additional customers. A union of two index look-ups
 * rather than `customer_id = … OR id IN (…)`, which no index can serve.
 */
function concernsCustomer(customerId: string | Placeholder): SQL {
  return sql`${activities.id} IN (SELECT own.id FROM ${activities} own WHERE own.customer_id = ${customerId} UNION ALL SELECT ac.activity_id FROM ${activityCustomers} ac WHERE ac.customer_id = ${customerId})`;
}

/**
 * Has a document whose name contains `part`, accents and case folded: the trigram index on the
 * stored folded name (migration 0030) finds the documents, their activities are then filtered as usual.
 */
function hasDocumentNamed(part: string): SQL {
  return sql`${activities.id} IN (SELECT d.activity_id FROM ${documents} d WHERE d.search_name LIKE tend_fold(${containsPattern(part)}))`;
}

export type Cursor = (string | number | null)[] | null;

/** Not an activity of a customer in the trash, in the shape made for testing many candidate rows (see activityNotInTrash). */
const notInTrash = (actor: Scope) => activityNotInTrash(activities.customerId, actor);

/** Prepared statements read the caller's workspace from a placeholder. */
// Only for callers who see every customer (see canPrepare): the private-activity rule needs the
// viewer, the restricted rule would need a plan of its own.
const placeholderScope: Scope = { workspaceId: sql.placeholder('workspaceId'), userId: sql.placeholder('viewerId'), restricted: false };
const newestOrder = [desc(activities.scheduledAt), desc(activities.id)];

/**
 * The newest page of activities matching `conditions`: the page's ids first (filter, order and
 * limit on activities alone), then the joins and per-row subqueries for those rows only.
 * Decorating every match before keeping the newest page made a word found in 5,000 of a million
 * activities cost 48 ms, 42 of them on rows thrown away.
 */
function newestPage(db: Queryable, scope: Scope, conditions: SQL[], limit: number) {
  // The matches ('auto': a word found in thousands of activities gets the viewer's sets hashed once,
  // a rarer one per-row probes), then the page's rows only, probed one by one.
  const pageIds = db
    .select({ id: activities.id })
    .from(activities)
    .where(visibleTo(scope, activities, notInTrash(scope), ...conditions))
    .orderBy(...newestOrder)
    .limit(limit);
  return pageOf(db, scope, pageIds);
}

/** The rows of a page whose ids a subquery chose, with their joins and per-row subqueries, newest first. */
const pageOf = (db: Queryable, scope: Scope, pageIds: SQLWrapper) =>
  selectLiveActivities(db, inForm(scope, 'probe'), inArray(activities.id, pageIds)).orderBy(...newestOrder);

const newestSql = sql`${activities.scheduledAt} DESC, ${activities.id} DESC`;

/**
 * The months a search asks, newest first, as text (migration 0048's keys): 'u' (the undated
 * activities, first in the list) unless the page starts among the dated ones, then every month from
 * the page's start (or the workspace's newest activity) back to its oldest, within the date range.
 */
function searchMonths(workspaceId: Scope['workspaceId'], start: PageStart, range: Range | undefined): SQL {
  const edge = (fn: 'min' | 'max') =>
    sql`(SELECT tend_search_month(${sql.raw(fn)}(e.scheduled_at)) FROM ${activities} e WHERE e.workspace_id = ${workspaceId})`;
  let newest = start.kind === 'dated' ? sql`tend_search_month(${start.at}::timestamptz)` : edge('max');
  if (range?.before) newest = sql`least(${newest}, tend_search_month(${range.before}::timestamptz))`;
  let oldest = edge('min');
  if (range?.from) oldest = sql`greatest(${oldest}, tend_search_month(${range.from}::timestamptz))`;
  const dated = sql`ARRAY(SELECT g::text FROM generate_series(${newest}, ${oldest}, -1) g)`;
  return start.kind === 'dated' ? dated : sql`(ARRAY['u'] || ${dated})`;
}

/**
 * The newest page of a word search. Reading every activity a word occurs in to keep the newest 51
 * grew with the data (a word in 5,000 of a million activities: 5,000 rows read, 7 ms, the dearest
 * read of the benchmark). The trigram index is keyed by month (migration 0048): the search asks the
 * months newest first, each for its newest matches, and stops when the page is full, so a page reads
 * about its own rows whatever the size of the data. Words that give no trigram (punctuation only)
 * read the list in order instead.
 */
function searchPage(db: Queryable, scope: Scope, words: SearchWord[], conditions: SQL[], start: PageStart, range: Range | undefined, limit: number) {
  // A restricted viewer's rule as the set of customers they see, hashed once: every month asked
  // tests hundreds of matches, most of them of customers they do not see.
  const where = visibleTo(inForm(scope, 'set'), activities, notInTrash(scope), ...foldedWordConditions(words), ...conditions);
  const wanted = sql`(SELECT t FROM search_wanted)`;
  const keyed = sql`tend_search_keys(${activities.scheduledAt}, ${activities.searchText}) @> ARRAY(SELECT months.m || ':' || w FROM unnest(${wanted}) w)`;
  // Which rows make the page rests on the order the months are asked in: a LATERAL join is a nested
  // loop over unnest's rows in array order, so the outer LIMIT keeps the newest months' matches (the
  // page's rows are sorted again by pageOf).
  const pageIds = sql`(WITH search_wanted AS MATERIALIZED (SELECT ${searchTrigrams(words)} AS t, ${foldedPatterns(words)} AS p)
    (SELECT found.id FROM unnest(${searchMonths(scope.workspaceId, start, range)}) AS months(m),
      LATERAL (SELECT ${activities.id} FROM ${activities} WHERE ${keyed} AND ${where} ORDER BY ${newestSql} LIMIT ${limit}) found
     WHERE cardinality(${wanted}) > 0 LIMIT ${limit})
    UNION ALL
    (SELECT ${activities.id} FROM ${activities} WHERE cardinality(${wanted}) = 0 AND ${where} ORDER BY ${newestSql} LIMIT ${limit}))`;
  return pageOf(db, scope, pageIds);
}

/** Words beyond this many are searched by the statement built per request (a shape per word count and length). */
const PREPARED_SEARCH_WORDS = 4;
type SearchRead = (db: Database, size: number, params: Record<string, unknown>) => Promise<unknown>;
const preparedSearches = new Map<string, SearchRead>();

/**
 * The first page of a search without other filters, as seen by a caller who sees every customer:
 * prepared once per shape (the words' count and which are short) and run on its generic plan.
 * Drizzle took 1.6 ms of the server's CPU to build the statement for every search, 40 % of a
 * search request's (profile at a million activities); now it only fills in the words.
 */
function preparedSearch(words: SearchWord[]): SearchRead {
  const shape = words.map((w) => (w.short ? 's' : 'w')).join('');
  let read = preparedSearches.get(shape);
  if (!read) {
    const held = words.map(
      (w, i): SearchWord => ({
        short: w.short,
        text: sql.placeholder(`word${i}`),
        pattern: sql.placeholder(`pattern${i}`),
        inner: sql.placeholder(`inner${i}`),
      }),
    );
    read = preparedPage(`${GENERIC_PREFIX}activity_search_${shape}`, (db, limit, name) =>
      searchPage(db, placeholderScope, held, [], { kind: 'top' }, undefined, limit).prepare(name),
    );
    preparedSearches.set(shape, read);
  }
  return read;
}

const searchParams = (words: SearchWord[]) =>
  Object.fromEntries(words.flatMap((w, i) => [[`word${i}`, w.text], [`pattern${i}`, w.pattern], ...(w.short ? [[`inner${i}`, w.inner]] : [])]));

/** Newest first (search and timelines), undated first, keyset paged on (scheduledAt, id) (newest-keyset.ts). */
export async function listActivities(db: Database, actor: Actor, f: ActivityFilter & { limit: number; after: Cursor }): Promise<ActivityRow[]> {
  // The words are searchPage's own (foldedWordConditions): the other filters here.
  const conditions = filterConditions({ ...f, q: undefined });
  const start = pageStart(f.after);
  const after = afterCursor(start);
  if (after) conditions.push(after);
  if (!f.q) return (await newestPage(db, actor, conditions, f.limit + 1)) as ActivityRow[];
  const words = searchWordsOf(f.q);
  const onlyWords = conditions.length === 0 && start.kind === 'top';
  if (onlyWords && !actor.restricted && words.length <= PREPARED_SEARCH_WORDS && f.limit <= PREPARED_PAGE_MAX) {
    const params = { workspaceId: actor.workspaceId, viewerId: actor.userId, ...searchParams(words) };
    return (await preparedSearch(words)(genericHandleOf(db), f.limit + 1, params)) as ActivityRow[];
  }
  // On its generic plan, planned once per connection: planning the months' probes cost more than
  // running them (4.3 of 7.1 ms at a million activities); the words are parameters, the plan fits them all.
  if (f.limit >= PREPARED_PAGE_MAX) return (await searchPage(db, actor, words, conditions, start, f.range, f.limit + 1)) as ActivityRow[];
  const limit = literalLimit(f.limit + 1);
  return (await runGenericByText(db, 'activity_search', (on) => searchPage(on, actor, words, conditions, start, f.range, limit))) as ActivityRow[];
}

// A customer's and a contact's timeline without filters (what their page opens with) are prepared:
// at a million activities PostgreSQL spent 2.9 ms planning the customer timeline and 0.8 ms running it.
const afterNewest = sql`(${activities.scheduledAt}, ${activities.id}) < (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)`;
const ofCustomer = concernsCustomer(sql.placeholder('ownerId'));
const ofContact = eq(activities.contactId, sql.placeholder('ownerId'));
const timelines = {
  customer: preparedPage('timeline_customer', (db, limit, name) => newestPage(db, placeholderScope, [ofCustomer], limit).prepare(name)),
  customerAfter: preparedPage('timeline_customer_after', (db, limit, name) => newestPage(db, placeholderScope, [ofCustomer, afterNewest], limit).prepare(name)),
  contact: preparedPage('timeline_contact', (db, limit, name) => newestPage(db, placeholderScope, [ofContact], limit).prepare(name)),
  contactAfter: preparedPage('timeline_contact_after', (db, limit, name) => newestPage(db, placeholderScope, [ofContact, afterNewest], limit).prepare(name)),
};

/** A customer's or contact's activities, newest first, unfiltered. */
export async function listTimeline(
  db: Database,
  actor: Actor,
  owner: { customerId: string } | { contactId: string },
  page: { limit: number; after: Cursor },
): Promise<ActivityRow[]> {
  // A restricted caller's timeline filters by the visibility rule: planned per call, not prepared.
  // After an undated activity (the prepared keyset cannot say "undated, smaller id"): planned per call too.
  if (page.limit > PREPARED_PAGE_MAX || actor.restricted || (page.after && isUndatedKey(page.after[0] as string)))
    return listActivities(db, actor, { ...owner, ...page });
  const isCustomer = 'customerId' in owner;
  const params = { workspaceId: actor.workspaceId, viewerId: actor.userId, ownerId: isCustomer ? owner.customerId : owner.contactId };
  const found = page.after
    ? await (isCustomer ? timelines.customerAfter : timelines.contactAfter)(db, page.limit + 1, { ...params, afterAt: page.after[0], afterId: page.after[1] })
    : await (isCustomer ? timelines.customer : timelines.contact)(db, page.limit + 1, params);
  return found as ActivityRow[];
}

/**
 * The to-do order: oldest due first, undated tasks last, keyset paged on (due key, id). An undated
 * task's key is a date later than any other (the to-do's cursors carry it, see todo-sort.ts; migration
 * 0022 indexes the expression): on scheduledAt itself, the row comparison after a dated row is NULL
 * for an undated one, and the pages after the first never reached them.
 */
const dueKey = sql`coalesce(${activities.scheduledAt}, '9999-12-31T00:00:00Z'::timestamptz)`;
const dueOrder = [asc(dueKey), asc(activities.id)];
const afterDue = sql`(${dueKey}, ${activities.id}) > (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)`;
// `done = false` written out, not a parameter: only then can a generic plan use the partial
// to-do index (WHERE NOT done); with `done = $3` PostgreSQL re-planned on every call.
const openOf = [eq(activities.responsibleId, sql.placeholder('responsibleId')), sql`${activities.done} = false`];

type OpenTodoParams = { workspaceId: string; viewerId: string; responsibleId: string };
// The start page: one salesperson's open activities, unfiltered, first page and the pages after.
const openTodoFirst = preparedPage('todo_open_first', (db, limit, name) =>
  selectLiveActivities(db, placeholderScope, ...openOf)
    .orderBy(...dueOrder)
    .limit(limit)
    .prepare(name),
);
const openTodoAfter = preparedPage('todo_open_after', (db, limit, name) =>
  selectLiveActivities(db, placeholderScope, ...openOf, afterDue)
    .orderBy(...dueOrder)
    .limit(limit)
    .prepare(name),
);

export interface DueFilter {
  responsibleId: string | null;
  typeId?: string;
  salesProjectId?: string;
  campaignId?: string;
  includeDone: boolean;
  range: Range;
  limit: number;
  after: Cursor;
}

/** Open and (optionally) done activities, oldest due first, keyset paged on (scheduledAt, id). */
export async function listDue(db: Database, actor: Actor, f: DueFilter): Promise<ActivityRow[]> {
  const isStartPage =
    f.responsibleId && !f.typeId && !f.salesProjectId && !f.campaignId && !f.includeDone && !f.range.from && !f.range.before && f.limit <= PREPARED_PAGE_MAX;
  // A restricted caller sees all of their own activities (each one's customer is visible through
  // it), so their own start page is the prepared one; anyone else's is filtered per call.
  const prepared = isStartPage && (!actor.restricted || f.responsibleId === actor.userId);
  if (prepared && f.responsibleId) {
    const params: OpenTodoParams = { workspaceId: actor.workspaceId, viewerId: actor.userId, responsibleId: f.responsibleId };
    const found = f.after
      ? await openTodoAfter(db, f.limit + 1, { ...params, afterAt: f.after[0], afterId: f.after[1] })
      : await openTodoFirst(db, f.limit + 1, params);
    return found as ActivityRow[];
  }
  const conditions = filterConditions({
    responsibleId: f.responsibleId ?? undefined,
    typeId: f.typeId,
    salesProjectId: f.salesProjectId,
    campaignId: f.campaignId,
    range: f.range,
    done: f.includeDone ? undefined : false,
  });
  if (f.after) {
    const [at, id] = f.after as [string, string];
    conditions.push(sql`(${dueKey}, ${activities.id}) > (${new Date(at)}, ${id}::uuid)`);
  }
  const result = await selectLiveActivities(db, actor, ...conditions)
    .orderBy(...dueOrder)
    .limit(f.limit + 1);
  return result as ActivityRow[];
}

/** Ids of the whole chain an activity belongs to, walking back to its first link and forward to its last. */
export async function chainIds(db: Queryable, actor: Actor, id: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    sql`WITH RECURSIVE
      back(id, previous_id, depth) AS (
        SELECT a.id, a.previous_activity_id, 0 FROM ${activities} a WHERE a.id = ${id} AND a.workspace_id = ${actor.workspaceId}
        UNION ALL
        SELECT a.id, a.previous_activity_id, back.depth + 1 FROM ${activities} a JOIN back ON a.id = back.previous_id
        WHERE a.workspace_id = ${actor.workspaceId} AND back.depth < 10000
      ),
      forward(id, depth) AS (
        SELECT a.id, 0 FROM ${activities} a WHERE a.id = ${id} AND a.workspace_id = ${actor.workspaceId}
        UNION ALL
        SELECT a.id, forward.depth + 1 FROM ${activities} a JOIN forward ON a.previous_activity_id = forward.id
        WHERE a.workspace_id = ${actor.workspaceId} AND forward.depth < 10000
      )
    SELECT id::text AS id FROM back UNION SELECT id::text FROM forward`,
  );
  return found.map((r) => r.id);
}

export async function insertActivity(db: Queryable, actor: Actor, values: ActivityValues): Promise<string> {
  const [row] = await db
    .insert(activities)
    .values({ ...values, workspaceId: actor.workspaceId })
    .returning({ id: activities.id });
  return row.id;
}

export async function updateActivity(db: Queryable, actor: Actor, id: string, values: Partial<ActivityValues>) {
  await db
    .update(activities)
    .set({ ...values, updatedAt: new Date() })
    .where(visibleTo(actor, activities, eq(activities.id, id)));
}

export async function deleteActivity(db: Queryable, actor: Actor, id: string) {
  await db.delete(activities).where(visibleTo(actor, activities, eq(activities.id, id)));
}

/** An activity's previous link, read without a lock (null: no such activity in the workspace). */
export async function findChainLink(db: Queryable, actor: Actor, id: string): Promise<{ previousActivityId: string | null } | null> {
  const [row] = await db
    .select({ previousActivityId: activities.previousActivityId })
    .from(activities)
    .where(visibleTo(actor, activities, eq(activities.id, id)));
  return row ?? null;
}

/**
 * Locks an activity's row for the rest of the transaction; answers its previous link as it is now
 * (null: it is gone). `update` to delete it or change its links, `no key update` to change it.
 */
export async function lockActivity(
  db: Queryable,
  actor: Actor,
  id: string,
  strength: 'update' | 'no key update' = 'update',
): Promise<{ previousActivityId: string | null } | null> {
  const [row] = await db
    .select({ previousActivityId: activities.previousActivityId })
    .from(activities)
    .where(visibleTo(actor, activities, eq(activities.id, id)))
    .for(strength);
  return row ?? null;
}

/** Locks the activity that follows this one in its chain, if any, and answers its id. */
export async function lockNextActivity(db: Queryable, actor: Actor, id: string): Promise<string | null> {
  const [row] = await db
    .select({ id: activities.id })
    .from(activities)
    .where(visibleTo(actor, activities, eq(activities.previousActivityId, id)))
    .for('update');
  return row?.id ?? null;
}

/** Re-links the follow-up of a removed activity to the removed one's previous, so the chain stays whole. */
export async function relinkChain(db: Queryable, actor: Actor, nextId: string, previousId: string | null) {
  await db
    .update(activities)
    .set({ previousActivityId: previousId })
    .where(visibleTo(actor, activities, eq(activities.id, nextId)));
}

export async function setAdditionalCustomers(db: Queryable, activityId: string, customerIds: string[]) {
  await db.delete(activityCustomers).where(eq(activityCustomers.activityId, activityId));
  if (customerIds.length > 0) await db.insert(activityCustomers).values([...new Set(customerIds)].map((customerId) => ({ activityId, customerId })));
}

export async function setAdditionalUsers(db: Queryable, activityId: string, userIds: string[]) {
  await db.delete(activityUsers).where(eq(activityUsers.activityId, activityId));
  if (userIds.length > 0) await db.insert(activityUsers).values([...new Set(userIds)].map((userId) => ({ activityId, userId })));
}

export async function listTypes(db: Queryable, actor: Actor) {
  return db
    .select({
      id: activityTypes.id,
      key: activityTypes.key,
      name: activityTypes.name,
      nameIsDefault: activityTypes.nameIsDefault,
      icon: activityTypes.icon,
      color: activityTypes.color,
      active: activityTypes.active,
      order: activityTypes.order,
      completionSetsCustomerStatus: activityTypes.completionSetsCustomerStatus,
    })
    .from(activityTypes)
    .where(visibleTo(actor, activityTypes))
    .orderBy(asc(activityTypes.order), asc(activityTypes.name));
}

export async function listStatuses(db: Queryable, actor: Actor) {
  return db
    .select({
      id: activityStatuses.id,
      key: activityStatuses.key,
      name: activityStatuses.name,
      nameIsDefault: activityStatuses.nameIsDefault,
      closed: activityStatuses.closed,
      active: activityStatuses.active,
      order: activityStatuses.order,
    })
    .from(activityStatuses)
    .where(visibleTo(actor, activityStatuses))
    .orderBy(asc(activityStatuses.order), asc(activityStatuses.name));
}

export async function findStatus(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: activityStatuses.id, key: activityStatuses.key, closed: activityStatuses.closed })
    .from(activityStatuses)
    .where(visibleTo(actor, activityStatuses, eq(activityStatuses.id, id)));
  return row ?? null;
}

/** A status by its stable key (scheduled, done, …); null if the workspace removed it. */
export async function findStatusIdByKey(db: Queryable, actor: Actor, key: string): Promise<string | null> {
  const [row] = await db
    .select({ id: activityStatuses.id })
    .from(activityStatuses)
    .where(visibleTo(actor, activityStatuses, eq(activityStatuses.key, key), eq(activityStatuses.active, true)));
  return row?.id ?? null;
}

export interface References {
  typeId?: string;
  statusId?: string | null;
  customerId?: string | null;
  contactId?: string | null;
  additionalCustomerIds?: string[];
  responsibleId?: string;
  additionalUserIds?: string[];
}

async function liveCustomerIds(db: Queryable, actor: Actor, ids: string[]): Promise<string[]> {
  const found = await db
    .select({ id: customers.id })
    .from(customers)
    .where(visibleTo(actor, customers, inArray(customers.id, ids), liveCustomer()));
  return found.map((r) => r.id);
}

/** A live contact's customer, or null when there is no such contact in the workspace. */
export async function customerOfContact(db: Queryable, actor: Actor, contactId: string): Promise<string | null> {
  const [row] = await db
    .select({ customerId: contacts.customerId })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(visibleTo(actor, contacts, eq(contacts.id, contactId), liveContact()));
  return row?.customerId ?? null;
}

export async function liveCustomerExists(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  return (await liveCustomerIds(db, actor, [id])).length > 0;
}

export async function liveContactExists(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  return (await customerOfContact(db, actor, id)) !== null;
}

/** The customer-status rule of an activity's type, when it has one and the activity has a customer. */
export async function findCompletionRule(db: Queryable, actor: Actor, activityId: string): Promise<{ customerId: string; toStatus: string } | null> {
  const [row] = await db
    .select({ customerId: activities.customerId, toStatus: activityTypes.completionSetsCustomerStatus })
    .from(activities)
    .innerJoin(activityTypes, eq(activityTypes.id, activities.typeId))
    .where(visibleTo(actor, activities, eq(activities.id, activityId)));
  return row?.customerId && row.toStatus ? { customerId: row.customerId, toStatus: row.toStatus } : null;
}
