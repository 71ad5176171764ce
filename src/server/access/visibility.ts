import { type Placeholder, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { activities, activityUsers, customerShares, customers, groupMembers, groups } from '../db/schema';

/**
 * Who is looking, as the visibility rule needs it. `restricted`: a `user` in a workspace whose
 * customer visibility is 'restricted' (read with the session on every request, so a change of the
 * setting or of the user's role takes effect at the next request). Managers, admins and everyone
 * in an 'everyone' workspace are not restricted.
 */
export interface Viewer {
  workspaceId: string | Placeholder;
  userId: string | Placeholder;
  restricted: boolean;
}

type Expr = SQL | PgColumn;

/**
 * The groups whose shares reach the viewer: the groups they are a member of and every group above
 * those (a share with "Sales" reaches the members of its subgroup "Sales Aarhus": a department's
 * customers are its teams' customers). Not correlated: evaluated once per statement.
 */
function viewerGroups(v: Viewer): SQL {
  return sql`WITH RECURSIVE vg(id, parent_id) AS (
      SELECT g.id, g.parent_id FROM ${groupMembers} gm JOIN ${groups} g ON g.id = gm.group_id
      WHERE gm.user_id = ${v.userId} AND g.workspace_id = ${v.workspaceId}
      UNION
      SELECT g.id, g.parent_id FROM ${groups} g JOIN vg ON g.id = vg.parent_id
    ) SELECT vg.id FROM vg`;
}

/** A share of the customer `customerId` with the viewer or one of their groups (`edit`: an edit share only). */
export function sharedWith(v: Viewer, customerId: Expr, access?: 'edit'): SQL {
  const level = access ? sql` AND vs.access = 'edit'` : sql``;
  return sql`EXISTS (SELECT 1 FROM ${customerShares} vs WHERE vs.customer_id = ${customerId}${level}
    AND (vs.user_id = ${v.userId} OR vs.group_id IN (${viewerGroups(v)})))`;
}

/** The viewer is the responsible or an additional user of one of the customer's activities. */
export function takesPartIn(v: Viewer, customerId: Expr): SQL {
  // `customer_id IS NOT NULL` lets the hashed form (all of the viewer's activities, read once) use
  // the partial index (responsible_id, customer_id) index-only.
  return sql`(EXISTS (SELECT 1 FROM ${activities} va WHERE va.customer_id = ${customerId} AND va.responsible_id = ${v.userId} AND va.customer_id IS NOT NULL)
    OR EXISTS (SELECT 1 FROM ${activityUsers} vu JOIN ${activities} va ON va.id = vu.activity_id
      WHERE vu.user_id = ${v.userId} AND va.customer_id = ${customerId}))`;
}

/**
 * THE visibility rule for customers, as one SQL condition on a customer id (a column or an
 * expression of the statement it is put in): true for a viewer who is not restricted; for a
 * restricted one, the customer's responsible, a share with them or a group of theirs, or a part in
 * one of its activities. `responsibleId`: the customer's responsible column when the statement
 * reads `customers` itself (saves a probe). Correlated EXISTS probes on indexed columns, so the
 * planner may probe per row (a page of a list) or hash the viewer's whole set once (a big scan).
 */
export function customerVisible(v: Viewer, customerId: Expr, responsibleId?: PgColumn): SQL {
  if (!v.restricted) return sql`true`;
  // Not on `customers` itself: the viewer's own customers read once (index-only) and hashed.
  const responsible = responsibleId
    ? sql`${responsibleId} = ${v.userId}`
    : sql`${customerId} IN (SELECT vc.id FROM ${customers} vc WHERE vc.workspace_id = ${v.workspaceId} AND vc.responsible_id = ${v.userId})`;
  return sql`(${responsible} OR ${sharedWith(v, customerId)} OR ${takesPartIn(v, customerId)})`;
}

/** The viewer may change the customer (and its contacts): its responsible or an edit share. Restricted viewers only. */
export function customerEditable(v: Viewer, customerId: Expr): SQL {
  if (!v.restricted) return sql`true`;
  return sql`(EXISTS (SELECT 1 FROM ${customers} vc WHERE vc.id = ${customerId} AND vc.responsible_id = ${v.userId})
    OR ${sharedWith(v, customerId, 'edit')})`;
}

/** The viewer takes part in the activity: its responsible or one of its additional users. */
export function partOfActivity(v: Viewer, activityId: Expr, responsibleId: Expr): SQL {
  return sql`(${responsibleId} = ${v.userId}
    OR EXISTS (SELECT 1 FROM ${activityUsers} pu WHERE pu.activity_id = ${activityId} AND pu.user_id = ${v.userId}))`;
}

/**
 * Activities the viewer may see: a private one only when they take part in it (for everyone:
 * managers and admins too, since private means private); for a restricted viewer, only those whose
 * own customer they may see (an internal activity without a customer, or one they take part in, is
 * always theirs to see). An additional customer the viewer sees does not reveal an activity of a
 * customer they do not.
 */
export function activityVisible(v: Viewer): SQL {
  const a = activities;
  const privacy = sql`(NOT ${a.private} OR ${partOfActivity(v, a.id, a.responsibleId)})`;
  if (!v.restricted) return privacy;
  return sql`${privacy} AND (${a.customerId} IS NULL OR ${a.responsibleId} = ${v.userId} OR ${customerVisible(v, a.customerId)})`;
}

/**
 * Calendars (issue 14): the activities a viewer may find in someone's calendar. The customer half
 * of `activityVisible` only: another user's private activity stays in, and the calendar shows it
 * as busy time without what it is about (`activityBusy`).
 */
export function calendarActivityVisible(v: Viewer): SQL {
  const a = activities;
  if (!v.restricted) return sql`true`;
  return sql`(${a.customerId} IS NULL OR ${partOfActivity(v, a.id, a.responsibleId)} OR ${customerVisible(v, a.customerId)})`;
}

/** Calendars: a private activity the viewer takes no part in, shown as busy time only. */
export function activityBusy(v: Viewer): SQL {
  const a = activities;
  return sql`(${a.private} AND NOT ${partOfActivity(v, a.id, a.responsibleId)})`;
}
