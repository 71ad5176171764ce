import { and, eq, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Who is asking: every service call carries one. */
export interface Actor {
  userId: string;
  workspaceId: string;
  role: 'admin' | 'manager' | 'user';
  locale: string;
  timeZone: string;
}

/** Whose rows a query reads: an actor, or for a prepared statement, placeholders standing for one. */
export interface Scope {
  workspaceId: string | Placeholder;
}

/**
 * The one place that decides which rows a caller may see. Today that is "rows of the caller's
 * workspace"; record-level sharing will add its conditions here, so every query that goes
 * through `visibleTo` gets them at once (prepared statements pass their conditions' values as
 * placeholders, see preparedRead).
 */
export function visibleTo(actor: Scope, table: { workspaceId: PgColumn }, ...more: (SQL | undefined)[]): SQL {
  return and(eq(table.workspaceId, actor.workspaceId), ...more) as SQL;
}
