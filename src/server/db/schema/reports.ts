import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ReportDefinition } from '../../../shared/reports';
import { createdAt, id, updatedAt } from './columns';
import { users, workspaces } from './workspaces';

/** A saved report (issue 18): its owner edits it; `shared` shows it to the whole workspace. */
export const savedReports = pgTable(
  'saved_reports',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shared: boolean('shared').notNull().default(false),
    definition: jsonb('definition').$type<ReportDefinition>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('saved_reports_ws_owner_idx').on(t.workspaceId, t.ownerId)],
);

/**
 * Activities counted per local day (migration 0047): how many of a workspace's activities fall on
 * each day per responsible, type, status, campaign and done, in the time zone of
 * `activity_count_zones`. Kept by triggers on activities as rows of changes (+n, -n: inserts only,
 * so concurrent writers never wait on one another) and folded into one row per key by the report
 * that reads them (`compacted`). Private activities are not counted (each reader sees other ones).
 */
export const activityDayCounts = pgTable(
  'activity_day_counts',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    day: date('day'),
    responsibleId: uuid('responsible_id').notNull(),
    typeId: uuid('type_id').notNull(),
    statusId: uuid('status_id'),
    campaignId: uuid('campaign_id'),
    done: boolean('done').notNull(),
    n: integer('n').notNull(),
    compacted: boolean('compacted').notNull().default(false),
  },
  (t) => [
    index('activity_day_counts_ws_day_idx').on(t.workspaceId, t.day),
    index('activity_day_counts_loose_idx').on(t.workspaceId).where(sql`NOT ${t.compacted}`),
  ],
);

/** The time zone a workspace's activity_day_counts are in (no row: not counted yet). */
export const activityCountZones = pgTable('activity_count_zones', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  timeZone: text('time_zone').notNull(),
});
