import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { SortOrder, TodoSort } from '../../../shared/todo';
import { activities, activityTypes, customers } from '../../db/schema';
import { type CursorPart, decodeCursor, encodeCursor } from '../../http/cursor';
import { invalid } from '../../http/errors';
import { iso } from '../../http/serialize';
import { shownName, standardNames } from '../workspaces/default-lists';

/** What a sort key of a row is read from: the columns the to-do's rows carry. */
export interface SortableRow {
  id: string;
  done: boolean;
  scheduledAt: Date | null;
  updatedAt: Date;
  customerName: string | null;
  typeName: string;
  /** With these, a standard type's name is the reader's (see shownName); without, the name as stored. */
  typeKey?: string;
  typeNameIsDefault?: boolean;
}

interface KeyPart {
  sql: SQL | PgColumn;
  part: CursorPart;
  /** The row's value as the cursor keeps it. */
  value: (row: SortableRow) => string;
  /** The cursor's value as the query compares it. */
  bind: (value: string) => SQL;
}

const instant = (column: PgColumn | SQL, value: (row: SortableRow) => Date): KeyPart => ({
  sql: column,
  part: 'instant',
  value: (row) => iso(value(row)),
  bind: (v) => sql`${new Date(v)}::timestamptz`,
});
const text = (expression: SQL, value: (row: SortableRow) => string): KeyPart => ({ sql: expression, part: 'text', value, bind: (v) => sql`${v}::text` });
/**
 * The names sorted by, as look-ups by key rather than joins: the page's ids are chosen on
 * activities alone (see listTodoRows), where a join made PostgreSQL hash every customer and contact
 * of the workspace to sort a few hundred activities (132 ms at 100,000 activities).
 */
const customerName = sql`(SELECT sc.name FROM ${customers} sc WHERE sc.id = ${activities.customerId})`;
/** A type's name as the reader sees it (standard names in their language), so the sort follows what they read. */
function typeKey(locale: string): KeyPart {
  const names = JSON.stringify(standardNames('activity_type', locale));
  const typeName = sql`(SELECT CASE WHEN st.name_is_default THEN coalesce(${names}::jsonb ->> st.key, st.name) ELSE st.name END FROM ${activityTypes} st WHERE st.id = ${activities.typeId})`;
  return text(typeName, (r) => shownName('activity_type', { key: r.typeKey ?? '', name: r.typeName, nameIsDefault: r.typeNameIsDefault ?? false }, locale));
}
/**
 * Undated tasks (no deadline) sort after every dated activity: their key is a date later than any
 * other (the expression migration 0022 indexes), so keyset pages stay a plain row comparison.
 */
export const UNDATED_KEY = new Date('9999-12-31T00:00:00Z');
const dueKey = sql`coalesce(${activities.scheduledAt}, '9999-12-31T00:00:00Z'::timestamptz)`;
const due = instant(dueKey, (r) => r.scheduledAt ?? UNDATED_KEY);
const id: KeyPart = { sql: activities.id, part: 'id', value: (r) => r.id, bind: (v) => sql`${v}::uuid` };

/**
 * Each sort's key, most significant first, always ending in the id so ties have one order and
 * keyset pages neither repeat nor skip a row. Activities without a customer sort after those with
 * one (a flag first, since NULL compares as nothing in a row comparison); within a customer or a
 * type, the earliest due comes first.
 */
const keys: Record<Exclude<TodoSort, 'type' | 'customer'>, KeyPart[]> = {
  due: [due, id],
  // Cursors carry milliseconds; PostgreSQL's now() has microseconds: compared and ordered as the cursor has it.
  updated: [instant(sql`date_trunc('milliseconds', ${activities.updatedAt})`, (r) => r.updatedAt), id],
};
const customerKeys = (name: SQL): KeyPart[] => [
  text(sql`(CASE WHEN ${name} IS NULL THEN '1' ELSE '0' END)`, (r) => (r.customerName === null ? '1' : '0')),
  text(sql`coalesce(${name}, '')`, (r) => r.customerName ?? ''),
  due,
  id,
];

export interface SortSpec {
  sort: TodoSort;
  order: SortOrder;
  /** Done activities listed too: they follow every open one, whatever the order. */
  includeDone: boolean;
  /** The reader's language, for sorting by type (English when not given). */
  locale?: string;
}

/**
 * A sort's key parts. `name` is how the customer's name is read: by default a look-up per use, so
 * the flag and the name of the customer sort look the customer up twice for every row (and a
 * cursor's comparison twice more); a query that has looked it up once passes its column instead.
 */
function keysOf(spec: SortSpec, name: SQL = customerName): KeyPart[] {
  if (spec.sort === 'type') return [typeKey(spec.locale ?? 'en'), due, id];
  return spec.sort === 'customer' ? customerKeys(name) : keys[spec.sort];
}

/** ORDER BY for a sort: open before done, then the key in the order asked for. */
export function orderBy(spec: SortSpec, name?: SQL): SQL[] {
  const direction = spec.order === 'asc' ? asc : desc;
  const key = keysOf(spec, name).map((k) => direction(k.sql));
  return spec.includeDone ? [asc(activities.done), ...key] : key;
}

const tag = (spec: SortSpec) => `${spec.sort}.${spec.order}`;

/** The cursor after `row`: which sort it belongs to, whether the row was done, and its key. */
export function cursorOf(spec: SortSpec, row: SortableRow): string {
  return encodeCursor([tag(spec), row.done ? '1' : '0', ...keysOf(spec).map((k) => k.value(row))]);
}

export interface After {
  done: boolean;
  values: string[];
}

/** A cursor this sort handed out, or 400 naming `cursor` (one of another sort or order is refused, not misread). */
export function readCursor(spec: SortSpec, cursor: string | undefined): After | null {
  const parts: CursorPart[] = ['text', 'text', ...keysOf(spec).map((k) => k.part)];
  const values = decodeCursor(cursor, parts) as string[] | null;
  if (!values) return null;
  if (values[0] !== tag(spec) || (values[1] !== '0' && values[1] !== '1') || (values[1] === '1' && !spec.includeDone)) {
    throw invalid({ cursor: 'Not a cursor from this list in this order' }, 'cursor');
  }
  return { done: values[1] === '1', values: values.slice(2) };
}

/** Rows after the cursor's in the sort's order. */
export function afterCondition(spec: SortSpec, after: After, name?: SQL): SQL {
  const key = keysOf(spec, name);
  const columns = sql.join(
    key.map((k) => sql`${k.sql}`),
    sql`, `,
  );
  const values = sql.join(
    key.map((k, i) => k.bind(after.values[i])),
    sql`, `,
  );
  const beyond = spec.order === 'asc' ? sql`(${columns}) > (${values})` : sql`(${columns}) < (${values})`;
  if (!spec.includeDone) return beyond;
  return sql`(${activities.done} > ${after.done} OR (${activities.done} = ${after.done} AND ${beyond}))`;
}
