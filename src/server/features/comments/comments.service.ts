import type { Comment, CommentCreate, KeywordCustomer, KeywordPeriodQuery } from '../../../shared/comments';
import type { Reason } from '../../../shared/reasons';
import { assertCan, assertEditable } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';
import { invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import { findActivityRow } from '../activities/activities.service';
import { applyStatusRule } from '../customers/customers.service';
import { recordActivity } from '../history/record';
import { queryRange } from '../todo/buckets';
import { checksOfComment, distinct } from './comments.domain';
import * as repo from './comments.repository';

type ActivityRow = Awaited<ReturnType<typeof findActivityRow>>;

const toComment = (row: repo.CommentRow): Comment => ({ ...row, createdAt: iso(row.createdAt) });

/** The thread of an activity the caller may see (404 otherwise), oldest first. */
export async function listComments(db: Database, actor: Actor, activityId: string) {
  assertCan(actor, 'read', { kind: 'activity' });
  await findActivityRow(db, actor, activityId);
  return { items: (await repo.listComments(db, actor, activityId)).map(toComment), nextCursor: null };
}

/**
 * A comment with its keywords and, when asked, the customer's new status, in one transaction: the
 * status history names the comment, and the change log shows the comment on the activity.
 */
export async function addComment(db: Database, actor: Actor, activityId: string, input: CommentCreate): Promise<Comment> {
  assertCan(actor, 'change', { kind: 'activity' });
  const seen = await findActivityRow(db, actor, activityId);
  await assertEditable(db, actor, { kind: 'activity', id: activityId });
  if (input.customerStatus !== undefined && seen.customerId) {
    assertCan(actor, 'change', { kind: 'customer' });
    await assertEditable(db, actor, { kind: 'customer', id: seen.customerId });
  }
  return db.transaction(async (tx) => {
    const activity = await findActivityRow(tx, actor, activityId);
    const keywordIds = distinct(input.keywordIds ?? []);
    await checkInput(tx, actor, activity, keywordIds, input.customerStatus);
    const text = input.text;
    const comment = await repo.insertComment(tx, actor, { activityId, text, checks: checksOfComment(activity, input.checks) });
    await repo.insertKeywords(tx, actor, { id: comment.id, activityId, at: comment.createdAt }, keywordIds);
    if (input.customerStatus !== undefined && activity.customerId) {
      await applyStatusRule(tx, actor, activity.customerId, input.customerStatus, activityId, { reason: 'comment', commentId: comment.id });
    }
    const about = { customerId: activity.customerId, subject: activity.subject };
    await recordActivity(tx, actor, 'update', activityId, { ...about, comment: null }, { ...about, comment: text });
    const [row] = await repo.listComments(tx, actor, activityId, comment.id);
    return toComment(row);
  });
}

/** 400 naming each field that refers to nothing: keywords not in the active list, a status that does not exist. */
async function checkInput(tx: Queryable, actor: Actor, activity: ActivityRow, keywordIds: string[], status: string | undefined) {
  const fields: Record<string, string> = {};
  const reasons: Record<string, Reason> = {};
  const active = await repo.activeKeywordIds(tx, actor, keywordIds);
  const missing = keywordIds.filter((id) => !active.has(id));
  if (missing.length > 0) {
    fields.keywordIds = `No such keyword: ${missing.join(', ')}`;
    reasons.keywordIds = { code: 'not_found_ref' };
  }
  if (status !== undefined && !activity.customerId) {
    fields.customerStatus = 'The activity has no customer';
    reasons.customerStatus = { code: 'no_customer' };
  } else if (status !== undefined && !(await repo.customerStatusExists(tx, actor, status))) {
    fields.customerStatus = `No customer status "${status}"`;
    reasons.customerStatus = { code: 'not_found_ref' };
  }
  if (Object.keys(fields).length > 0) throw invalid(fields, reasons);
}

/** "Which customers got keyword X between two dates": days in the caller's time zone, both included. */
export async function customersWithKeyword(db: Database, actor: Actor, keywordId: string, query: KeywordPeriodQuery) {
  assertCan(actor, 'read', { kind: 'customer' });
  if (query.to < query.from) throw invalid({ to: 'Ends before it starts' }, 'date_range');
  if (!(await repo.keywordExists(db, actor, keywordId))) throw notFound('Item');
  const { from, before } = queryRange(query.from, query.to, actor.timeZone);
  const after = decodeCursor(query.cursor, ['text', 'id']) as [string, string] | null;
  const rows = await repo.customersWithKeyword(
    db,
    actor,
    keywordId,
    { from: from as Date, before: before ?? new Date(8.64e15) },
    { limit: query.limit, after },
  );
  const result = page(rows, query.limit, (r) => [r.customerName, r.customerId]);
  return { items: result.items satisfies KeywordCustomer[], nextCursor: result.nextCursor };
}
