import { and, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { activityVisible, customerVisible, partOfActivity, type Viewer } from '../access/visibility';
import { activities, auditLog, contacts, customerShares, customerStatusHistory, customers, projects, salesProjects } from './schema';

/** Who is asking: every service call carries one. */
export interface Actor {
  userId: string;
  workspaceId: string;
  /** `partner`: an outside person (issue 17); the route guard (auth/partner-guard.ts) lets them reach only the partner routes. */
  role: 'admin' | 'manager' | 'user' | 'partner';
  locale: string;
  timeZone: string;
  /** A `user` in a workspace with restricted customer visibility (see access/visibility.ts). */
  restricted: boolean;
  /**
   * Whether the workspace had an enabled webhook when the request began (read with the session, in
   * the same look-up): false spares each change of the request the look-up of subscribed webhooks.
   * Absent (jobs, the command line, tests): unknown, and each change looks.
   */
  webhooks?: boolean;
}

/** Whose rows a query reads: an actor, or for a prepared statement, placeholders standing for one. */
export type Scope = Viewer;

/**
 * The visibility rule of each table that holds a customer's data, on that table's customer column
 * (access/visibility.ts). Tables not listed are the workspace's as a whole (settings, users).
 */
function recordRule(v: Scope, table: { workspaceId: PgColumn }): SQL | undefined {
  if (table === customers) return customerVisible(v, customers.id, customers.responsibleId);
  if (table === activities) return activityVisible(v);
  if (table === contacts) return customerVisible(v, contacts.customerId);
  // A customer's projects are seen by whoever sees the customer (issue 17).
  if (table === projects) return customerVisible(v, projects.customerId);
  if (table === customerStatusHistory) return customerVisible(v, customerStatusHistory.customerId);
  if (table === customerShares) return customerVisible(v, customerShares.customerId);
  if (table === salesProjects) return customerVisible(v, salesProjects.customerId);
  if (table === auditLog) {
    // A private activity's changes are as private as the activity.
    const privateActivity = sql`(${auditLog.entity} = 'activity' AND EXISTS (SELECT 1 FROM ${activities} pa WHERE pa.id = ${auditLog.entityId}
      AND pa.private AND NOT ${partOfActivity(v, sql`pa.id`, sql`pa.responsible_id`)}))`;
    return sql`NOT ${privateActivity} AND (${auditLog.customerId} IS NULL OR ${customerVisible(v, auditLog.customerId)})`;
  }
  return undefined;
}

/**
 * The one place that decides which rows a caller may see: rows of the caller's workspace and, for
 * customers and what belongs to them, the visibility rule (restricted visibility, private
 * activities), so every query that goes through `visibleTo` gets it (prepared statements pass its
 * values as placeholders, see preparedRead).
 */
export function visibleTo(actor: Scope, table: { workspaceId: PgColumn }, ...more: (SQL | undefined)[]): SQL {
  const rule = recordRule(actor, table);
  return and(eq(table.workspaceId, actor.workspaceId), ...(rule ? [rule] : []), ...more) as SQL;
}

/*
 * The trash rule, in one place: a customer in the trash is hidden, and with it its contacts and
 * its activities (kept untouched, back on restore); a deleted contact is hidden too. Every query
 * that reads customers, contacts or activities adds one of these to its `visibleTo`.
 */

/** A customer not in the trash (the query reads `customers`, or joins it). */
export const liveCustomer = (): SQL => isNull(customers.deletedAt);

/** The trash itself: customers in it (the trash list, restore). */
export const trashedCustomer = (): SQL => isNotNull(customers.deletedAt);

/** A contact not deleted, of a customer not in the trash (the query joins `customers` on the contact's). */
export const liveContact = (): SQL => and(isNull(contacts.deletedAt), liveCustomer()) as SQL;

/**
 * An activity whose customer (`customerId`, its column or expression) is not in the trash;
 * internal activities without a customer are live. Two shapes of the same rule, for the planner:
 * with a `scope`, a hashed anti-join on the workspace's few trashed customers
 * (customers_ws_deleted_idx), cheap to test for thousands of candidate rows of a search; without,
 * a probe of the one customer by its key, for a statement on a single activity.
 */
export function activityNotInTrash(customerId: SQL | PgColumn, scope?: Scope): SQL {
  if (scope) {
    return sql`(${customerId} IS NULL OR ${customerId} NOT IN (SELECT dc.id FROM ${customers} dc WHERE dc.workspace_id = ${scope.workspaceId} AND dc.deleted_at IS NOT NULL))`;
  }
  return sql`(${customerId} IS NULL OR NOT EXISTS (SELECT 1 FROM ${customers} dc WHERE dc.id = ${customerId} AND dc.deleted_at IS NOT NULL))`;
}
