import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CommentCheck } from '../../../shared/tasks';
import { createdAt, id, nameIsDefault, tstz, updatedAt } from './columns';
import { contacts, customers } from './customers';
import { projects } from './projects';
import { users, workspaces } from './workspaces';

const listColumns = () => ({
  id: id(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  name: text('name').notNull(),
  nameIsDefault: nameIsDefault(),
  active: boolean('active').notNull().default(true),
  order: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

/** Call, meeting, quote, …: the kinds of contact point a workspace records. */
export const activityTypes = pgTable(
  'activity_types',
  {
    ...listColumns(),
    icon: text('icon').notNull().default('circle'),
    color: text('color').notNull().default('#64748b'),
    /** A customer-status key that completing an activity of this type moves the customer to (Lead → Customer); used later. */
    completionSetsCustomerStatus: text('completion_sets_customer_status'),
  },
  (t) => [unique('activity_types_key').on(t.workspaceId, t.key), index('activity_types_ws_idx').on(t.workspaceId, t.order)],
);

export const activityStatuses = pgTable('activity_statuses', { ...listColumns(), closed: boolean('closed').notNull().default(false) }, (t) => [
  unique('activity_statuses_key').on(t.workspaceId, t.key),
  index('activity_statuses_ws_idx').on(t.workspaceId, t.order),
]);

export const activities = pgTable(
  'activities',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    typeId: uuid('type_id')
      .notNull()
      .references(() => activityTypes.id),
    statusId: uuid('status_id').references(() => activityStatuses.id),
    subject: text('subject').notNull(),
    note: text('note'),
    /** Null for internal activities (an internal meeting) that concern no customer. */
    customerId: uuid('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    responsibleId: uuid('responsible_id')
      .notNull()
      .references(() => users.id),
    /** When it happens or is due. All-day activities are stored at midnight UTC of their date. */
    scheduledAt: tstz('scheduled_at'),
    endsAt: tstz('ends_at'),
    allDay: boolean('all_day').notNull().default(false),
    /** Seen only by its responsible and additional users; others (later) see busy time only. */
    private: boolean('private').notNull().default(false),
    done: boolean('done').notNull().default(false),
    doneAt: tstz('done_at'),
    /** Follow-up chains: unique, so a chain can never fork (each activity has at most one next). */
    previousActivityId: uuid('previous_activity_id'),
    /** Sales projects and campaigns arrive later; until then plain ids. */
    salesProjectId: uuid('sales_project_id'),
    campaignId: uuid('campaign_id'),
    /** Folded subject and note: trigram index for partial words (LIKE '%…%'). */
    searchText: text('search_text').generatedAlwaysAs(sql`tend_fold(coalesce(subject, '') || ' ' || coalesce(note, ''))`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdById: uuid('created_by_id').references(() => users.id),
    /** Customer tasks (migration 0022): the template, the work area, the series' rule and first occurrence. */
    templateId: uuid('template_id'),
    workAreaId: uuid('work_area_id'),
    recurrence: text('recurrence'),
    recurrenceStart: tstz('recurrence_start'),
    commentChecks: jsonb('comment_checks').$type<CommentCheck[]>(),
    /** An email activity's direction (migration 0031): `out` when sent from a Tend user's address. Null for other activities. */
    direction: text('direction').$type<'in' | 'out'>(),
    /** A project of the activity's customer (migration 0034); the service checks that it is the same customer. */
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({ columns: [t.previousActivityId], foreignColumns: [t.id] }).onDelete('set null'),
    uniqueIndex('activities_previous_key').on(t.previousActivityId),
    // To-do: one salesperson's open activities, oldest due first (activities_todo_idx), and everyone's
    // (activities_todo_all_idx), with what the counts test (all_day, private, customer) included: made by
    // migration 0049 in SQL (Drizzle has no INCLUDE).
    // Timelines and the default search order (newest first). Ascending on purpose: scanned backwards
    // they give ORDER BY … DESC (NULLS FIRST); a "DESC NULLS LAST" index would not match that order.
    index('activities_customer_order_idx').on(t.customerId, t.scheduledAt, t.id),
    index('activities_contact_order_idx').on(t.contactId, t.scheduledAt, t.id),
    index('activities_ws_order_idx').on(t.workspaceId, t.scheduledAt, t.id),
    index('activities_responsible_order_idx').on(t.responsibleId, t.scheduledAt, t.id),
    index('activities_sales_project_idx').on(t.salesProjectId).where(sql`${t.salesProjectId} IS NOT NULL`),
    // The visibility rule's "responsible for one of its activities" (migration 0018).
    index('activities_customer_responsible_idx').on(t.customerId, t.responsibleId).where(sql`${t.customerId} IS NOT NULL`),
    index('activities_responsible_customer_idx').on(t.responsibleId, t.customerId).where(sql`${t.customerId} IS NOT NULL`),
    // Calendars: activities longer than the lead time a window reads before its start (migration 0020).
    index('activities_long_ends_idx').on(t.workspaceId, t.endsAt).where(sql`${t.endsAt} - ${t.scheduledAt} > interval '2 days'`),
    // Calendars: the open occurrence of each recurring series, whose coming ones are projected (migration 0027).
    index('activities_open_series_idx').on(t.responsibleId, t.scheduledAt).where(sql`${t.recurrence} IS NOT NULL AND NOT ${t.done}`),
    index('activities_campaign_idx').on(t.campaignId).where(sql`${t.campaignId} IS NOT NULL`),
    // Reports from day counts add the private activities the reader takes part in (migration 0047).
    index('activities_private_idx').on(t.workspaceId, t.scheduledAt).where(sql`${t.private}`),
    // Reports over a period: activities_report_idx (workspace_id, scheduled_at) INCLUDE (…) is made by migration 0037 in SQL (Drizzle has no INCLUDE).
    index('activities_work_area_idx').on(t.workAreaId, t.customerId, t.done, t.scheduledAt).where(sql`${t.workAreaId} IS NOT NULL`),
    // Word search newest first (issue 20): each trigram of the folded text keyed by the activity's month
    // (migration 0048), so a search reads the matches of the newest months first, not all of them.
    index('activities_search_month_idx').using('gin', sql`tend_search_keys(${t.scheduledAt}, ${t.searchText})`).with({ fastupdate: false }),
    // A project's activities and the tree's task counts (migration 0034).
    index('activities_project_idx').on(t.projectId, t.done, t.scheduledAt, t.id).where(sql`${t.projectId} IS NOT NULL`),
  ],
);

/** Further customers an activity concerns: it shows on each of their timelines. */
export const activityCustomers = pgTable(
  'activity_customers',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.customerId] }), index('activity_customers_customer_idx').on(t.customerId, t.activityId)],
);

/** Further users taking part (besides the responsible one). */
export const activityUsers = pgTable(
  'activity_users',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.userId] }), index('activity_users_user_idx').on(t.userId, t.activityId)],
);
