import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Who is asking: every service call carries one. */
export interface Actor {
  userId: string;
  workspaceId: string;
  role: 'admin' | 'manager' | 'user';
  locale: string;
  timeZone: string;
}

/**
 * The one place that decides which rows a caller may see. Today that is "rows of the caller's
 * workspace"; record-level sharing will add its conditions here, so every query that goes
 * through `visibleTo` gets them at once.
 */
export function visibleTo(actor: Actor, table: { workspaceId: PgColumn }, ...more: (SQL | undefined)[]): SQL {
  return and(eq(table.workspaceId, actor.workspaceId), ...more) as SQL;
}
