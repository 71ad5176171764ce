import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { CustomerSort } from '../../../shared/customers';
import type { Queryable } from '../../db/client';
import { literalLimit, PREPARED_PAGE_MAX, runNamedByText } from '../../db/prepared';
import { contacts, customerCategories, customers, customerStatuses } from '../../db/schema';
import { customerEditable, inForm } from '../../access/visibility';
import { type Actor, liveCustomer, trashedCustomer, visibleTo } from '../../db/scope';
import { foldedText, matchesFolded } from '../../db/search';
import type { CursorPart } from '../../http/cursor';
import { CONTACT_RANK, phoneDigits, searchPatterns } from './customer-match';
import { type CustomerRow, selectCustomers } from './customers.repository';

export interface CustomerFilter {
  q?: string;
  status?: string;
  responsibleId?: string;
  industryId?: string;
  categoryId?: string;
  deleted?: boolean;
  template?: boolean;
  /** The order; `rank` (best matches first) only with `q`. */
  sort: CustomerSort | 'rank';
  order: 'asc' | 'desc';
  limit: number;
  after: (string | number | null)[] | null;
}

/** One key of the list's order: the expression sorted on, its value as the cursor keeps it, and its cursor type. */
interface SortKey {
  expr: SQL;
  value: SQL;
  part: CursorPart;
}

/**
 * How well a folded field matches: 0 exact, 1 prefix, 2 a word's start, 3 anywhere; null when it
 * does not. Each better kind also contains the words, so the one LIKE is asked first: a field that
 * does not match (most of them, for most matches) costs no regular expression.
 */
function kindRank(column: SQL, q: string): SQL {
  const p = searchPatterns(q);
  return sql`CASE WHEN ${column} LIKE ${p.contains} THEN CASE WHEN ${column} = ${p.exact} THEN 0
    WHEN ${column} LIKE ${p.prefix} THEN 1 WHEN ${column} ~ ${p.wordStart} THEN 2 ELSE 3 END END`;
}

/** A phone typed with other spaces or dashes than stored still matches by its digits. */
function phoneRank(q: string): SQL {
  const digits = phoneDigits(q);
  // Phones hold no letters to fold: compared as stored.
  const text = kindRank(sql`${customers.phone}`, q);
  if (!digits) return text;
  const stored = sql`regexp_replace(${customers.phone}, '[^0-9]', '', 'g')`;
  return sql`coalesce(${text}, CASE WHEN ${stored} = ${digits} THEN 0 WHEN ${stored} LIKE ${`${digits}%`} THEN 1 WHEN ${stored} LIKE ${`%${digits}%`} THEN 3 END)`;
}

/** Contacts are one folded line each (first name, last name, email, phone): a line's start is a first-name prefix. */
function contactRank(q: string): SQL {
  const p = searchPatterns(q);
  const text = customers.contactSearchText;
  return sql`CASE WHEN ${matchesFolded(text, q, 'folded')} THEN CASE WHEN ${text} ~ ${p.lineStart} THEN 1 WHEN ${text} ~ ${p.wordStart} THEN 2 ELSE 3 END END`;
}

/** The search rank (see customer-match.ts): the best field wins; null for a row no single field matches. */
export function searchRank(q: string): SQL<number | null> {
  // The name folded once at write time (name_folded); emails are stored in lower case.
  return sql<number | null>`coalesce(${kindRank(sql`${customers.nameFolded}`, q)}, 4 + ${kindRank(sql`${customers.email}`, q)},
    8 + ${phoneRank(q)}, 12 + ${contactRank(q)})`;
}

const utcText = (column: PgColumn) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const key = (expr: SQL, part: CursorPart, value: SQL = expr): SortKey => ({ expr, value, part });
const nameKey = () => key(sql`${customers.name}`, 'text');

/** The keys of each order; the row id always ends them, so equal names page without gaps or repeats. */
function sortKeys(f: CustomerFilter): SortKey[] {
  switch (f.sort) {
    case 'rank':
      return [key(searchRank(f.q ?? ''), 'int'), nameKey()];
    case 'status': {
      // The status's place in the settings list (lead, prospect, customer, former), not its key's spelling.
      const position = sql`(SELECT s.sort_order FROM ${customerStatuses} s WHERE s.workspace_id = ${customers.workspaceId} AND s.key = ${customers.status})`;
      return [key(position, 'int'), nameKey()];
    }
    case 'city': {
      // Customers without a city last, in either direction (the flag flips with the order).
      const missing = f.order === 'asc' ? sql`(${customers.city} IS NULL)::int` : sql`(${customers.city} IS NOT NULL)::int`;
      return [key(missing, 'int'), key(sql`coalesce(${customers.city}, '')`, 'text'), nameKey()];
    }
    case 'updated':
      return [key(sql`${customers.updatedAt}`, 'instant', utcText(customers.updatedAt))];
    case 'created':
      return [key(sql`${customers.createdAt}`, 'instant', utcText(customers.createdAt))];
    default:
      return [nameKey()];
  }
}

const castOf: Record<CursorPart, (value: string | number | null) => SQL> = {
  int: (v) => sql`${v}::int`,
  text: (v) => sql`${v}::text`,
  instant: (v) => sql`${v}::timestamptz`,
  id: (v) => sql`${v}::uuid`,
};

/** The cursor's parts for an order (its keys, then the id). */
export const cursorPartsOf = (f: Pick<CustomerFilter, 'sort' | 'order' | 'q'>): CursorPart[] => [
  ...sortKeys({ ...f, limit: 0, after: null }).map((k) => k.part),
  'id',
];

/** Where `q` may match: the customer's own fields and its contacts, or (the ranked search's first pass) its own fields only. */
type MatchedIn = 'any' | 'own';

function filterConditions(f: CustomerFilter, rankFilter = true, matchedIn: MatchedIn = 'any'): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [f.deleted ? trashedCustomer() : liveCustomer()];
  // Template customers (issue 17) are kept out of the lists unless asked for; the trash shows every customer.
  if (!f.deleted) conditions.push(f.template ? sql`${customers.isTemplate}` : sql`NOT ${customers.isTemplate}`);
  if (f.q && matchedIn === 'own') conditions.push(matchesFolded(customers.searchText, f.q, 'folded'));
  if (f.q && matchedIn === 'any') {
    // The customer's own fields or one of its live contacts (contact_search_text, kept by
    // triggers): two columns of the same row, so the plan ORs two trigram probes and never looks
    // contacts up per customer. A row only a span across two fields matches has no rank: left out.
    conditions.push(sql`(${matchesFolded(customers.searchText, f.q, 'folded')} OR ${matchesFolded(customers.contactSearchText, f.q, 'folded')})`);
    if (rankFilter) conditions.push(sql`${searchRank(f.q)} IS NOT NULL`);
  }
  if (f.status) conditions.push(sql`${customers.status} = ${f.status}`);
  if (f.responsibleId) conditions.push(sql`${customers.responsibleId} = ${f.responsibleId}`);
  if (f.industryId) conditions.push(sql`${customers.industryId} = ${f.industryId}`);
  if (f.categoryId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${customerCategories} WHERE ${customerCategories.customerId} = ${customers.id} AND ${customerCategories.categoryId} = ${f.categoryId})`,
    );
  }
  return conditions;
}

export type ListedCustomerRow = CustomerRow & { rank: number | null; sortKey: string; editable: boolean };

/**
 * Keyset paging on (the order's keys…, id): by name, status, city, last change or creation, or
 * with `q` by rank then name. The trash (deleted) is most recently deleted first.
 */
export async function listCustomers(db: Queryable, actor: Actor, filter: CustomerFilter): Promise<ListedCustomerRow[]> {
  // Every pattern below is built from the words folded once (see foldedText), not folded in SQL.
  const f = filter.q ? { ...filter, q: await foldedText(db, filter.q) } : filter;
  const ranked = Boolean(filter.q) && f.sort === 'rank' && !f.deleted;
  const conditions = filterConditions(f, !ranked);
  const keys = f.deleted ? [key(sql`${customers.deletedAt}`, 'instant', utcText(customers.deletedAt))] : sortKeys(f);
  const descending = f.deleted || f.order === 'desc';
  const all = [...keys, key(sql`${customers.id}`, 'id')];
  if (f.after && !ranked) {
    const left = sql.join(
      all.map((k) => k.expr),
      sql`, `,
    );
    const right = sql.join(
      all.map((k, i) => castOf[k.part](f.after?.[i] ?? null)),
      sql`, `,
    );
    conditions.push(descending ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`);
  }
  const direction = descending ? sql`DESC` : sql`ASC`;
  const order = all.map((k) => sql`${k.expr} ${direction}`);
  // A page of a sorted list: a few hundred rows tested for 50 shown, each with a few index lookups;
  // whether the caller may change each row comes in the same statement (one round trip, like a manager's).
  const probing = inForm(actor, 'probe');
  const select = selectCustomers(db, {
    rank: f.q ? searchRank(f.q) : sql<number | null>`NULL::int`,
    editable: sql<boolean>`${customerEditable(probing, customers.id)}`,
    sortKey: sql<string>`json_build_array(${sql.join([...keys.map((k) => k.value), sql`${customers.id}`], sql`, `)})::text`,
  });
  // Named statements (planned once per connection) for pages up to the usual size; larger ones are planned per call.
  // Not a search: its plan depends on the words (a generic plan read every customer: 4 answers a second at 1M).
  const named = f.limit < PREPARED_PAGE_MAX && !f.q;
  const limit = named ? literalLimit(f.limit + 1) : f.limit + 1;
  if (ranked) {
    const page = rankedPageIds(actor.restricted ? probing : actor, f, descending, limit);
    return (await select.where(and(eq(customers.workspaceId, actor.workspaceId), inArray(customers.id, page))).orderBy(...order)) as ListedCustomerRow[];
  }
  if (!actor.restricted) {
    const query = select
      .where(visibleTo(actor, customers, ...conditions))
      .orderBy(...order)
      .limit(limit);
    return (await (named ? runNamedByText(query, 'customer_list') : query)) as ListedCustomerRow[];
  }
  // A restricted viewer sees about one customer in ten: the page's ids first, tested from the index
  // alone (customers_ws_live_name_idx holds the responsible; migration 0042) with the rule's
  // per-row form, then those rows read. The ids come from the rule; the rows are of the workspace.
  const page = db
    .select({ id: customers.id })
    .from(customers)
    .where(visibleTo(probing, customers, ...conditions))
    .orderBy(...order)
    .limit(limit);
  const query = select.where(and(eq(customers.workspaceId, actor.workspaceId), inArray(customers.id, page))).orderBy(...order);
  return (await (named ? runNamedByText(query, 'customer_list') : query)) as ListedCustomerRow[];
}

/**
 * The ids of a page of a search by rank. The rank (several patterns on four fields, regular
 * expressions among them) is worked out once per match in a fenced subquery; written as a filter, a
 * sort key and a column it was worked out three times for every match, and each match was decorated
 * before the page was cut: a name found in 8,000 of 100,000 customers took 160 ms.
 */
function rankedPageIds(viewer: Actor, f: CustomerFilter, descending: boolean, limit: number): SQL {
  const everyMatch = rankedPage(viewer, f, filterConditions(f, false), descending, limit);
  // A phone typed with spaces can rank by its digits where the search text does not match it.
  if (descending || phoneDigits(f.q ?? '')) return everyMatch;
  // Matches through a contact rank after every match of the customer's own fields (CONTACT_RANK),
  // and a common surname is in many contacts: "ostergaa" in 8,000 of 100,000 customers, 6,700 of
  // them through a contact, all ranked to keep 51 (42 ms). So the page is first looked for among
  // the matches of the customer's own fields (their search text holds name, email and phone, so
  // every row ranked below CONTACT_RANK is among them); only when those do not fill it is every
  // match ranked, as before. The one-time filter keeps that second pass from running at all.
  const own = rankedPage(viewer, f, filterConditions(f, false, 'own'), false, limit, sql` AND s.rank < ${CONTACT_RANK}`);
  const ownFull = sql`(SELECT count(*) FROM own_page) = ${limit}`;
  const rest = rankedPage(viewer, f, [...filterConditions(f, false), sql`NOT ${ownFull}`], false, limit);
  return sql`(WITH own_page AS MATERIALIZED ${own} SELECT id FROM own_page WHERE ${ownFull} UNION ALL ${rest})`;
}

/** The first `limit` matches by rank, name and id (after the cursor), the rank worked out once per row in a fenced subquery. */
function rankedPage(viewer: Actor, f: CustomerFilter, conditions: (SQL | undefined)[], descending: boolean, limit: number, also = sql``): SQL {
  const direction = descending ? sql`DESC` : sql`ASC`;
  const after = f.after
    ? sql` AND (s.rank, s.name, s.id) ${descending ? sql`<` : sql`>`} (${castOf.int(f.after[0] ?? null)}, ${castOf.text(f.after[1] ?? null)}, ${castOf.id(f.after[2] ?? null)})`
    : sql``;
  return sql`(SELECT s.id FROM (SELECT ${customers.id} AS id, ${customers.name} AS name, ${searchRank(f.q ?? '')} AS rank
      FROM ${customers} WHERE ${visibleTo(viewer, customers, ...conditions)} OFFSET 0) s
    WHERE s.rank IS NOT NULL${also}${after} ORDER BY s.rank ${direction}, s.name ${direction}, s.id ${direction} LIMIT ${limit})`;
}

/** The first live contact of each customer that matches `q` (the name shown for a match through a contact). */
export async function matchingContactNames(db: Queryable, actor: Actor, customerIds: string[], q: string): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const found = await db
    .selectDistinctOn([contacts.customerId], { customerId: contacts.customerId, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(
      visibleTo(
        actor,
        contacts,
        sql`${contacts.customerId} IN (${sql.join(
          customerIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
        sql`${contacts.deletedAt} IS NULL`,
        matchesFolded(contacts.searchText, q),
      ),
    )
    .orderBy(contacts.customerId, contacts.lastName, contacts.firstName, contacts.id);
  return new Map(found.map((c) => [c.customerId, `${c.firstName} ${c.lastName}`.trim()]));
}
