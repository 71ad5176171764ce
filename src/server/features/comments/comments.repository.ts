import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import {
  activities,
  activityCommentKeywords,
  activityComments,
  customerStatusHistory,
  customerStatuses,
  customers,
  statusKeywords,
  users,
} from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';

export interface CommentRow {
  id: string;
  activityId: string;
  authorId: string | null;
  authorName: string | null;
  text: string;
  checks: Record<string, boolean>;
  keywordIds: string[];
  customerStatus: string | null;
  createdAt: Date;
}

/** Keywords of each comment, and the status it set (the status history names the comment). */
const keywordIdsOf = sql<string[]>`coalesce((SELECT array_agg(k.keyword_id::text ORDER BY k.keyword_id) FROM ${activityCommentKeywords} k
  WHERE k.comment_id = ${activityComments.id}), '{}')`;
const statusSetBy = sql<string | null>`(SELECT h.to_status FROM ${customerStatusHistory} h WHERE h.comment_id = ${activityComments.id} LIMIT 1)`;

/** The comments of one activity, oldest first (the caller has checked the activity is visible). */
export async function listComments(db: Queryable, actor: Actor, activityId: string, onlyId?: string): Promise<CommentRow[]> {
  return db
    .select({
      id: activityComments.id,
      activityId: activityComments.activityId,
      authorId: activityComments.authorId,
      authorName: users.name,
      text: activityComments.text,
      checks: activityComments.checks,
      keywordIds: keywordIdsOf,
      customerStatus: statusSetBy,
      createdAt: activityComments.createdAt,
    })
    .from(activityComments)
    .leftJoin(users, eq(users.id, activityComments.authorId))
    .where(
      and(
        eq(activityComments.workspaceId, actor.workspaceId),
        eq(activityComments.activityId, activityId),
        onlyId ? eq(activityComments.id, onlyId) : undefined,
      ),
    )
    .orderBy(asc(activityComments.createdAt), asc(activityComments.id));
}

export async function insertComment(db: Queryable, actor: Actor, values: { activityId: string; text: string; checks: Record<string, boolean> }) {
  const [row] = await db
    .insert(activityComments)
    .values({ ...values, workspaceId: actor.workspaceId, authorId: actor.userId })
    .returning({ id: activityComments.id, createdAt: activityComments.createdAt });
  return row;
}

export async function insertKeywords(db: Queryable, actor: Actor, comment: { id: string; activityId: string; at: Date }, keywordIds: string[]) {
  if (keywordIds.length === 0) return;
  await db
    .insert(activityCommentKeywords)
    .values(
      keywordIds.map((keywordId) => ({ workspaceId: actor.workspaceId, commentId: comment.id, activityId: comment.activityId, at: comment.at, keywordId })),
    );
}

/** Which of these keyword ids are the workspace's active keywords; locked so a delete cannot slip in between. */
export async function activeKeywordIds(db: Queryable, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: statusKeywords.id })
    .from(statusKeywords)
    .where(and(eq(statusKeywords.workspaceId, actor.workspaceId), inArray(statusKeywords.id, ids), eq(statusKeywords.active, true)))
    .for('key share');
  return new Set(rows.map((r) => r.id));
}

export async function keywordExists(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: statusKeywords.id })
    .from(statusKeywords)
    .where(and(eq(statusKeywords.workspaceId, actor.workspaceId), eq(statusKeywords.id, id)));
  return Boolean(row);
}

export async function customerStatusExists(db: Queryable, actor: Actor, key: string): Promise<boolean> {
  const [row] = await db
    .select({ key: customerStatuses.key })
    .from(customerStatuses)
    .where(and(eq(customerStatuses.workspaceId, actor.workspaceId), eq(customerStatuses.key, key)));
  return Boolean(row);
}

/**
 * The customers whose activities got the keyword in [from, before): from the keyword's period
 * index to the activities the caller may see (private ones, restricted visibility), customers
 * not in the trash, by name.
 */
export async function customersWithKeyword(
  db: Queryable,
  actor: Actor,
  keywordId: string,
  range: { from: Date; before: Date },
  page: { limit: number; after: [string, string] | null },
) {
  const after = page.after ? sql`(${customers.name}, ${customers.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;
  return db
    .select({
      customerId: customers.id,
      customerName: customers.name,
      dates: sql<
        string[]
      >`array_agg(to_char(${activityCommentKeywords.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') ORDER BY ${activityCommentKeywords.at})`,
    })
    .from(activityCommentKeywords)
    .innerJoin(activities, eq(activities.id, activityCommentKeywords.activityId))
    .innerJoin(customers, eq(customers.id, activities.customerId))
    .where(
      and(
        eq(activityCommentKeywords.keywordId, keywordId),
        gte(activityCommentKeywords.at, range.from),
        lt(activityCommentKeywords.at, range.before),
        visibleTo(actor, activities),
        visibleTo(actor, customers, liveCustomer(), after),
      ),
    )
    .groupBy(customers.id, customers.name)
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(page.limit + 1);
}

/** How many comments picked the keyword (a keyword in use is not deleted). */
export async function commentsWithKeyword(db: Queryable, keywordId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(activityCommentKeywords).where(eq(activityCommentKeywords.keywordId, keywordId));
  return Number(row.n);
}
