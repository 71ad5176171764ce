import { type Placeholder, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { activities, activityUsers, customerParticipants, customerShares, customers, groupMembers, groups } from '../db/schema';

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
  /** How a statement tests the rule (see VisibilityForm); unset: 'auto'. */
  visibilityForm?: VisibilityForm;
}

/**
 * The same rule in the form that suits the statement it is put in:
 * - 'auto' (every statement unless it asks otherwise): correlated probes the planner may run per
 *   row or hash once per statement (the viewer's own customers, shares and parts read once: right
 *   for a word found in thousands of activities, or the to-do of everyone);
 * - 'probe': fenced per-row index lookups (OFFSET 0 keeps the planner from hashing them), for a
 *   statement that stops after a page although the planner expects to test many rows (the customer
 *   list sorted by an index: about 400 rows tested for 50 shown at 1M, where hashing the viewer's
 *   sets cost 80 ms), or that tests a page of ids it already has;
 * - 'set': the viewer's visible customers as one set of ids (`visibleCustomerIds`: a union of
 *   index lookups, a few thousand ids), for a statement that reads a large share of the workspace
 *   (a report over a year tests one hashed set per row instead of three probes), or that can drive
 *   from the set (the customer list: the planner joins the set to customers and sorts it, or walks
 *   the name index testing each row against it, whichever its estimates favour).
 */
export type VisibilityForm = 'auto' | 'probe' | 'set';

/** The viewer, asking for one form of the rule in the statements it is passed to. */
export const inForm = <V extends Viewer>(v: V, visibilityForm: VisibilityForm): V => ({ ...v, visibilityForm });

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
    AND (vs.user_id = ${v.userId} OR vs.group_id IN (${viewerGroups(v)}))${fence(v)})`;
}

/**
 * The viewer is the responsible or an additional user of one of the customer's activities: one
 * lookup in customer_participants (kept by triggers from activities and activity_users, migration 0033).
 */
export function takesPartIn(v: Viewer, customerId: Expr): SQL {
  return sql`EXISTS (SELECT 1 FROM ${customerParticipants} vp WHERE vp.user_id = ${v.userId} AND vp.customer_id = ${customerId}${fence(v)})`;
}

/**
 * The customers a restricted viewer sees, as one set of ids (an id may come more than once): those
 * they are responsible for, those shared with them or one of their groups, those they take part in
 * (customer_participants). Each branch one index lookup; the same rule as `customerVisible`.
 */
export function visibleCustomerIds(v: Viewer): SQL {
  return sql`SELECT vc.id FROM ${customers} vc WHERE vc.workspace_id = ${v.workspaceId} AND vc.responsible_id = ${v.userId}
    UNION ALL SELECT vs.customer_id FROM ${customerShares} vs WHERE vs.user_id = ${v.userId}
    UNION ALL SELECT vs.customer_id FROM ${customerShares} vs WHERE vs.group_id IN (${viewerGroups(v)})
    UNION ALL SELECT vp.customer_id FROM ${customerParticipants} vp WHERE vp.user_id = ${v.userId}`;
}

/** 'probe': OFFSET 0 keeps a correlated EXISTS a per-row probe (the planner would not hash it). */
const fence = (v: Viewer): SQL => (v.visibilityForm === 'probe' ? sql` OFFSET 0` : sql``);

/**
 * THE visibility rule for customers, as one SQL condition on a customer id (a column or an
 * expression of the statement it is put in): true for a viewer who is not restricted; for a
 * restricted one, the customer's responsible, a share with them or a group of theirs, or a part in
 * one of its activities. `responsibleId`: the customer's responsible column when the statement
 * reads `customers` itself (saves a probe). The viewer's `visibilityForm` picks how it is tested;
 * the rule is the same.
 */
export function customerVisible(v: Viewer, customerId: Expr, responsibleId?: PgColumn): SQL {
  if (!v.restricted) return sql`true`;
  if (v.visibilityForm === 'set') return sql`${customerId} IN (${visibleCustomerIds(v)})`;
  // Not on `customers` itself: the viewer's own customers read once (index-only) and hashed.
  const responsible = responsibleId
    ? sql`${responsibleId} = ${v.userId}`
    : v.visibilityForm === 'probe'
      ? sql`EXISTS (SELECT 1 FROM ${customers} vc WHERE vc.id = ${customerId} AND vc.responsible_id = ${v.userId} OFFSET 0)`
      : sql`${customerId} IN (SELECT vc.id FROM ${customers} vc WHERE vc.workspace_id = ${v.workspaceId} AND vc.responsible_id = ${v.userId})`;
  return sql`(${responsible} OR ${sharedWith(v, customerId)} OR ${takesPartIn(v, customerId)})`;
}

/** The viewer may change the customer (and its contacts): its responsible or an edit share. Restricted viewers only. */
export function customerEditable(v: Viewer, customerId: Expr): SQL {
  if (!v.restricted) return sql`true`;
  return sql`(EXISTS (SELECT 1 FROM ${customers} vc WHERE vc.id = ${customerId} AND vc.responsible_id = ${v.userId}${fence(v)})
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
